use slotmodel::View;

#[derive(View)]
pub struct Header {
    #[view(bit = 4)]
    version: u8,
    #[view(bits = 4)]
    length: u8,
}

fn main() {}
