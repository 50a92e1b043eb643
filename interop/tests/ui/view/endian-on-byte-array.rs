use slotmodel::View;

#[derive(View)]
struct Packet {
    #[view(endian = "big")]
    header: [u8; 12],
    checksum: u32,
}

fn main() {}
