// With `columns`, `<Name>Columns` has a `len` method: a field of that name needs its accessors renamed.
use slotmodel::Compact;

#[derive(Compact)]
#[slotmodel(columns)]
pub struct Frame {
    #[bounded(max = 1500)]
    len: u16,
}

fn main() {}
