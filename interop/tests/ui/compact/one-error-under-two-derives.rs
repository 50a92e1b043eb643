use slotmodel::{Compact, Validate};

const LIMIT: u32 = 0;

#[derive(Compact, Validate)]
struct Slot {
    #[bounded(..LIMIT)]
    level: u32,
}

fn main() {}
