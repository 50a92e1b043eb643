use slotmodel::View;

#[derive(View, Debug)]
#[view(endian = "big")]
struct Segment {
    port: u16,
    #[view(rest)]
    data: Vec<u8>,
    checksum: u16,
}

fn main() {}
