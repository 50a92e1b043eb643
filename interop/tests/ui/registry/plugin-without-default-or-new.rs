#[slotmodel::registry]
pub trait Exporter {}

pub struct CsvExporter {
    separator: char,
}

#[slotmodel::plugin(name = "csv")]
impl Exporter for CsvExporter {}

fn main() {
    let _ = CsvExporter { separator: ',' }.separator;
}
