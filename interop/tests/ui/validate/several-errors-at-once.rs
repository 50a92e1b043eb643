use slotmodel::Validate;

#[derive(Validate)]
struct Config {
    #[bounded(min = 9, max = 1)]
    retries: u32,
    #[bounded(max = 256)]
    level: u8,
    #[bounded(maxx = 3)]
    depth: u32,
}

fn main() {}
