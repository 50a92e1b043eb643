use slotmodel::View;

#[derive(View, Debug)]
#[view(endian = "big")]
struct Segment {
    len: u16,
    #[view(rest, len = len)]
    data: Vec<u8>,
}

fn main() {}
