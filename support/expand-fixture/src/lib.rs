//! One small type per derive. `slotmodel-derive/tests/expand_full.rs` expands this crate with
//! `-Zunpretty=expanded` and compares the result with a snapshot, so a change to the code the
//! derives generate, or to a runtime `macro_rules!` helper it calls, shows as a diff.

use slotmodel::{Compact, Validate, View};

/// `#[derive(Validate)]`: a range and a length.
#[derive(Validate)]
pub struct Account {
    #[bounded(1..=120)]
    age: u8,
    #[bounded(len = 1..=16)]
    name: String,
}

/// `#[derive(Compact)]`: two bounded fields packed in 9 bits.
#[derive(Compact)]
pub struct Reading {
    #[bounded(0..=31)]
    sensor: u8,
    #[bounded(0..=15)]
    level: u8,
}

/// `#[derive(View)]`: a fixed-size big-endian header.
#[derive(View)]
#[view(endian = "big")]
pub struct Header {
    kind: u8,
    length: u16,
}

/// `#[derive(View)]`: a record whose byte order a field read big-endian gives.
#[derive(View)]
#[view(big_if = magic == 0xFEFF)]
pub struct Tagged {
    #[view(endian = "big")]
    magic: u16,
    length: u32,
}
