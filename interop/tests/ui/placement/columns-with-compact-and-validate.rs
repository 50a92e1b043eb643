// Not a misuse: `columns` is read by the `Compact` beside `Validate`. Compiles, and the
// misuse of the other case below it is the only error.
use slotmodel::{Compact, Validate};

#[derive(Validate, Compact)]
#[slotmodel(columns)]
pub struct Reading {
    #[bounded(0..=1000)]
    value: u16,
}

#[derive(Validate)]
#[slotmodel(columns)]
pub struct Lonely {
    #[bounded(0..=1000)]
    value: u16,
}

fn main() {
    let mut columns = ReadingColumns::default();
    columns.push(Reading::new(1).unwrap()).unwrap();
    assert_eq!(columns.len(), 1);
}
