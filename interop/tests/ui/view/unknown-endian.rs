use slotmodel::View;

#[derive(View)]
#[view(endian = "network")]
struct Frame {
    id: u32,
}

fn main() {}
