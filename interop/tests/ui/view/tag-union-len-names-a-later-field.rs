use slotmodel::View;

#[derive(View, Debug)]
enum Value {
    #[view(tag = 1)]
    Number(u32),
}

#[derive(View, Debug)]
#[view(endian = "big")]
struct Tlv {
    kind: u8,
    #[view(tag = kind, len = length)]
    value: Value,
    length: u16,
}

fn main() {}
