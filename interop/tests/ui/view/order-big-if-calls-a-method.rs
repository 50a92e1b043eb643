use slotmodel::View;

#[derive(View)]
#[view(big_if = magic.is_big())]
struct Header {
    #[view(endian = "big")]
    magic: u16,
    length: u32,
}

fn main() {}
