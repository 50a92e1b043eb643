#[slotmodel::registry]
pub struct Exporter;

fn main() {}
