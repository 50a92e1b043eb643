#[slotmodel::registry(serde)]
pub trait Exporter {}

#[derive(Default, serde::Deserialize)]
pub struct Csv {
    delimiter: char,
}

#[slotmodel::plugin(name = "csv")]
impl Exporter for Csv {}

fn main() {}
