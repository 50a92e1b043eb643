use slotmodel::{Compact, Validate};

fn ordered(_: &Span) -> Result<(), slotmodel::ValidationErrors> {
    Ok(())
}

#[derive(Compact, Validate, Debug)]
#[slotmodel(check = ordered)]
struct Span {
    #[bounded(max = 10)]
    low: u8,
    #[bounded(max = 10)]
    high: u8,
}

fn main() {}
