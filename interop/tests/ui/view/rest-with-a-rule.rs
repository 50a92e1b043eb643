use slotmodel::View;

#[derive(View, Debug)]
#[view(endian = "big")]
struct Segment {
    port: u16,
    #[view(rest)]
    #[bounded(max = 4)]
    data: Vec<u8>,
}

fn main() {}
