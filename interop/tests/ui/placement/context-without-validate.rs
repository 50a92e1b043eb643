use slotmodel::Compact;

#[derive(Default)]
pub struct Limits {
    pub max: u16,
}

#[derive(Compact)]
#[slotmodel(context = Limits)]
pub struct Reading {
    #[bounded(0..=1000)]
    value: u16,
}

fn main() {}
