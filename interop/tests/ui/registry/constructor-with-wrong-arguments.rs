pub struct Options;

#[slotmodel::registry(args = Options)]
pub trait Exporter {}

pub struct CsvExporter;

impl CsvExporter {
    pub fn new() -> Self {
        CsvExporter
    }
}

#[slotmodel::plugin(name = "csv", new = CsvExporter::new)]
impl Exporter for CsvExporter {}

fn main() {}
