use slotmodel::Validate;

#[derive(Validate)]
enum Mode {
    Fast { #[bounded(max = 300)] level: u8 },
    Slow,
}

fn main() {}
