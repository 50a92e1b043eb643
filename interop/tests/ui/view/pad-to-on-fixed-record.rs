use slotmodel::View;

#[derive(View)]
#[view(pad_to = 4)]
pub struct Pair {
    id: u16,
    value: u8,
}

fn main() {}
