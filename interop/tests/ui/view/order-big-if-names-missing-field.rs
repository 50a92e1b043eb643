use slotmodel::View;

#[derive(View)]
#[view(big_if = magik == 0xFEFF)]
struct Header {
    #[view(endian = "big")]
    magic: u16,
    length: u32,
}

fn main() {}
