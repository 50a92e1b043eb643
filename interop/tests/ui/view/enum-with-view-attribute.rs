use slotmodel::View;

#[derive(View, Clone, Copy, Debug, PartialEq)]
#[repr(u8)]
#[view(endian = "big")]
enum Kind {
    A = 1,
    B = 2,
}

#[derive(View, Debug)]
struct Record {
    kind: Kind,
}

fn main() {}
