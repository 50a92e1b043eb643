#[slotmodel::registry(serde = "kind")]
pub trait Exporter {}

fn main() {}
