use slotmodel::Validate;

#[derive(Validate)]
struct Config {
    #[bounded]
    retries: u32,
    #[bounded()]
    timeout: u32,
}

fn main() {}
