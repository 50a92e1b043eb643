use slotmodel::View;

#[derive(View)]
#[view(big_if = magic == 1)]
struct Header {
    magic: [u8; 2],
    length: u32,
}

fn main() {}
