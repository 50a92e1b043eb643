use slotmodel::Validate;

#[derive(Validate)]
struct Config {
    #[bounded(..0)]
    level: u32,
}

fn main() {}
