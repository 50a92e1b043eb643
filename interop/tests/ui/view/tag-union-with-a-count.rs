use slotmodel::View;

#[derive(View, Debug)]
enum Value {
    #[view(tag = 1)]
    Number(u32),
}

#[derive(View, Debug)]
#[view(endian = "big")]
struct Option {
    kind: u8,
    entries: u8,
    #[view(tag = kind, count = entries)]
    value: Value,
}

fn main() {}
