//! Every slotmodel macro reached through a dependency renamed to `sm`, with
//! `#[slotmodel(crate = sm)]` on the derives and `crate = sm` on the attribute macros; and
//! through `$crate`, as a library that re-exports slotmodel and wraps its macros in
//! `macro_rules!` reaches them (`$crate::__sm`).

#[doc(hidden)]
pub use sm as __sm;

/// Declares a validated `$name { port }` through `$crate`, wherever it is invoked.
#[macro_export]
macro_rules! config {
    ($name:ident) => {
        /// Validated through `$crate`.
        #[derive($crate::__sm::Validate, Debug)]
        #[slotmodel(crate = $crate::__sm)]
        pub struct $name {
            #[bounded(min = 1, max = 65535)]
            port: u32,
            #[check($crate::__sm::rules::multiple_of(2))]
            step: u8,
        }
    };
}

/// Declares a packed record and a viewed record through `$crate`.
#[macro_export]
macro_rules! records {
    ($packed:ident, $viewed:ident, $kind:ident) => {
        /// Packed through `$crate`.
        #[derive($crate::__sm::Compact, Debug, PartialEq)]
        #[slotmodel(crate = $crate::__sm, max_size = 8)]
        pub struct $packed {
            #[bounded(max = 1000)]
            value: u32,
            kind: $kind,
        }

        /// Viewed through `$crate`.
        #[derive($crate::__sm::View, Debug)]
        #[slotmodel(crate = $crate::__sm)]
        pub struct $viewed {
            kind: $kind,
            #[bounded(1..=9)]
            hops: u8,
        }

        /// Packed and viewed enum through `$crate`.
        #[derive($crate::__sm::Compact, $crate::__sm::View, Clone, Copy, Debug, PartialEq)]
        #[slotmodel(crate = $crate::__sm)]
        #[repr(u8)]
        pub enum $kind {
            /// Data.
            Data = 1,
            /// Control.
            Control = 2,
        }
    };
}

/// Declares a registry trait and one plugin of it through `$crate`.
#[macro_export]
macro_rules! greeter {
    ($registry:ident, $plugin:ident, $name:literal) => {
        /// A registry through `$crate`.
        #[$crate::__sm::registry(crate = $crate::__sm)]
        pub trait $registry {
            /// Greets.
            fn greet(&self) -> &'static str;
        }

        /// A plugin through `$crate`.
        #[derive(Default)]
        pub struct $plugin;

        #[$crate::__sm::plugin(crate = $crate::__sm, name = $name)]
        impl $registry for $plugin {
            fn greet(&self) -> &'static str {
                $name
            }
        }
    };
}

/// Declares a registry read from configurations, and one plugin of it, through `$crate`. The
/// caller depends on `serde` (with `derive`), as every user of a serde registry does.
#[macro_export]
macro_rules! sensor {
    ($registry:ident, $plugin:ident, $name:literal) => {
        /// A serde registry through `$crate`.
        #[$crate::__sm::registry(crate = $crate::__sm, serde(tag = "sensor"))]
        pub trait $registry {
            /// Reads.
            fn read(&self) -> &'static str;
        }

        /// A unit plugin through `$crate`.
        #[derive(Default, ::serde::Serialize, ::serde::Deserialize)]
        pub struct $plugin;

        #[$crate::__sm::plugin(crate = $crate::__sm, name = $name)]
        impl $registry for $plugin {
            fn read(&self) -> &'static str {
                $name
            }
        }
    };
}

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

/// A registry read from configurations, through the renamed crate.
#[sm::registry(crate = sm, serde(tag = "kind"))]
pub trait Sensor {
    /// Reads.
    fn read(&self) -> u32;
}

/// A fixed reading.
#[derive(Default, serde::Serialize, serde::Deserialize)]
pub struct Fixed {
    value: u32,
}

#[sm::plugin(crate = sm, name = "fixed")]
impl Sensor for Fixed {
    fn read(&self) -> u32 {
        self.value
    }
}

config!(LocalConfig);
records!(LocalPacked, LocalFrame, LocalKind);
greeter!(LocalGreeter, LocalHello, "local");
sensor!(LocalSensor, LocalProbe, "local");

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
        let sensor: Box<dyn Sensor> = serde_json::from_str(r#"{"kind": "fixed", "value": 3}"#).unwrap();
        assert_eq!(sensor.read(), 3);
        assert_eq!(serde_json::to_string(&sensor).unwrap(), r#"{"kind":"fixed","value":3}"#);
    }

    #[test]
    fn every_macro_works_through_dollar_crate() {
        assert!(LocalConfig::new(0, 2).is_err());
        assert!(LocalConfig::new(80, 3).is_err());
        assert_eq!(LocalConfig::new(80, 2).unwrap().port(), 80);
        let packed = LocalPackedPacked::try_from(&LocalPacked {
            value: 7,
            kind: LocalKind::Control,
        })
        .unwrap();
        assert_eq!(packed.kind(), LocalKind::Control);
        assert_eq!(LocalFrameView::new(&[2, 3]).unwrap().hops(), 3);
        assert!(LocalFrameView::new(&[3, 3]).is_err());
        assert_eq!(sm::create::<dyn LocalGreeter>("local").unwrap().greet(), "local");
        let probe: Box<dyn LocalSensor> = serde_json::from_str(r#"{"sensor": "local"}"#).unwrap();
        assert_eq!(probe.read(), "local");
    }
}
