use slotmodel::{Compact, Validate};

#[derive(Compact, Validate, Debug)]
struct Range {
    #[bounded(max = 10)]
    low: u8,
    #[bounded(max = 10)]
    #[check(matches = low)]
    high: u8,
}

fn main() {}
