use slotmodel::Validate;

#[derive(Validate)]
struct Config {
    #[bounded(max = 2f64)]
    ratio: f32,
}

fn main() {}
