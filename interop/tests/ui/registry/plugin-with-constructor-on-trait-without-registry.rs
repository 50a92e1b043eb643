use std::fmt;

pub struct Csv;

impl Csv {
    fn new() -> Self {
        Csv
    }
}

// One error, as without `new`: the constructor's arguments are not checked against a registry
// that does not exist.
#[slotmodel::plugin(name = "csv", new = Csv::new)]
impl fmt::Display for Csv {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("csv")
    }
}

fn main() {}
