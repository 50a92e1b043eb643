use slotmodel::Validate;

const LIMIT: u32 = 0;

#[derive(Validate)]
struct Config {
    #[bounded(..LIMIT)]
    level: u32,
}

fn main() {}
