//! Generated code compiles without a warning under the strictest lint levels a user may set,
//! including clippy's pedantic group (CI runs clippy over this file) and a module without the
//! implicit prelude.
#![deny(warnings, clippy::all, clippy::pedantic)]
#![forbid(unsafe_code)]

use slotmodel::Validate;

/// Every kind of rule at once.
#[derive(Validate, Debug, Clone)]
pub struct Everything<'a, T: Copy + slotmodel::Ranged<Scalar = u8>> {
    #[bounded(1..=65535)]
    port: u32,
    #[bounded(-1.5..2.5)]
    ratio: f64,
    #[bounded(len = 1..=8)]
    name: String,
    #[bounded(max_len = 3)]
    tags: &'a [u8],
    #[bounded(min = 1)]
    maybe: Option<i128>,
    #[check(slotmodel::rules::non_empty())]
    items: Vec<u8>,
    #[bounded(max = 9)]
    generic: T,
    #[nested]
    inner: Inner,
    plain: bool,
}

/// A tuple struct nested in `Everything`.
#[derive(Validate, Debug, Clone, Copy)]
pub struct Inner(#[bounded(max = 3)] u8, #[bounded(min = 'a' as u32)] u32);

#[no_implicit_prelude]
mod without_prelude {
    /// Limits, with accessors for its `pub` fields too.
    #[derive(::slotmodel::Validate)]
    #[slotmodel(getters = true, setters = true)]
    pub struct Limits {
        /// Level.
        #[bounded(min = 1, max = 10)]
        pub level: u8,
        /// Name.
        #[bounded(len = 1..)]
        pub name: ::std::string::String,
        /// Weight.
        #[check(::slotmodel::rules::finite())]
        pub weight: f32,
    }

    /// Integers with literal ranges only (the macro writes these as text), more of them than
    /// clippy's `too_many_arguments` allows by default, private and `pub` fields mixed.
    #[derive(::slotmodel::Validate)]
    pub struct Wide {
        #[bounded(min = 1, max = 10)]
        a: u8,
        #[bounded(min = -5, max = 5)]
        b: i8,
        #[bounded(min = 0, max = 100)]
        c: u16,
        d: u16,
        /// E.
        #[bounded(min = 7, max = 70)]
        pub e: u32,
        /// F.
        pub f: i64,
        #[bounded(min = 1, max = 2)]
        g: usize,
        h: bool,
    }

    /// A constant.
    #[derive(::slotmodel::Validate)]
    #[slotmodel(getters = true)]
    pub struct Constant(#[bounded(0..10)] pub i16, #[bounded(max = 1.0)] pub f32);
}

const ORIGIN: without_prelude::Constant = without_prelude::Constant::new_const(0, 0.5);
const WIDE: without_prelude::Wide = without_prelude::Wide::new_const(10, -5, 0, 9, 7, -1, 2, true);

#[test]
fn strict_lints_accept_the_generated_code() {
    let inner = Inner::new(1, 100).unwrap();
    let value = Everything::new(80, 0.5, "x".into(), &[1], None, vec![1], 3_u8, inner, true).unwrap();
    assert_eq!(value.port(), 80);
    assert!(value.plain());
    assert!(Everything::new(80, 2.5, "x".into(), &[1], None, vec![1], 3_u8, inner, true).is_err());
    let limits = without_prelude::Limits::new(3, "a".into(), 1.0).unwrap();
    assert_eq!(limits.level(), 3);
    assert_eq!(ORIGIN.get_0(), 0);
    let mut wide = without_prelude::Wide::new(1, 5, 100, 0, 70, 0, 1, false).unwrap();
    assert_eq!((wide.a(), wide.b(), wide.d(), wide.g(), wide.h()), (1, 5, 0, 1, false));
    assert!(wide.set_c(101).is_err());
    assert_eq!(wide.c(), 100);
    wide.set_d(9);
    assert_eq!((wide.d(), WIDE.e, WIDE.f), (9, 7, -1));
    assert!(without_prelude::Wide::new(1, 6, 0, 0, 7, 0, 1, true).is_err());
}

/// A registry under the same lints.
#[slotmodel::registry]
pub trait Exporter {
    /// Exports.
    fn export(&self, data: &[i64]) -> String;
}

/// Joined by commas.
#[derive(Default)]
pub struct Csv;

/// Comma-separated values.
#[slotmodel::plugin(name = "csv", alias = "comma")]
impl Exporter for Csv {
    fn export(&self, data: &[i64]) -> String {
        data.iter().map(ToString::to_string).collect::<Vec<_>>().join(",")
    }
}

/// Options passed to constructors.
#[derive(Clone, Copy)]
pub struct Options {
    /// Separator.
    pub separator: char,
}

/// A registry with constructor arguments.
#[slotmodel::registry(args = Options)]
pub trait Joiner {
    /// Joins.
    fn join(&self, parts: &[&str]) -> String;
}

/// Joined by the configured separator.
pub struct Custom(char);

impl Custom {
    /// Builds from options.
    #[must_use]
    pub fn new(options: Options) -> Self {
        Custom(options.separator)
    }
}

#[slotmodel::plugin(new = Custom::new)]
impl Joiner for Custom {
    fn join(&self, parts: &[&str]) -> String {
        parts.join(&self.0.to_string())
    }
}

#[no_implicit_prelude]
mod registry_without_prelude {
    /// A registry in a module without the prelude.
    #[::slotmodel::registry]
    pub trait Shape {
        /// Sides.
        fn sides(&self) -> u32;
    }

    /// Three sides.
    #[derive(::std::default::Default)]
    pub struct Triangle;

    #[::slotmodel::plugin]
    impl Shape for Triangle {
        fn sides(&self) -> u32 {
            3
        }
    }
}

/// Settings read from a configuration for constructors.
#[derive(Clone, Copy, serde::Deserialize)]
pub struct Settings {
    /// Width.
    pub width: u32,
}

/// A registry read from configuration files, with constructor arguments.
#[slotmodel::registry(args = Settings, serde(tag = "kind"))]
pub trait Gauge {
    /// Width.
    fn width(&self) -> u32;
}

/// Built from settings.
#[derive(serde::Serialize)]
pub struct Bar {
    width: u32,
}

impl Bar {
    /// Builds from settings.
    #[must_use]
    pub fn new(settings: Settings) -> Self {
        Bar { width: settings.width }
    }
}

#[slotmodel::plugin(new = Bar::new)]
impl Gauge for Bar {
    fn width(&self) -> u32 {
        self.width
    }
}

/// Read as itself.
#[derive(Default, serde::Serialize, serde::Deserialize)]
pub struct Dial;

#[slotmodel::plugin]
impl Gauge for Dial {
    fn width(&self) -> u32 {
        1
    }
}

#[no_implicit_prelude]
mod serde_registry_without_prelude {
    /// A serde registry in a module without the prelude.
    #[::slotmodel::registry(serde)]
    pub trait Light: ::std::marker::Send {
        /// Brightness.
        fn level(&self) -> u8;
    }

    /// Always on.
    #[derive(::std::default::Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Lamp {
        /// Brightness.
        pub level: u8,
    }

    #[::slotmodel::plugin]
    impl Light for Lamp {
        fn level(&self) -> u8 {
            self.level
        }
    }
}

#[test]
fn strict_lints_accept_serde_registries() {
    let bar: Box<dyn Gauge> = serde_json::from_str(r#"{"kind": "bar", "width": 4}"#).unwrap();
    assert_eq!(bar.width(), 4);
    let dial: Box<dyn Gauge> = serde_json::from_str(r#"{"kind": "dial"}"#).unwrap();
    assert_eq!(serde_json::to_string(&dial).unwrap(), r#"{"kind":"dial"}"#);
    let lamp: Box<dyn serde_registry_without_prelude::Light> =
        serde_json::from_str(r#"{"level": 9, "type": "lamp"}"#).unwrap();
    assert_eq!(lamp.level(), 9);
}

#[test]
fn strict_lints_accept_registries_and_plugins() {
    assert_eq!(
        slotmodel::create::<dyn Exporter>("comma").unwrap().export(&[1, 2]),
        "1,2"
    );
    let joiner = slotmodel::create_with::<dyn Joiner>("custom", Options { separator: '-' }).unwrap();
    assert_eq!(joiner.join(&["a", "b"]), "a-b");
    assert_eq!(
        slotmodel::create::<dyn registry_without_prelude::Shape>("triangle")
            .unwrap()
            .sides(),
        3
    );
}

/// A packed enum under the same lints.
#[derive(slotmodel::Compact, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// Low.
    Low,
    /// High.
    High,
}

/// A compact struct under the same lints.
#[derive(slotmodel::Compact, slotmodel::Validate, Debug, Clone, Copy, PartialEq)]
#[slotmodel(max_size = 32)]
pub struct Sample {
    #[bounded(max = 4_294_967_295)]
    timestamp: u64,
    #[bounded(-40..=125)]
    celsius: i16,
    value: f32,
    level: Level,
    ok: bool,
}

#[no_implicit_prelude]
mod compact_without_prelude {
    /// Packed without the prelude.
    #[derive(::slotmodel::Compact, ::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy)]
    pub struct Tiny(#[bounded(0..=3)] pub u8, pub bool);
}

#[test]
fn strict_lints_accept_compact_layouts() {
    use std::convert::TryFrom as _;
    let sample = Sample::new(1, -40, 0.5, Level::High, true).unwrap();
    let mut packed = SamplePacked::try_from(&sample).unwrap();
    assert_eq!(packed.unpack(), sample);
    packed.set_level(Level::Low);
    assert!(packed.set_celsius(126).is_err());
    let tiny = compact_without_prelude::TinyPacked::try_from(&compact_without_prelude::Tiny(3, true)).unwrap();
    assert_eq!(tiny.get_0(), 3);
    assert!(Sample::LAYOUT.to_string().contains("celsius"));
}

/// A view enum under the same lints.
#[derive(slotmodel::View, Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Opcode {
    /// Read.
    Read = 1,
    /// Write.
    Write = 2,
}

/// A view record under the same lints.
#[derive(slotmodel::View, Debug, Clone, PartialEq)]
#[view(endian = "big", size = 11)]
pub struct Request {
    opcode: Opcode,
    urgent: bool,
    #[bounded(1..=64)]
    hops: u8,
    #[view(skip = 1)]
    id: [u8; 3],
    #[view(endian = "little")]
    length: u32,
}

#[no_implicit_prelude]
mod view_without_prelude {
    /// Viewed without the prelude.
    #[derive(::slotmodel::View, ::core::fmt::Debug)]
    pub struct Word(pub u16, pub bool);

    /// A byte order given at run time, without the prelude.
    #[derive(::slotmodel::View, ::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy)]
    #[view(endian = runtime)]
    pub struct Pair {
        pub a: u16,
        pub opcode: super::Opcode,
    }

    /// A byte order a field gives, without the prelude.
    #[derive(::slotmodel::View, ::core::fmt::Debug)]
    #[view(big_if = magic == 0xFEFF)]
    pub struct Tagged {
        #[view(endian = "big")]
        pub magic: u16,
        pub pair: Pair,
        pub len: u8,
        #[view(count = len)]
        pub values: ::std::vec::Vec<u32>,
    }
}

#[test]
fn strict_lints_accept_views() {
    let mut bytes = [1, 0, 5, 0, 9, 9, 9, 4, 0, 0, 0];
    let view = RequestView::new(&bytes).unwrap();
    assert_eq!((view.opcode(), view.hops(), view.length()), (Opcode::Read, 5, 4));
    let mut view = RequestViewMut::new(&mut bytes).unwrap();
    view.set_opcode(Opcode::Write).unwrap();
    assert!(view.set_hops(0).is_err());
    let word = view_without_prelude::WordView::new(&[0, 1, 1]).unwrap();
    assert!(word.get_1());
    let pair = view_without_prelude::PairView::new(&[0, 1, 2], slotmodel::Endian::Big).unwrap();
    assert_eq!((pair.a(), pair.opcode()), (1, Opcode::Write));
    let tagged = view_without_prelude::TaggedView::new(&[0xFF, 0xFE, 1, 0, 1, 1, 7, 0, 0, 0]).unwrap();
    assert_eq!((tagged.pair().a(), tagged.values().get(0)), (1, Some(7)));
    let mut out = [0; 10];
    assert_eq!(tagged.to_owned().write_to(&mut out), Ok(10));
}

/// Fields named `len`, whose getters are no collection's length, in every derive.
#[derive(slotmodel::Validate, Debug)]
pub struct Counted {
    #[bounded(max = 10)]
    len: u32,
}

/// A packed record with a field named `len`.
#[derive(slotmodel::Compact, Debug, Clone, Copy, PartialEq)]
pub struct PackedCount {
    #[bounded(max = 10)]
    len: u32,
}

/// A fixed-size view with a field named `len`.
#[derive(slotmodel::View, Debug, Clone, PartialEq)]
pub struct Header {
    len: u16,
}

/// A variable-length view with its length field named `len`.
#[derive(slotmodel::View, Debug, Clone, PartialEq)]
pub struct Text {
    len: u8,
    #[view(len = len)]
    bytes: Vec<u8>,
}

/// A tagged union whose variants hold a variable-length record, a number or nothing.
#[derive(slotmodel::View, Debug, Clone, PartialEq)]
pub enum Payload {
    /// Text.
    #[view(tag = 1)]
    Text(Text),
    /// A word.
    #[view(tag = 2)]
    Word(u16),
    /// Anything else.
    #[view(other)]
    Other,
}

/// A frame around a `Payload`.
#[derive(slotmodel::View, Debug, Clone, PartialEq)]
#[view(endian = "big")]
pub struct Framed {
    kind: u8,
    #[view(tag = kind)]
    payload: Payload,
}

#[test]
fn strict_lints_accept_getters_named_len_and_variable_length_variants() {
    assert_eq!(Counted::new(3).unwrap().len(), 3);
    assert_eq!(PackedCountPacked::try_from(&PackedCount { len: 4 }).unwrap().len(), 4);
    assert_eq!(HeaderView::new(&[5, 0]).unwrap().len(), 5);
    let frame = FramedView::new(&[1, 2, b'o', b'k']).unwrap();
    let PayloadView::Text(text) = frame.payload() else {
        panic!("tag 1 is `Text`")
    };
    assert_eq!((text.len(), text.bytes()), (2, &b"ok"[..]));
}
