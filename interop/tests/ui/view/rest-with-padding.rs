use slotmodel::View;

#[derive(View, Debug)]
#[view(endian = "big", pad_to = 4)]
struct Segment {
    port: u16,
    #[view(rest)]
    data: Vec<u8>,
}

fn main() {}
