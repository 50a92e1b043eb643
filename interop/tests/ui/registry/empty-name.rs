#[slotmodel::registry]
pub trait Exporter {}

#[derive(Default)]
pub struct CsvExporter;

#[slotmodel::plugin(name = "")]
impl Exporter for CsvExporter {}

fn main() {}
