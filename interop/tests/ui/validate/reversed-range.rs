use slotmodel::Validate;

#[derive(Validate)]
struct Slot {
    #[bounded(10..=1)]
    index: i32,
}

fn main() {}
