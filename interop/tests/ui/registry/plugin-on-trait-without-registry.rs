use std::fmt;

#[derive(Default)]
pub struct Csv;

#[slotmodel::plugin(name = "csv")]
impl fmt::Display for Csv {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("csv")
    }
}

fn main() {}
