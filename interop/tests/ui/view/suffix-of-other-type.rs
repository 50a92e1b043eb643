use slotmodel::View;

#[derive(View, Debug)]
struct Frame {
    #[bounded(max = 300u16)]
    level: u8,
}

fn main() {}
