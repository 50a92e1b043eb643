use slotmodel::Validate;

#[derive(Validate)]
struct Slot {
    #[bounded(5..5)]
    index: u32,
}

fn main() {}
