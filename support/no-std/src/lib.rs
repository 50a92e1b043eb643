//! `Validate`, `Compact` and `View` in a `#![no_std]` crate (with `alloc` through slotmodel).
#![no_std]

use core::convert::TryFrom;

use slotmodel::{Compact, Validate, View};

/// Validated without std.
#[derive(Validate, Debug)]
pub struct Limits {
    #[bounded(1..=100)]
    level: u8,
}

/// Packed without std.
#[derive(Compact, Validate, Debug, Clone, Copy, PartialEq)]
pub struct Sample {
    #[bounded(0..=1023)]
    value: u16,
    ok: bool,
}

/// Viewed without std.
#[derive(View, Debug)]
#[view(endian = "big")]
pub struct Header {
    id: u16,
    #[bounded(1..=64)]
    hops: u8,
}

/// Runs the three, returning whether each behaved.
#[must_use]
pub fn exercise() -> bool {
    let limits_ok = Limits::new(50).is_ok() && Limits::new(0).is_err();
    let packed = SamplePacked::try_from(&Sample { value: 1023, ok: true });
    let packed_ok = packed.is_ok_and(|p| p.value() == 1023 && SamplePacked::SIZE == 2);
    let view_ok = HeaderView::new(&[0, 7, 3]).is_ok_and(|h| h.id() == 7) && HeaderView::new(&[0, 7, 0]).is_err();
    limits_ok && packed_ok && view_ok
}

#[cfg(test)]
mod tests {
    #[test]
    fn no_std_derives_behave() {
        assert!(super::exercise());
    }
}
