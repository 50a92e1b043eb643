use slotmodel::Validate;

const LOW: u32 = 100;
const HIGH: u32 = 10;

#[derive(Validate)]
struct Config {
    #[bounded(min = LOW, max = HIGH)]
    retries: u32,
}

fn main() {}
