use slotmodel::View;

#[derive(View)]
#[view(big_if = magic == 0xFEFF)]
struct Header {
    magic: u16,
    length: u32,
}

fn main() {}
