#[slotmodel::registry]
pub trait Exporter {}

#[derive(Default)]
pub struct CsvExporter;

#[slotmodel::plugin(name = "comma separated", alias = "tab\t")]
impl Exporter for CsvExporter {}

fn main() {}
