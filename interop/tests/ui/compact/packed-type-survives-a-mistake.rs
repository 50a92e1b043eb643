use slotmodel::Compact;

#[derive(Compact, Debug)]
struct Slot {
    name: String,
}

fn pack(slot: &Slot) -> Option<SlotPacked> {
    SlotPacked::try_from(slot).ok()
}

fn main() {}
