use slotmodel::View;

#[derive(View)]
struct Chunk {
    length: u16,
    #[view(len = length * (length >= 4))]
    data: Vec<u8>,
}

fn main() {}
