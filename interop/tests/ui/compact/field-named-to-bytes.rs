// `<Name>Packed::to_bytes` is generated: a field of that name needs its getter renamed.
use slotmodel::Compact;

#[derive(Compact)]
pub struct Frame {
    #[bounded(max = 100)]
    to_bytes: u8,
}

fn main() {}
