//! Every slotmodel macro reached through a dependency renamed to `sm`, with
//! `#[slotmodel(crate = sm)]` on the derives and `crate = sm` on the attribute macros.

/// Validated.
#[derive(sm::Validate, Debug)]
#[slotmodel(crate = sm)]
pub struct Port(#[bounded(1..=65535)] u32);

/// Packed enum.
#[derive(sm::Compact, Clone, Copy, Debug, PartialEq)]
#[slotmodel(crate = sm)]
pub enum Unit {
    /// Celsius.
    Celsius,
    /// Kelvin.
    Kelvin,
}

/// Packed.
#[derive(sm::Compact, Debug, PartialEq)]
#[slotmodel(crate = sm, max_size = 16)]
pub struct Reading {
    #[bounded(max = 1000)]
    value: u32,
    unit: Unit,
}

/// Viewed enum.
#[derive(sm::View, Clone, Copy, Debug, PartialEq)]
#[slotmodel(crate = sm)]
#[repr(u8)]
pub enum Kind {
    /// Data.
    Data = 1,
}

/// Viewed.
#[derive(sm::View, Debug)]
#[slotmodel(crate = sm)]
pub struct Frame {
    kind: Kind,
    #[bounded(1..=9)]
    hops: u8,
}

/// A registry.
#[sm::registry(crate = sm)]
pub trait Greeter {
    /// Greets.
    fn greet(&self) -> &'static str;
}

/// Hello.
#[derive(Default)]
pub struct Hello;

#[sm::plugin(crate = sm, name = "hello")]
impl Greeter for Hello {
    fn greet(&self) -> &'static str {
        "hello"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::convert::TryFrom;

    #[test]
    fn every_macro_works_through_the_renamed_crate() {
        assert!(Port::new(0).is_err());
        let packed = ReadingPacked::try_from(&Reading {
            value: 7,
            unit: Unit::Kelvin,
        })
        .unwrap();
        assert_eq!(packed.unit(), Unit::Kelvin);
        assert_eq!(FrameView::new(&[1, 3]).unwrap().hops(), 3);
        assert!(FrameView::new(&[1, 10]).is_err());
        assert_eq!(sm::create::<dyn Greeter>("hello").unwrap().greet(), "hello");
    }
}
