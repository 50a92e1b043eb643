#[slotmodel::registry]
pub trait Exporter {}

#[derive(Default)]
pub struct CsvExporter;

#[derive(Default)]
pub struct OtherCsv;

#[slotmodel::plugin(name = "csv")]
impl Exporter for CsvExporter {}

#[slotmodel::plugin(alias = "csv")]
impl Exporter for OtherCsv {}

fn main() {}
