use slotmodel::View;

#[derive(View)]
struct Chunk {
    length: u16,
    #[view(len = length.min(64))]
    data: Vec<u8>,
}

fn main() {}
