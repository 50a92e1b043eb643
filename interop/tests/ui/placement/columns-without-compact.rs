use slotmodel::Validate;

#[derive(Validate)]
#[slotmodel(columns)]
pub struct Reading {
    #[bounded(0..=1000)]
    value: u16,
}

fn main() {}
