use slotmodel::View;

#[derive(View)]
struct Chunk {
    length: u32,
    #[view(len = length)]
    data: [u8; 4],
}

fn main() {}
