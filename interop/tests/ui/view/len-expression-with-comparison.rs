use slotmodel::View;

#[derive(View)]
struct Chunk {
    length: u16,
    #[view(len = (length > 4) * 4)]
    data: Vec<u8>,
}

fn main() {}
