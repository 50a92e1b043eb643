// `#[slotmodel(arrow)]` needs an Arrow column type for every field: an array has none.
use slotmodel::Compact;

#[derive(Compact, Clone, Copy, Debug)]
#[slotmodel(arrow)]
pub struct Frame {
    #[bounded(max = 100)]
    level: u8,
    samples: [u8; 4],
}

fn main() {}
