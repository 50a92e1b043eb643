//! Enums with data deriving `Compact`: the variant's index in the tag bits, then its fields
//! packed as a struct's are, padded with zeros to the widest variant. Every shape of variant
//! round-trips, rules of variant fields are checked with paths that name the variant, and bytes
//! from outside are accepted only as `to_bytes` writes them.
#![deny(warnings, clippy::all, clippy::pedantic)]

use proptest::prelude::*;
use slotmodel::{Compact, Packable, PackedVec};

#[derive(Compact, Clone, Copy, Debug, PartialEq)]
enum Unit {
    C,
    F,
    K,
}

#[derive(Compact, Clone, Copy, Debug, PartialEq)]
struct Point {
    #[bounded(-100..=100)]
    x: i16,
    #[bounded(-100..=100)]
    y: i16,
}

#[derive(Compact, Clone, Copy, Debug, PartialEq)]
enum Shape {
    Empty,
    Circle(#[bounded(1..=1000)] u16),
    Reading {
        #[bounded(max = 1000)]
        value: u32,
        unit: Unit,
        valid: bool,
    },
    At(Point),
    Maybe(#[bounded(1..=100)] Option<u8>, Option<char>),
    Samples([Unit; 4]),
    Level(f32),
}

#[derive(Compact, Clone, Copy, Debug, PartialEq)]
struct Log {
    #[bounded(max = 100)]
    id: u8,
    shape: Shape,
    last: bool,
}

/// No rules anywhere: every value packs, so the setter of a field of it returns `()`.
#[derive(Compact, Clone, Copy, Debug, PartialEq)]
enum Plain {
    Byte(u8),
    Pair { flag: bool, letter: char },
    Nothing,
}

#[derive(Compact, Clone, Copy, Debug, PartialEq)]
struct Holder {
    plain: Plain,
    shapes: [Shape; 2],
    maybe: Option<Shape>,
}

const MAX_STEP: u16 = 20;

/// One variant: no tag bits, and no `match` on one.
#[derive(Compact, Clone, Copy, Debug, PartialEq)]
enum Only {
    Step(
        #[bounded(min = 10, max = MAX_STEP)]
        #[check(slotmodel::rules::multiple_of(2))]
        u16,
    ),
}

/// An enum with data inside a variant of another.
#[derive(Compact, Clone, Copy, Debug, PartialEq)]
enum Wrapper {
    Inner(Option<Shape>, Only),
    Nothing,
}

fn every_shape() -> Vec<Shape> {
    vec![
        Shape::Empty,
        Shape::Circle(1),
        Shape::Circle(1000),
        Shape::Reading {
            value: 1000,
            unit: Unit::K,
            valid: true,
        },
        Shape::At(Point { x: -100, y: 100 }),
        Shape::Maybe(Some(100), Some('€')),
        Shape::Maybe(None, None),
        Shape::Samples([Unit::C, Unit::F, Unit::K, Unit::F]),
        Shape::Level(-0.5),
    ]
}

#[test]
fn bits_are_the_tag_and_the_widest_variant() {
    // 7 variants: a 3-bit tag; the widest is `Level` (32), before `Maybe` (7 + 22).
    assert_eq!(Shape::BITS, 3 + 32);
    assert_eq!(Plain::BITS, 2 + (1 + 21));
    assert_eq!(Log::BITS, 7 + 35 + 1);
    assert_eq!((LogPacked::BITS, LogPacked::SIZE), (43, 6));
    assert_eq!(Holder::BITS, 24 + 2 * 35 + (1 + 35));
}

#[test]
fn one_variant_and_nested_enums() {
    assert_eq!(Only::BITS, 4);
    assert_eq!(Wrapper::BITS, 1 + (1 + 35) + 4);
    let mut bytes = [0_u8; 6];
    for value in [
        Wrapper::Inner(Some(Shape::At(Point { x: 3, y: -4 })), Only::Step(20)),
        Wrapper::Inner(None, Only::Step(10)),
        Wrapper::Nothing,
    ] {
        value.check_packable().unwrap();
        value.write_bits(&mut bytes, 2);
        assert!(Wrapper::bits_valid(&bytes, 2));
        assert_eq!(Wrapper::read_bits(&bytes, 2), value);
    }
    assert_eq!(bytes, [1 << 2, 0, 0, 0, 0, 0], "`Nothing`: its index, then zeros");
    let err = Wrapper::Inner(Some(Shape::Circle(0)), Only::Step(11))
        .check_packable()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "Wrapper.Inner.0.Circle.0 must be >= 1, got 0\nWrapper.Inner.1.Step.0 must be a multiple of 2, got 11"
    );
    assert_eq!(
        Only::Step(22).check_packable().unwrap_err().to_string(),
        "Only.Step.0 must be <= 20, got 22"
    );
}

#[test]
fn every_variant_shape_round_trips() {
    for (i, shape) in every_shape().into_iter().enumerate() {
        let log = Log {
            id: 7,
            shape,
            last: true,
        };
        let packed = LogPacked::try_from(&log).unwrap();
        assert_eq!(packed.unpack(), log);
        assert_eq!(packed.shape(), shape);
        assert_eq!(LogPacked::from_bytes(&packed.to_bytes()).unwrap(), packed);
        // At any bit offset, beside other bits that must survive.
        let mut bytes = [0xFF_u8; 8];
        shape.write_bits(&mut bytes, i + 3);
        assert_eq!(Shape::read_bits(&bytes, i + 3), shape);
        assert!(Shape::bits_valid(&bytes, i + 3));
        assert_eq!(bytes[0] & 0b111, 0b111, "bits before the value are kept");
    }
}

#[test]
fn a_shorter_variant_zeroes_the_rest() {
    let wide = Log {
        id: 1,
        shape: Shape::Level(f32::from_bits(u32::MAX >> 1)),
        last: true,
    };
    let mut packed = LogPacked::try_from(&wide).unwrap();
    packed.set_shape(Shape::Circle(3)).unwrap();
    let fresh = LogPacked::try_from(&Log {
        shape: Shape::Circle(3),
        ..wide
    })
    .unwrap();
    assert_eq!(packed.to_bytes(), fresh.to_bytes());
}

#[test]
fn refused_values_name_the_variant_and_field() {
    let message = |shape: Shape| {
        LogPacked::try_from(&Log {
            id: 0,
            shape,
            last: false,
        })
        .unwrap_err()
        .to_string()
    };
    assert_eq!(message(Shape::Circle(0)), "Log.shape.Circle.0 must be >= 1, got 0");
    assert_eq!(
        message(Shape::Reading {
            value: 2000,
            unit: Unit::C,
            valid: false
        }),
        "Log.shape.Reading.value must be <= 1000, got 2000"
    );
    assert_eq!(
        message(Shape::At(Point { x: 200, y: -200 })),
        "Log.shape.At.0.x must be <= 100, got 200\nLog.shape.At.0.y must be >= -100, got -200"
    );
    assert_eq!(
        message(Shape::Maybe(Some(0), None)),
        "Log.shape.Maybe.0 must be >= 1, got 0"
    );
    let err = Shape::Circle(1001).check_packable().unwrap_err();
    assert_eq!((err.first().struct_name(), err.first().field()), ("Shape", "Circle.0"));

    let log = Log {
        id: 1,
        shape: Shape::Empty,
        last: false,
    };
    let mut packed = LogPacked::try_from(&log).unwrap();
    let err = packed.set_shape(Shape::Circle(0)).unwrap_err();
    assert_eq!(err.to_string(), "Log.shape.Circle.0 must be >= 1, got 0");
    assert_eq!(packed.unpack(), log, "a refused value changes nothing");
}

#[test]
fn setters_of_enums_without_rules_return_unit() {
    let holder = Holder {
        plain: Plain::Nothing,
        shapes: [Shape::Empty, Shape::Circle(5)],
        maybe: None,
    };
    let mut packed = HolderPacked::try_from(&holder).unwrap();
    let () = packed.set_plain(Plain::Pair {
        flag: true,
        letter: 'z',
    });
    assert_eq!(
        packed.plain(),
        Plain::Pair {
            flag: true,
            letter: 'z'
        }
    );
    let err = packed.set_shapes([Shape::Empty, Shape::Circle(0)]).unwrap_err();
    assert_eq!(err.to_string(), "Holder.shapes[1].Circle.0 must be >= 1, got 0");
    packed.set_maybe(Some(Shape::Samples([Unit::K; 4]))).unwrap();
    assert_eq!(packed.maybe(), Some(Shape::Samples([Unit::K; 4])));
    let plains: PackedVec<Plain> = [Plain::Byte(9), Plain::Nothing].into_iter().collect();
    assert_eq!(plains.get(0), Some(Plain::Byte(9)));
}

#[test]
fn enums_with_data_fill_a_packed_vec() {
    let shapes = every_shape();
    let mut packed = PackedVec::<Shape>::try_from_iter(&shapes).unwrap();
    assert_eq!(packed.as_bytes().len(), (shapes.len() * 35).div_ceil(8));
    assert_eq!(packed.iter().collect::<Vec<_>>(), shapes);
    packed.set(4, Shape::Empty).unwrap();
    assert_eq!(packed.get(3), Some(shapes[3]), "the neighbours keep their bits");
    assert_eq!(packed.get(4), Some(Shape::Empty));
    assert_eq!(packed.get(5), Some(shapes[5]));
    let err = packed.push(Shape::Circle(0)).unwrap_err();
    assert_eq!(err.to_string(), "Shape.Circle.0 must be >= 1, got 0");
}

#[test]
fn bytes_from_outside_are_checked() {
    let log = Log {
        id: 5,
        shape: Shape::Circle(1),
        last: false,
    };
    let good = LogPacked::try_from(&log).unwrap().to_bytes();
    // The tag sits at bit 7, after `id`: 7 is past the last of the 7 variants.
    let mut past_last = good;
    past_last[0] |= 1 << 7;
    past_last[1] |= 0b11;
    let err = LogPacked::from_bytes(&past_last).unwrap_err();
    assert_eq!(err.to_string(), "Log.shape holds bits that encode no value of its type");
    // `Circle` takes 10 bits after the tag; the next bit is padding and must stay zero.
    let mut padded = good;
    padded[2] |= 1 << 4; // bit 20
    assert_eq!(LogPacked::from_bytes(&padded).unwrap_err().to_string(), err.to_string());
    // A bounded field stores its distance from the minimum (`Circle(1)`: 0, in bits 10..20);
    // bits past the range decode to a value its rule refuses, as in a struct.
    let mut out_of_range = good;
    out_of_range[1] |= 0b1111_1100;
    out_of_range[2] |= 0b1111;
    assert_eq!(
        LogPacked::from_bytes(&out_of_range).unwrap_err().to_string(),
        "Log.shape.Circle.0 must be <= 1000, got 1024"
    );
}

fn shape() -> impl Strategy<Value = Shape> {
    let unit = (0..3_usize).prop_map(|i| [Unit::C, Unit::F, Unit::K][i]);
    prop_oneof![
        Just(Shape::Empty),
        (1_u16..=1000).prop_map(Shape::Circle),
        (0_u32..=1000, unit.clone(), any::<bool>()).prop_map(|(value, unit, valid)| Shape::Reading {
            value,
            unit,
            valid
        }),
        (-100_i16..=100, -100_i16..=100).prop_map(|(x, y)| Shape::At(Point { x, y })),
        (prop::option::of(1_u8..=100), any::<Option<char>>()).prop_map(|(a, b)| Shape::Maybe(a, b)),
        [unit.clone(), unit.clone(), unit.clone(), unit].prop_map(Shape::Samples),
        any::<u32>().prop_map(|bits| Shape::Level(f32::from_bits(bits))),
    ]
}

fn log() -> impl Strategy<Value = Log> {
    (0_u8..=100, shape(), any::<bool>()).prop_map(|(id, shape, last)| Log { id, shape, last })
}

proptest! {
    #[test]
    fn logs_round_trip(log in log()) {
        let packed = LogPacked::try_from(&log).unwrap();
        // Compared as bytes: a NaN payload is kept, but is not equal to itself.
        prop_assert_eq!(LogPacked::try_from(&packed.unpack()).unwrap(), packed);
        prop_assert_eq!(LogPacked::from_bytes(&packed.to_bytes()).unwrap(), packed);
        let mut bytes = [0_u8; 5];
        log.shape.write_bits(&mut bytes, 1);
        prop_assert!(Shape::bits_valid(&bytes, 1));
        prop_assert_eq!(
            LogPacked::try_from(&Log { shape: Shape::read_bits(&bytes, 1), ..log }).unwrap(),
            packed
        );
    }

    #[test]
    fn a_flipped_bit_is_refused_or_another_valid_record(log in log(), bit in 0..LogPacked::SIZE * 8) {
        let mut bytes = LogPacked::try_from(&log).unwrap().to_bytes();
        bytes[bit / 8] ^= 1 << (bit % 8);
        if let Ok(packed) = LogPacked::from_bytes(&bytes) {
            prop_assert_eq!(LogPacked::try_from(&packed.unpack()).unwrap().to_bytes(), bytes);
        }
    }
}
