use slotmodel::Validate;

#[derive(Validate)]
struct Config {
    #[bounded(min = 0, max = 300u8)]
    level: u16,
}

fn main() {}
