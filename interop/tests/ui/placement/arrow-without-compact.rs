use slotmodel::Validate;

#[derive(Validate)]
#[slotmodel(arrow)]
pub struct Reading {
    #[bounded(0..=1000)]
    value: u16,
}

fn main() {}
