use slotmodel::Validate;

#[derive(Validate)]
struct Config {
    #[nested]
    retries: u32,
}

fn main() {}
