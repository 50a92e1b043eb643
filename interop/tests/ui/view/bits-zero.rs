use slotmodel::View;

#[derive(View)]
pub struct Flags {
    #[view(bits = 0)]
    nothing: u8,
    value: u8,
}

fn main() {}
