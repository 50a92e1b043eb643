use slotmodel::Validate;

#[derive(Validate)]
struct Config {
    #[bounded(len = 1..=3)]
    retries: u32,
}

fn main() {}
