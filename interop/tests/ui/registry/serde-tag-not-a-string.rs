#[slotmodel::registry(serde(tag = kind))]
pub trait Exporter {}

fn main() {}
