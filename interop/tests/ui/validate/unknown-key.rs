use slotmodel::Validate;

#[derive(Validate)]
struct Config {
    #[bounded(maximum = 5)]
    retries: u32,
}

fn main() {}
