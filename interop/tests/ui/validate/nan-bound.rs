use slotmodel::Validate;

#[derive(Validate)]
struct Config {
    #[bounded(min = f64::NAN)]
    ratio: f64,
}

fn main() {}
