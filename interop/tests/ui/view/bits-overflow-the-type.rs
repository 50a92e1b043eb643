use slotmodel::View;

#[derive(View)]
pub struct Header {
    #[view(bits = 9)]
    kind: u8,
    #[view(bits = 7)]
    rest: u8,
}

fn main() {}
