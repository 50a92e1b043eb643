use slotmodel::Compact;

const MAX: u64 = 1000;

#[derive(Compact)]
struct Reading {
    #[bounded(max = MAX)]
    level: u16,
}

fn main() {}
