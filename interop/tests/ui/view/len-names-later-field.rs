use slotmodel::View;

#[derive(View)]
struct Chunk {
    #[view(len = length)]
    data: Vec<u8>,
    length: u32,
}

fn main() {}
