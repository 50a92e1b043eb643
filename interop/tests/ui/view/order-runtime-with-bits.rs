use slotmodel::View;

#[derive(View)]
#[view(endian = runtime)]
struct Flags {
    #[view(bits = 4)]
    high: u8,
    #[view(bits = 4)]
    low: u8,
}

fn main() {}
