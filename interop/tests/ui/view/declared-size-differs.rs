use slotmodel::View;

#[derive(View)]
#[view(endian = "big", size = 1024)]
struct Packet {
    header: [u8; 12],
    payload: [u8; 1012],
    checksum: u32,
}

fn main() {}
