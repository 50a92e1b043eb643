use slotmodel::{rules, Compact};

#[derive(Compact)]
struct Slot {
    #[check(rules::finite())]
    level: u32,
}

fn main() {}
