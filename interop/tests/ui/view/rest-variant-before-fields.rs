use slotmodel::View;

#[derive(View, Debug)]
#[view(endian = "big")]
struct Segment {
    port: u16,
    #[view(rest)]
    data: Vec<u8>,
}

#[derive(View, Debug)]
enum Transport {
    #[view(tag = 6)]
    Tcp(Segment),
}

#[derive(View, Debug)]
#[view(endian = "big")]
struct Loose {
    protocol: u8,
    #[view(tag = protocol)]
    transport: Transport,
    trailer: u8,
}

fn main() {}
