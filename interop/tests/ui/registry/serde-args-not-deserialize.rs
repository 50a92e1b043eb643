pub struct Options {
    pub delimiter: char,
}

#[slotmodel::registry(args = Options, serde)]
pub trait Exporter {}

#[derive(serde::Serialize)]
pub struct Csv {
    delimiter: char,
}

impl Csv {
    fn new(options: Options) -> Self {
        Csv {
            delimiter: options.delimiter,
        }
    }
}

#[slotmodel::plugin(name = "csv", new = Csv::new)]
impl Exporter for Csv {}

fn main() {}
