use slotmodel::Validate;

#[derive(Validate)]
pub struct Level {
    #[bounded(min_exclusive = 255)]
    value: u8,
}

fn main() {}
