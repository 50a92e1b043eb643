use slotmodel::View;

#[derive(View)]
struct Block {
    kind: u8,
    #[view(count = 4 * 16)]
    data: Vec<u8>,
}

fn main() {}
