use slotmodel::Validate;

#[derive(Validate)]
struct Config {
    #[bounded(1..=5, 2..=3)]
    retries: u32,
}

fn main() {}
