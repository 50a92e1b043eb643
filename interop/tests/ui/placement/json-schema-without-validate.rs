use slotmodel::Compact;

#[derive(Compact)]
#[slotmodel(json_schema)]
pub struct Reading {
    #[bounded(0..=1000)]
    value: u16,
}

fn main() {}
