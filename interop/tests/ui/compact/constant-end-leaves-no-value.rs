use slotmodel::Compact;

const LIMIT: u32 = 0;

#[derive(Compact)]
struct Slot {
    #[bounded(0..LIMIT)]
    level: u32,
}

fn main() {}
