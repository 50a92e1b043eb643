#[slotmodel::registry]
pub trait Exporter {}

#[derive(Default)]
pub struct CsvExporter;

#[slotmodel::plugin(nmae = "csv")]
impl Exporter for CsvExporter {}

fn main() {}
