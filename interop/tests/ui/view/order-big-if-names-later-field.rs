use slotmodel::View;

#[derive(View)]
#[view(big_if = magic == 0xFEFF)]
struct Header {
    len: u8,
    #[view(len = len)]
    name: Vec<u8>,
    #[view(endian = "big")]
    magic: u16,
}

fn main() {}
