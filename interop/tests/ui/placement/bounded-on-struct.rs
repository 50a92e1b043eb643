use slotmodel::Validate;

#[derive(Validate)]
#[bounded(1..=10)]
pub struct Port {
    number: u16,
}

fn main() {}
