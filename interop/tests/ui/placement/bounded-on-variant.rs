use slotmodel::Validate;

#[derive(Validate)]
pub enum Reading {
    #[bounded(0..=100)]
    Percent(u8),
    Raw(u16),
}

fn main() {}
