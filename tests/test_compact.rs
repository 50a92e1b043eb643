//! `#[derive(Compact)]`: bit widths, packing, accessors, layout reports.

use std::collections::HashSet;
use std::convert::TryFrom;

use slotmodel::{Compact, Packable, Validate};

#[derive(Compact, Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Unit {
    Celsius,
    Fahrenheit,
    Kelvin,
}

#[derive(Compact, Validate, Debug, PartialEq, Clone)]
#[slotmodel(max_size = 16)]
struct SensorReading {
    #[bounded(max = 4_294_967_295)]
    timestamp: u64,
    value: f32,
    unit: Unit,
}

fn reading() -> SensorReading {
    SensorReading::new(1_700_000_000, 21.5, Unit::Celsius).unwrap()
}

#[test]
fn the_seed_reading_packs_into_nine_bytes() {
    assert_eq!(SensorReadingPacked::BITS, 66);
    assert_eq!(SensorReadingPacked::SIZE, 9);
    assert_eq!(std::mem::size_of::<SensorReadingPacked>(), 9);
    assert_eq!(std::mem::align_of::<SensorReadingPacked>(), 1);
    assert_eq!(
        std::mem::size_of::<[SensorReadingPacked; 4]>(),
        36,
        "a Vec of packed values is dense"
    );
}

#[test]
fn getters_unpack_what_was_packed() {
    let packed = SensorReadingPacked::try_from(&reading()).unwrap();
    assert_eq!(packed.timestamp(), 1_700_000_000);
    assert!((packed.value() - 21.5).abs() < f32::EPSILON);
    assert_eq!(packed.unit(), Unit::Celsius);
    assert_eq!(packed.unpack(), reading());
    assert_eq!(SensorReading::from(packed), reading());
}

#[test]
fn setters_change_one_field_and_refuse_out_of_range_values() {
    let mut packed = SensorReadingPacked::try_from(&reading()).unwrap();
    packed.set_unit(Unit::Kelvin);
    assert_eq!(packed.unit(), Unit::Kelvin);
    assert_eq!(packed.timestamp(), 1_700_000_000);
    let err = packed.set_timestamp(4_294_967_296).unwrap_err();
    assert_eq!(
        err.to_string(),
        "SensorReading.timestamp must be <= 4294967295, got 4294967296"
    );
    assert_eq!(packed.timestamp(), 1_700_000_000);
    packed.set_timestamp(4_294_967_295).unwrap();
    assert_eq!(packed.timestamp(), 4_294_967_295);
    packed.set_value(-0.0);
    assert!(packed.value().is_sign_negative());
    assert_eq!(packed.unit(), Unit::Kelvin);
}

#[test]
fn try_from_refuses_with_the_messages_of_validate() {
    let bad = SensorReading {
        timestamp: 1 << 40,
        value: 0.0,
        unit: Unit::Kelvin,
    };
    let packed_err = SensorReadingPacked::try_from(&bad).unwrap_err();
    assert_eq!(
        packed_err.to_string(),
        "SensorReading.timestamp must be <= 4294967295, got 1099511627776"
    );
    assert_eq!(packed_err, bad.validate().unwrap_err());
}

#[test]
fn nan_bit_patterns_survive() {
    let payload = f32::from_bits(0x7fc0_1234);
    let packed = SensorReadingPacked::try_from(&SensorReading {
        timestamp: 0,
        value: payload,
        unit: Unit::Fahrenheit,
    })
    .unwrap();
    assert_eq!(packed.value().to_bits(), 0x7fc0_1234);
}

#[test]
fn debug_prints_values_not_bits() {
    let packed = SensorReadingPacked::try_from(&reading()).unwrap();
    assert_eq!(
        format!("{packed:?}"),
        "SensorReadingPacked { timestamp: 1700000000, value: 21.5, unit: Celsius }"
    );
}

#[test]
fn equality_and_hashing_follow_the_values() {
    let a = SensorReadingPacked::try_from(&reading()).unwrap();
    let mut b = a;
    assert_eq!(a, b);
    b.set_unit(Unit::Kelvin);
    assert_ne!(a, b);
    let set: HashSet<SensorReadingPacked> = [a, b, a].into_iter().collect();
    assert_eq!(set.len(), 2);
}

#[derive(Compact, Debug, PartialEq, Clone, Copy)]
struct Offsets {
    #[bounded(1000..=1003)]
    small: u32,
    #[bounded(-8..8)]
    signed: i16,
    #[bounded(min = 250)]
    high: u8,
    flag: bool,
    letter: char,
}

#[test]
fn widths_follow_the_bounds() {
    assert_eq!(Offsets::__SLOTMODEL_WIDTHS, [2, 4, 3, 1, 21]);
    assert_eq!(<Offsets as Packable>::BITS, 31);
    assert_eq!(OffsetsPacked::SIZE, 4);
    let value = Offsets {
        small: 1003,
        signed: -8,
        high: 255,
        flag: true,
        letter: '€',
    };
    let packed = OffsetsPacked::try_from(&value).unwrap();
    assert_eq!(packed.unpack(), value);
    let errors = OffsetsPacked::try_from(&Offsets {
        small: 999,
        signed: 8,
        high: 0,
        flag: false,
        letter: 'a',
    })
    .unwrap_err();
    assert_eq!(
        errors.to_string(),
        "Offsets.small must be >= 1000, got 999\nOffsets.signed must be < 8, got 8\nOffsets.high must be >= 250, got 0"
    );
}

