use slotmodel::Validate;

#[derive(Validate)]
pub struct Slot {
    #[bounded(min_exclusive = 5, max_exclusive = 6)]
    index: u32,
}

fn main() {}
