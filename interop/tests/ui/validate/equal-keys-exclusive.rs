use slotmodel::Validate;

#[derive(Validate)]
pub struct Slot {
    #[bounded(min = 5, max_exclusive = 5)]
    index: u32,
}

fn main() {}
