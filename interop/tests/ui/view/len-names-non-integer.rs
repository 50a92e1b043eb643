use slotmodel::View;

#[derive(View)]
struct Chunk {
    length: [u8; 2],
    #[view(len = length)]
    data: Vec<u8>,
}

fn main() {}
