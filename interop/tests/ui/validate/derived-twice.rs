use slotmodel::{Compact, Validate};

#[derive(Validate, Debug)]
#[derive(Clone, slotmodel::Validate, Compact)]
#[derive(Compact)]
struct Config {
    #[bounded(min = 1, max = 65535)]
    port: u32,
}

fn main() {
    let config = Config::new(80).unwrap();
    assert_eq!(config.port(), 80);
}
