use slotmodel::Validate;

struct Plain {
    port: u32,
}

#[derive(Validate)]
struct Config {
    #[nested]
    network: Plain,
}

fn main() {}
