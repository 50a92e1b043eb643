#[slotmodel::registry(arg = u32)]
pub trait Exporter {}

fn main() {}
