#[slotmodel::registry]
pub trait Exporter {}

#[derive(Default)]
pub struct CsvExporter;

#[slotmodel::plugin(name = "csv")]
impl CsvExporter {
    pub fn export(&self) {}
}

fn main() {}
