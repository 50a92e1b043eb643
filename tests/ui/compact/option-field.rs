use slotmodel::Compact;

#[derive(Compact)]
struct Reading {
    value: Option<u32>,
}

fn main() {}
