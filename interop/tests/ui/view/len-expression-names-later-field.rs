use slotmodel::View;

#[derive(View)]
#[view(endian = "big")]
struct Ipv4Options {
    version_ihl: u8,
    #[view(len = (version_ihl & 0x0F) * 4 - header_rest)]
    options: Vec<u8>,
    header_rest: u8,
}

fn main() {}
