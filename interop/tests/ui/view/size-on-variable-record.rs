use slotmodel::View;

#[derive(View)]
#[view(size = 8)]
pub struct Chunk {
    length: u32,
    #[view(len = length)]
    data: Vec<u8>,
}

fn main() {}
