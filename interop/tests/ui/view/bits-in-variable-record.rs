use slotmodel::View;

#[derive(View)]
pub struct Chunk {
    #[view(bits = 4)]
    version: u8,
    #[view(bits = 4)]
    flags: u8,
    length: u8,
    #[view(len = length)]
    data: Vec<u8>,
}

fn main() {}
