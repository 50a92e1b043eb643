use slotmodel::View;

#[derive(View)]
struct Chunk {
    length: u32,
    #[view(len = length)]
    #[bounded(len = 1..=64)]
    data: Vec<u8>,
}

fn main() {}
