//! `<Name>Packed::to_bytes` / `from_bytes`: every record round-trips, and bytes from outside are
//! accepted only when they are exactly what `to_bytes` writes for a record that passes its rules.

use proptest::prelude::*;
use slotmodel::{Compact, ErrorKind};

#[derive(Compact, Debug, Clone, Copy, PartialEq)]
enum Unit {
    Celsius,
    Fahrenheit,
    Kelvin,
}

#[derive(Compact, Debug, Clone, Copy, PartialEq)]
struct Inner {
    #[bounded(-3..=3)]
    trim: i8,
    unit: Unit,
}

// 32 + 32 + 2 + 3 + 2 + 21 + 7 = 99 bits in 13 bytes: 5 padding bits.
#[derive(Compact, Debug, Clone, Copy, PartialEq)]
struct Reading {
    #[bounded(max = 4_294_967_295)]
    timestamp: u64,
    value: f32,
    unit: Unit,
    inner: Inner,
    code: char,
    #[bounded(..=100)]
    percent: u8,
}

fn reading() -> impl Strategy<Value = Reading> {
    let unit = || (0..3_usize).prop_map(|i| [Unit::Celsius, Unit::Fahrenheit, Unit::Kelvin][i]);
    (
        0..=u64::from(u32::MAX),
        any::<u32>(),
        unit(),
        -3_i8..=3,
        unit(),
        any::<char>(),
        0_u8..=100,
    )
        .prop_map(|(timestamp, bits, unit, trim, inner_unit, code, percent)| Reading {
            timestamp,
            value: f32::from_bits(bits),
            unit,
            inner: Inner { trim, unit: inner_unit },
            code,
            percent,
        })
}

proptest! {
    #[test]
    fn records_round_trip_through_bytes(r in reading()) {
        let packed = ReadingPacked::try_from(&r).unwrap();
        let bytes = packed.to_bytes();
        let back = ReadingPacked::from_bytes(&bytes).unwrap();
        prop_assert_eq!(back, packed);
        prop_assert_eq!(back.to_bytes(), bytes);
    }

    #[test]
    fn bytes_are_accepted_only_as_to_bytes_writes_them(bytes in any::<[u8; 13]>()) {
        accepted_only_as_written(bytes)?;
    }

    // Random bytes are mostly refused at once; a flipped bit in a valid record reaches every check.
    #[test]
    fn a_flipped_bit_is_refused_or_another_valid_record(r in reading(), bit in 0..104_usize) {
        let mut bytes = ReadingPacked::try_from(&r).unwrap().to_bytes();
        bytes[bit / 8] ^= 1 << (bit % 8);
        accepted_only_as_written(bytes)?;
    }
}

fn accepted_only_as_written(bytes: [u8; 13]) -> Result<(), TestCaseError> {
    if let Ok(packed) = ReadingPacked::from_bytes(&bytes) {
        let record = packed.unpack();
        prop_assert_eq!(ReadingPacked::try_from(&record).unwrap().to_bytes(), bytes);
    }
    Ok(())
}

#[test]
fn a_stable_format_lowest_bit_first() {
    #[derive(Compact, Debug, Clone, Copy, PartialEq)]
    struct Pair {
        #[bounded(10..=25)]
        a: u8,
        flag: bool,
        unit: Unit,
    }
    let packed = PairPacked::try_from(&Pair {
        a: 13,
        flag: true,
        unit: Unit::Kelvin,
    })
    .unwrap();
    // a - 10 = 3 in bits 0..=3, flag in bit 4, Kelvin (2) in bits 5..=6.
    assert_eq!(packed.to_bytes(), [0b0101_0011]);
}

#[test]
fn corrupt_bytes_name_what_is_wrong() {
    let good = ReadingPacked::try_from(&Reading {
        timestamp: 7,
        value: 1.5,
        unit: Unit::Kelvin,
        inner: Inner {
            trim: 0,
            unit: Unit::Celsius,
        },
        code: 'é',
        percent: 100,
    })
    .unwrap()
    .to_bytes();

    let mut bad_unit = good;
    bad_unit[8] |= 0b11; // bits 64..=65: unit code 3, no variant
    let err = ReadingPacked::from_bytes(&bad_unit).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Reading.unit holds bits that encode no value of its type"
    );

    let mut bad_inner = good;
    bad_inner[8] |= 0b110_0000; // bits 69..=70: the inner unit, after its 3-bit trim
    assert_eq!(
        ReadingPacked::from_bytes(&bad_inner).unwrap_err().first().field(),
        "inner"
    );

    let mut surrogate = good;
    // bits 71..=91 hold the char: write 0xD800, a surrogate.
    let code = u128::from(0xD800_u32);
    slotmodel::put_bits(&mut surrogate, 71, 21, code);
    assert_eq!(
        ReadingPacked::from_bytes(&surrogate).unwrap_err().first().field(),
        "code"
    );

    let mut over = good;
    slotmodel::put_bits(&mut over, 92, 7, 101); // percent 101
    let err = ReadingPacked::from_bytes(&over).unwrap_err();
    assert_eq!(err.to_string(), "Reading.percent must be <= 100, got 101");

    let mut padding = good;
    padding[12] |= 0b1000_0000;
    let err = ReadingPacked::from_bytes(&padding).unwrap_err();
    assert_eq!(err.first().field(), "<padding>");
    assert!(matches!(err.first().kind(), ErrorKind::Custom { .. }));
}