#[derive(Compact, Debug, PartialEq, Clone, Copy)]
struct Extremes {
    a: u128,
    b: i128,
    #[bounded(i128::MIN..=i128::MAX)]
    c: i128,
    #[bounded(min = u128::MAX - 1)]
    d: u128,
    e: i8,
    f: f64,
}

#[test]
fn layouts_wider_than_128_bits_and_type_extremes() {
    assert_eq!(Extremes::__SLOTMODEL_WIDTHS, [128, 128, 128, 1, 8, 64]);
    for (a, b, c, d, e) in [
        (u128::MAX, i128::MIN, i128::MAX, u128::MAX, i8::MIN),
        (0, i128::MAX, i128::MIN, u128::MAX - 1, i8::MAX),
        (1, -1, 0, u128::MAX, 0),
    ] {
        let value = Extremes {
            a,
            b,
            c,
            d,
            e,
            f: f64::MIN_POSITIVE,
        };
        let packed = ExtremesPacked::try_from(&value).unwrap();
        assert_eq!(packed.unpack(), value);
        assert_eq!((packed.get_a_value(), packed.d()), (a, d));
    }
}

impl ExtremesPacked {
    fn get_a_value(&self) -> u128 {
        self.a()
    }
}

#[derive(Compact, Debug, PartialEq, Clone, Copy)]
struct Outer {
    id: u16,
    inner: Offsets,
    unit: Unit,
}

#[test]
fn nested_structs_take_their_packed_bits() {
    assert_eq!(<Outer as Packable>::BITS, 16 + 31 + 2);
    let inner = Offsets {
        small: 1001,
        signed: 3,
        high: 251,
        flag: true,
        letter: 'x',
    };
    let value = Outer {
        id: 7,
        inner,
        unit: Unit::Kelvin,
    };
    let mut packed = OuterPacked::try_from(&value).unwrap();
    assert_eq!(packed.unpack(), value);
    assert_eq!(packed.inner(), inner);
    let bad = Offsets { small: 5, ..inner };
    let err = packed.set_inner(bad).unwrap_err();
    assert_eq!(err.to_string(), "Outer.inner.small must be >= 1000, got 5");
    assert_eq!(packed.inner(), inner, "a refused value leaves the old one");
    let errors = OuterPacked::try_from(&Outer { inner: bad, ..value }).unwrap_err();
    assert_eq!(errors.to_string(), "Outer.inner.small must be >= 1000, got 5");
}

#[derive(Compact, Debug, PartialEq, Clone, Copy)]
struct Pair(#[bounded(0..=15)] u8, bool);

#[derive(Compact, Debug, PartialEq, Clone, Copy)]
struct Empty;

#[test]
fn tuple_and_unit_structs() {
    let mut packed = PairPacked::try_from(&Pair(9, true)).unwrap();
    assert_eq!((PairPacked::BITS, packed.get_0(), packed.get_1()), (5, 9, true));
    assert!(packed.set_0(16).is_err());
    packed.set_1(false);
    assert_eq!(packed.unpack(), Pair(9, false));
    assert_eq!(EmptyPacked::SIZE, 0);
    assert_eq!(EmptyPacked::try_from(&Empty).unwrap().unpack(), Empty);
}

#[test]
fn layout_reports_native_and_packed_forms() {
    let layout = SensorReading::LAYOUT;
    assert_eq!((layout.type_name, layout.size, layout.align), ("SensorReading", 16, 8));
    assert_eq!(
        (
            layout.packed_bits,
            layout.packed_size,
            layout.padding(),
            layout.saving()
        ),
        (66, 9, 3, 7)
    );
    let unit = layout.fields[2];
    assert_eq!(
        (unit.name, unit.ty, unit.size, unit.bit_offset, unit.bits),
        ("unit", "Unit", 1, 64, 2)
    );
    assert_eq!(layout.fields[0].offset, std::mem::offset_of!(SensorReading, timestamp));
    let table = layout.to_string();
    assert!(
        table.starts_with("SensorReading: 16 bytes, align 8, 3 bytes of padding"),
        "{table}"
    );
    assert!(
        table.contains("timestamp        u64               0     8     32      0..=31"),
        "{table}"
    );
    assert!(
        table.ends_with("packed: 66 bits in 9 bytes, align 1; saves 7 bytes per value (43%)"),
        "{table}"
    );
}

#[test]
fn enums_take_the_bits_of_their_variant_count() {
    #[derive(Compact, Clone, Copy, Debug, PartialEq)]
    enum One {
        Only,
    }
    #[derive(Compact, Clone, Copy, Debug, PartialEq)]
    enum Four {
        A,
        B,
        C,
        D,
    }
    #[derive(Compact, Clone, Copy, Debug, PartialEq)]
    enum Five {
        A = 10,
        B = 20,
        C,
        D,
        E,
    }
    assert_eq!((One::BITS, Unit::BITS, Four::BITS, Five::BITS), (0, 2, 2, 3));
    let mut bytes = [0_u8; 2];
    for (i, five) in [Five::A, Five::B, Five::C, Five::D, Five::E].into_iter().enumerate() {
        five.write_bits(&mut bytes, 5);
        assert_eq!(Five::read_bits(&bytes, 5), five, "{i}");
    }
    One::Only.write_bits(&mut bytes, 0);
    assert_eq!(One::read_bits(&bytes, 0), One::Only);
    let _ = (Four::A, Four::B, Four::C, Four::D);
}
