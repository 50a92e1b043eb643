use slotmodel::View;

#[derive(View, Clone, Copy, Debug)]
enum Kind {
    Data,
    Ack,
}

#[derive(View)]
struct Frame {
    kind: Kind,
    hops: u8,
}

fn main() {}
