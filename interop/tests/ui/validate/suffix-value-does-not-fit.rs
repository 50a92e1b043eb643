use slotmodel::Validate;

#[derive(Validate)]
struct Dimmer {
    #[bounded(min = -1i8, max = 200u16)]
    level: u8,
}

fn main() {}
