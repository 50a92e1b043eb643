use slotmodel::Validate;

const MAX: u64 = 10;

#[derive(Validate)]
struct Config {
    #[bounded(max = MAX)]
    level: u32,
}

fn main() {}
