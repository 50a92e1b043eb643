use slotmodel::View;

#[derive(View)]
struct Block {
    length: u8,
    #[view(len = length, bytes = 3)]
    data: Vec<u8>,
}

fn main() {}
