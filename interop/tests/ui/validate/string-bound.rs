use slotmodel::Validate;

#[derive(Validate)]
struct Config {
    #[bounded(min = "10")]
    level: u32,
}

fn main() {}
