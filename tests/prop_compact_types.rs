//! `Option` and array fields in compact records: a bounded `Option` of an integer keeps `None` in
//! a spare value of its range, any other `Option` takes one presence bit, an array packs its
//! elements back to back; every value round-trips, rules reach inside, and bytes from outside
//! are accepted only as `to_bytes` writes them.

use proptest::prelude::*;
use slotmodel::Compact;

#[derive(Compact, Debug, Clone, Copy, PartialEq)]
enum Unit {
    C,
    F,
    K,
}

#[derive(Compact, Debug, Clone, Copy, PartialEq)]
struct Digit {
    #[bounded(max = 9)]
    d: u8,
}

#[derive(Compact, Debug, Clone, Copy, PartialEq)]
struct Record {
    #[bounded(-50..=50)]
    offset: Option<i8>,
    #[bounded(1..=255)]
    full: Option<u8>,
    plain: Option<u16>,
    units: [Unit; 3],
    digits: [Digit; 4],
    maybe_digit: Option<Digit>,
    maybe_units: Option<[Unit; 2]>,
}

fn unit() -> impl Strategy<Value = Unit> {
    (0..3_usize).prop_map(|i| [Unit::C, Unit::F, Unit::K][i])
}

fn record() -> impl Strategy<Value = Record> {
    (
        prop::option::of(-50_i8..=50),
        prop::option::of(1_u8..=255),
        any::<Option<u16>>(),
        [unit(), unit(), unit()],
        [0_u8..=9, 0_u8..=9, 0_u8..=9, 0_u8..=9],
        prop::option::of(0_u8..=9),
        prop::option::of([unit(), unit()]),
    )
        .prop_map(
            |(offset, full, plain, units, digits, maybe_digit, maybe_units)| Record {
                offset,
                full,
                plain,
                units,
                digits: digits.map(|d| Digit { d }),
                maybe_digit: maybe_digit.map(|d| Digit { d }),
                maybe_units,
            },
        )
}

proptest! {
    #[test]
    fn records_round_trip(r in record()) {
        let packed = RecordPacked::try_from(&r).unwrap();
        prop_assert_eq!(packed.unpack(), r);
        prop_assert_eq!(RecordPacked::from_bytes(&packed.to_bytes()).unwrap(), packed);
        prop_assert_eq!((packed.offset(), packed.full(), packed.units(), packed.maybe_units()), (r.offset, r.full, r.units, r.maybe_units));
    }

    #[test]
    fn a_flipped_bit_is_refused_or_another_valid_record(r in record(), bit in 0..(RecordPacked::BITS as usize)) {
        let mut bytes = RecordPacked::try_from(&r).unwrap().to_bytes();
        bytes[bit / 8] ^= 1 << (bit % 8);
        if let Ok(packed) = RecordPacked::from_bytes(&bytes) {
            prop_assert_eq!(RecordPacked::try_from(&packed.unpack()).unwrap().to_bytes(), bytes);
        }
    }
}

#[test]
fn widths_use_spare_values_and_presence_bits() {
    let widths: Vec<(&str, u32)> = Record::LAYOUT.fields.iter().map(|f| (f.name, f.bits)).collect();
    assert_eq!(
        widths,
        [
            ("offset", 7),      // 101 values and None: 102 < 128
            ("full", 8),        // 255 values and None: 256
            ("plain", 17),      // a presence bit and 16
            ("units", 6),       // 3 x 2
            ("digits", 16),     // 4 x 4
            ("maybe_digit", 5), // a presence bit and 4
            ("maybe_units", 5), // a presence bit and 2 x 2
        ]
    );
}

#[test]
fn rules_reach_into_options_and_arrays() {
    let r = Record {
        offset: None,
        full: None,
        plain: None,
        units: [Unit::C; 3],
        digits: [Digit { d: 0 }; 4],
        maybe_digit: None,
        maybe_units: None,
    };
    let mut packed = RecordPacked::try_from(&r).unwrap();
    assert_eq!(
        packed.to_bytes(),
        [0; 8],
        "None and the first variants are all zero bits"
    );
    assert_eq!(
        packed.set_offset(Some(51)).unwrap_err().to_string(),
        "Record.offset must be <= 50, got 51"
    );
    assert_eq!(
        packed.set_full(Some(0)).unwrap_err().to_string(),
        "Record.full must be >= 1, got 0"
    );
    let err = packed
        .set_digits([Digit { d: 1 }, Digit { d: 2 }, Digit { d: 10 }, Digit { d: 3 }])
        .unwrap_err();
    assert_eq!(err.to_string(), "Record.digits[2].d must be <= 9, got 10");
    let err = packed.set_maybe_digit(Some(Digit { d: 12 })).unwrap_err();
    assert_eq!(err.to_string(), "Record.maybe_digit.d must be <= 9, got 12");
    assert_eq!(packed.unpack(), r, "refused values changed nothing");
    packed.set_offset(Some(-50)).unwrap();
    packed.set_plain(Some(u16::MAX));
    assert_eq!((packed.offset(), packed.plain()), (Some(-50), Some(u16::MAX)));
}
