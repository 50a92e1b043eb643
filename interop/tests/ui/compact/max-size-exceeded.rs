use slotmodel::Compact;

#[derive(Compact)]
#[slotmodel(max_size = 8)]
struct Reading {
    timestamp: u64,
    value: f32,
}

fn main() {}
