use slotmodel::View;

#[derive(View)]
struct Chunk {
    length: u32,
    #[view(len = lenght)]
    data: Vec<u8>,
}

fn main() {}
