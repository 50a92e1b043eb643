// Every slotmodel macro and attribute, compiled by one crate per edition under the strictest
// lints a user may set (see each crate's `lib.rs`). Included, not a module, so each crate's own
// edition applies.

use core::convert::TryFrom;

use slotmodel::{rules, Compact, Validate, View};

/// A bound given as a constant.
pub const MAX_RETRIES: u32 = 50;

/// Validated fields of every kind of rule.
#[derive(Validate, Debug, Clone, PartialEq)]
#[slotmodel(constructor = new, max_size = 128)]
pub struct Settings {
    #[bounded(min = 1, max = 65535)]
    port: u32,
    #[bounded(0..=300)]
    timeout: u32,
    #[bounded(max = MAX_RETRIES)]
    retries: u32,
    #[bounded(-1.0..1.0)]
    ratio: f64,
    #[bounded(len = 1..=16)]
    #[check(rules::non_empty())]
    name: String,
    #[bounded(1..)]
    limit: Option<u16>,
    #[nested]
    level: Level,
}

/// A tuple struct.
#[derive(Validate, Debug, Clone, Copy, PartialEq)]
pub struct Level(#[bounded(0..=9)] u8);

/// Integers with literal ranges only, which the macro writes as text, under a size budget.
#[derive(Validate, Debug, Clone, Copy, PartialEq, Eq)]
#[slotmodel(max_size = 8)]
pub struct Window {
    #[bounded(min = 1, max = 1920)]
    width: u16,
    #[bounded(min = -100, max = 100)]
    offset: i16,
    /// Shown or not.
    pub visible: bool,
}

/// A window known at compile time.
pub const WINDOW: Window = Window::new_const(640, -5, true);

/// A packed enum.
#[derive(Compact, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Celsius.
    Celsius,
    /// Kelvin.
    Kelvin,
}

/// A packed struct that also validates.
#[derive(Compact, Validate, Debug, Clone, Copy, PartialEq)]
#[slotmodel(max_size = 16)]
pub struct Reading {
    #[bounded(max = 4_294_967_295)]
    timestamp: u64,
    value: f32,
    unit: Unit,
}

/// A view enum.
#[derive(View, Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Kind {
    /// Data.
    Data = 1,
    /// Ack.
    Ack = 2,
}

/// A viewed record.
#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = "big", size = 10)]
pub struct Frame {
    kind: Kind,
    #[bounded(1..=64)]
    hops: u8,
    #[view(skip = 2)]
    id: [u8; 2],
    #[view(endian = "little")]
    length: u32,
}

/// A plugin registry.
#[slotmodel::registry]
pub trait Greeter {
    /// The greeting.
    fn greet(&self) -> String;
}

/// Says hello.
#[derive(Default)]
pub struct English;

/// Greets in English.
#[slotmodel::plugin(name = "en", alias = "english")]
impl Greeter for English {
    fn greet(&self) -> String {
        "hello".to_owned()
    }
}

/// Options for built plugins.
#[derive(Clone, Copy)]
pub struct Volume {
    /// How loud.
    pub loud: bool,
}

/// A registry with constructor arguments.
#[slotmodel::registry(args = Volume)]
pub trait Speaker {
    /// Speaks.
    fn speak(&self) -> String;
}

/// Shouts when loud.
pub struct Shouter(bool);

impl Shouter {
    /// Builds from the volume.
    #[must_use]
    pub fn new(volume: Volume) -> Self {
        Shouter(volume.loud)
    }
}

#[slotmodel::plugin(new = Shouter::new)]
impl Speaker for Shouter {
    fn speak(&self) -> String {
        if self.0 { "HEY".to_owned() } else { "hey".to_owned() }
    }
}

/// Runs every macro's output once.
///
/// # Panics
///
/// When a macro's output misbehaves.
pub fn exercise() {
    let mut settings = Settings::new(8080, 30, 3, 0.5, "svc".to_owned(), None, Level::new(1).unwrap()).unwrap();
    assert!(settings.set_port(0).is_err());
    assert_eq!(settings.port(), 8080);
    assert_eq!(Settings::new(8080, 30, 51, 0.5, "svc".to_owned(), Some(0), Level(10)).unwrap_err().len(), 3);
    assert_eq!(Settings::FIELDS.len(), 7);

    let mut window = WINDOW;
    assert!(window.set_offset(101).is_err());
    window.set_width(1920).unwrap();
    assert_eq!((window.width(), window.offset(), window.visible), (1920, -5, true));
    assert_eq!(Window::new(0, 0, false).unwrap_err().len(), 1);

    let reading = Reading::new(7, 1.5, Unit::Kelvin).unwrap();
    let mut packed = ReadingPacked::try_from(&reading).unwrap();
    assert_eq!(ReadingPacked::SIZE, 9);
    packed.set_unit(Unit::Celsius);
    assert!(packed.set_timestamp(1 << 40).is_err());
    assert_eq!(packed.unpack().unit, Unit::Celsius);

    let mut bytes = [1, 5, 0, 0, 0xAB, 0xCD, 4, 0, 0, 0];
    let frame = FrameView::new(&bytes).unwrap();
    assert_eq!((frame.kind(), frame.hops(), frame.length()), (Kind::Data, 5, 4));
    let mut frame = FrameViewMut::new(&mut bytes).unwrap();
    frame.set_kind(Kind::Ack).unwrap();
    assert!(frame.set_hops(0).is_err());
    assert_eq!(bytes[0], 2);

    assert_eq!(slotmodel::create::<dyn Greeter>("english").unwrap().greet(), "hello");
    assert_eq!(slotmodel::create_with::<dyn Speaker>("shouter", Volume { loud: true }).unwrap().speak(), "HEY");
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_macro_works_in_this_edition() {
        super::exercise();
    }
}
