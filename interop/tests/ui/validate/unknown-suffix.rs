use slotmodel::Validate;

#[derive(Validate)]
struct Config {
    #[bounded(1..=10xyz)]
    level: u32,
}

fn main() {}
