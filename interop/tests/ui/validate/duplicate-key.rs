use slotmodel::Validate;

#[derive(Validate)]
struct Config {
    #[bounded(min = 1, min = 2)]
    retries: u32,
}

fn main() {}
