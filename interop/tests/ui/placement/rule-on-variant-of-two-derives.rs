// Both derives find the misplaced rule: the build shows it once.
use slotmodel::{Compact, Validate};

#[derive(Validate, Compact)]
pub enum Reading {
    #[bounded(0..=100)]
    Percent(u8),
    Raw(u16),
}

fn main() {}
