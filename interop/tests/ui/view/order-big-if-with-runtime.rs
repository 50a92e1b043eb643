use slotmodel::View;

#[derive(View)]
#[view(endian = runtime, big_if = magic == 0xFEFF)]
struct Header {
    #[view(endian = "big")]
    magic: u16,
    length: u32,
}

fn main() {}
