use slotmodel::Validate;

#[derive(Validate)]
struct Dimmer {
    #[bounded(max = 300u16)]
    level: u8,
}

fn main() {}
