#[slotmodel::registry(serde(tags = "kind"))]
pub trait Exporter {}

fn main() {}
