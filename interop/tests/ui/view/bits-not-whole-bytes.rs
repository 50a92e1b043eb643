use slotmodel::View;

#[derive(View)]
#[view(endian = "big")]
pub struct Fragment {
    #[view(bits = 3)]
    flags: u8,
    #[view(bits = 12)]
    offset: u16,
    ttl: u8,
}

fn main() {}
