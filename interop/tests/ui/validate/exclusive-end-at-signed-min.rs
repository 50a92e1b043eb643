use slotmodel::Validate;

#[derive(Validate)]
struct Config {
    #[bounded(..-128)]
    level: i8,
}

fn main() {}
