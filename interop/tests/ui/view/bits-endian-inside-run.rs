use slotmodel::View;

#[derive(View)]
pub struct Flags {
    #[view(bits = 4)]
    high: u8,
    #[view(bits = 12, endian = "big")]
    low: u16,
}

fn main() {}
