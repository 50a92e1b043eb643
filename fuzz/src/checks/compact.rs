//! `<Name>Packed` made from arbitrary field values (`try_from`) and arbitrary bytes
//! (`from_bytes`), and changed through its setters. The plain struct's `validate()` and setters
//! are the reference: the packed form must refuse what they refuse.

use slotmodel::{rules, Compact, Validate};

use super::input::Input;

/// A fieldless enum: 2 bits, one pattern unused.
#[derive(Compact, Clone, Copy, Debug, PartialEq)]
pub enum Unit {
    Celsius,
    Fahrenheit,
    Kelvin,
}

/// Nested inside [`Reading`], with a bound of its own.
#[derive(Compact, Validate, Clone, Copy, Debug, PartialEq)]
pub struct Inner {
    #[bounded(-3..=3)]
    s: i8,
    flag: bool,
    unit: Unit,
}

/// Offsets from a minimum, full-width fields, floats with and without bounds, a `#[check]`, a
/// nested struct and a layout over 128 bits.
#[derive(Compact, Validate, Clone, Copy, Debug)]
pub struct Reading {
    #[bounded(1000..=1003)]
    code: u32,
    #[bounded(max = 4_294_967_295)]
    timestamp: u64,
    #[bounded(min = -1_000_000, max = 1_000_000)]
    level: i32,
    #[bounded(..250)]
    #[check(rules::multiple_of(5))]
    step: u8,
    #[bounded(min = -1.0, max = 1.0)]
    gain: f64,
    value: f32,
    precise: f64,
    on: bool,
    unit: Unit,
    #[nested]
    inner: Inner,
    wide: u128,
    letter: char,
    #[bounded(min = i128::MIN + 1)]
    deep: i128,
    #[bounded(min = -5)]
    low: i16,
}

const FIELDS: usize = 14;
/// The operation selector past the fields' and `try_from`'s.
const BYTES: usize = FIELDS + 1;

fn unit(input: &mut Input) -> Unit {
    [Unit::Celsius, Unit::Fahrenheit, Unit::Kelvin][usize::from(input.u8() % 3)]
}

/// Replaces field `i` with any value at all (a struct literal skips the validated constructor):
/// one field's bytes per setter, so that one input holds many setter calls.
fn read_field(r: &mut Reading, i: usize, input: &mut Input) {
    match i {
        0 => r.code = input.u32(),
        1 => r.timestamp = input.u64(),
        2 => r.level = input.i32(),
        3 => r.step = input.u8(),
        4 => r.gain = input.f64(),
        5 => r.value = input.f32(),
        6 => r.precise = input.f64(),
        7 => r.on = input.bool(),
        8 => r.unit = unit(input),
        9 => {
            r.inner = Inner {
                s: input.i8(),
                flag: input.bool(),
                unit: unit(input),
            }
        }
        10 => r.wide = input.u128(),
        11 => r.letter = input.char(),
        12 => r.deep = input.i128(),
        _ => r.low = input.i16(),
    }
}

fn read(input: &mut Input) -> Reading {
    let mut r = VALID;
    for i in 0..FIELDS {
        read_field(&mut r, i, input);
    }
    r
}

/// Every field as bits, floats included, so that NaN payloads compare exactly.
fn bits(r: &Reading) -> [u128; FIELDS] {
    let signed = |v: i128| u128::from_le_bytes(v.to_le_bytes());
    let inner = (signed(r.inner.s.into()) & 0xff) | (u128::from(r.inner.flag) << 8) | ((r.inner.unit as u128) << 9);
    [
        r.code.into(),
        r.timestamp.into(),
        signed(r.level.into()),
        r.step.into(),
        r.gain.to_bits().into(),
        r.value.to_bits().into(),
        r.precise.to_bits().into(),
        r.on.into(),
        r.unit as u128,
        inner,
        r.wide,
        u32::from(r.letter).into(),
        signed(r.deep),
        signed(r.low.into()),
    ]
}

/// The packed value read back field by field through its getters.
fn read_back(p: &ReadingPacked) -> Reading {
    Reading {
        code: p.code(),
        timestamp: p.timestamp(),
        level: p.level(),
        step: p.step(),
        gain: p.gain(),
        value: p.value(),
        precise: p.precise(),
        on: p.on(),
        unit: p.unit(),
        inner: p.inner(),
        wide: p.wide(),
        letter: p.letter(),
        deep: p.deep(),
        low: p.low(),
    }
}

/// Both setters' outcomes, as error text.
macro_rules! checked {
    ($packed:ident, $plain:ident, $setter:ident($value:expr)) => {
        [
            $packed.$setter($value).map_err(|e| e.to_string()),
            $plain.$setter($value).map_err(|e| e.to_string()),
        ]
    };
}

/// Setters that accept every value of their type.
macro_rules! unchecked {
    ($packed:ident, $plain:ident, $setter:ident($value:expr)) => {{
        $packed.$setter($value);
        $plain.$setter($value);
        [Ok(()), Ok(())]
    }};
}

/// Sets one field of the packed value and, as the reference, of the plain struct.
fn set(packed: &mut ReadingPacked, plain: &mut Reading, field: usize, v: &Reading) -> [Result<(), String>; 2] {
    match field {
        0 => checked!(packed, plain, set_code(v.code)),
        1 => checked!(packed, plain, set_timestamp(v.timestamp)),
        2 => checked!(packed, plain, set_level(v.level)),
        3 => checked!(packed, plain, set_step(v.step)),
        4 => checked!(packed, plain, set_gain(v.gain)),
        5 => unchecked!(packed, plain, set_value(v.value)),
        6 => unchecked!(packed, plain, set_precise(v.precise)),
        7 => unchecked!(packed, plain, set_on(v.on)),
        8 => unchecked!(packed, plain, set_unit(v.unit)),
        9 => checked!(packed, plain, set_inner(v.inner)),
        10 => unchecked!(packed, plain, set_wide(v.wide)),
        11 => unchecked!(packed, plain, set_letter(v.letter)),
        12 => checked!(packed, plain, set_deep(v.deep)),
        _ => checked!(packed, plain, set_low(v.low)),
    }
}

/// Packs arbitrary field values: packing succeeds exactly when `validate()` does, with the same
/// errors, and a packed value reads back what was packed, through `unpack` and every getter.
fn check_pack(value: &Reading) -> Option<ReadingPacked> {
    match (ReadingPacked::try_from(value), value.validate()) {
        (Ok(packed), Ok(())) => {
            assert_eq!(
                bits(&packed.unpack()),
                bits(value),
                "unpack must give back what was packed"
            );
            assert_eq!(
                bits(&read_back(&packed)),
                bits(value),
                "every getter must read its field"
            );
            assert_eq!(bits(&Reading::from(packed)), bits(value));
            let _ = format!("{packed:?}");
            Some(packed)
        }
        (Err(refused), Err(invalid)) => {
            assert_eq!(
                refused.to_string(),
                invalid.to_string(),
                "packing and validate() must agree"
            );
            None
        }
        (packed, valid) => panic!("try_from gave {packed:?} where validate() gave {valid:?} for {value:?}"),
    }
}

/// One packed setter with an arbitrary value: it refuses what the plain setter refuses, a
/// refused value changes no bit, and an accepted one reads back equal and leaves the rest.
fn check_set(packed: &mut ReadingPacked, field: usize, input: &mut Input) {
    let before = *packed;
    let mut plain = before.unpack();
    let mut candidate = plain;
    read_field(&mut candidate, field, input);
    let [got, expected] = set(packed, &mut plain, field, &candidate);
    assert_eq!(
        got, expected,
        "field {field}: the packed setter must refuse what the plain one refuses"
    );
    if got.is_err() {
        assert!(*packed == before, "field {field}: a refused value must change no bit");
    } else {
        assert_eq!(
            bits(&packed.unpack())[field],
            bits(&candidate)[field],
            "field {field} must read back"
        );
        assert_eq!(
            bits(&read_back(packed)),
            bits(&plain),
            "field {field}: the others must stay"
        );
        assert_eq!(ReadingPacked::from_bytes(&packed.to_bytes()).ok(), Some(*packed));
        let repacked = ReadingPacked::try_from(&plain).expect("a value the setters accepted packs");
        assert!(
            *packed == repacked,
            "field {field}: setting must write the bits packing writes"
        );
    }
}

/// Bytes from outside: the current record's bytes with arbitrary bits flipped. `from_bytes` must
/// take back unflipped bytes, and whatever it takes must be exactly the bytes `try_from` writes
/// for the value they hold: one encoding per value, which `Eq` and `Hash` on bits rely on.
fn check_bytes(packed: &ReadingPacked, input: &mut Input) -> Option<ReadingPacked> {
    let flips: [u8; ReadingPacked::SIZE] = input.array();
    let mut bytes = packed.to_bytes();
    for (byte, flip) in bytes.iter_mut().zip(flips) {
        *byte ^= flip;
    }
    match ReadingPacked::from_bytes(&bytes) {
        Ok(stored) => {
            let value = stored.unpack();
            assert_eq!(stored.to_bytes(), bytes);
            assert!(
                value.validate().is_ok(),
                "from_bytes took a record that breaks a rule: {value:?}"
            );
            assert_eq!(
                bits(&read_back(&stored)),
                bits(&value),
                "every getter must read its field"
            );
            let canonical = ReadingPacked::try_from(&value).expect("a valid value packs");
            assert!(
                canonical == stored,
                "from_bytes took {bytes:?}, which packs as {:?}",
                canonical.to_bytes()
            );
            Some(stored)
        }
        Err(errors) => {
            assert!(
                flips.iter().any(|&f| f != 0),
                "from_bytes refused a record's own bytes: {errors}"
            );
            assert!(errors.to_string().starts_with("Reading."), "{errors}");
            None
        }
    }
}

/// A sequence of operations, each a selector byte and its values: `try_from` of a whole value,
/// `from_bytes` of flipped bytes, or one setter. Inputs concatenate into an input that does what both did, which keeps the
/// checked-in corpus to a few files.
///
/// # Panics
///
/// When packing or a setter breaks what [`check_pack`], [`check_bytes`] and [`check_set`]
/// assert.
pub fn compact_values(data: &[u8]) {
    let mut input = Input::new(data);
    let mut packed = ReadingPacked::try_from(&VALID).expect("the reference value is valid");
    while !input.is_empty() {
        match usize::from(input.u8()) % (FIELDS + 2) {
            FIELDS => packed = check_pack(&read(&mut input)).unwrap_or(packed),
            BYTES => packed = check_bytes(&packed, &mut input).unwrap_or(packed),
            field => check_set(&mut packed, field, &mut input),
        }
    }
}

const VALID: Reading = Reading {
    code: 1000,
    timestamp: 0,
    level: 0,
    step: 0,
    gain: 0.0,
    value: f32::NAN,
    precise: -0.0,
    on: false,
    unit: Unit::Kelvin,
    inner: Inner {
        s: -3,
        flag: true,
        unit: Unit::Celsius,
    },
    wide: u128::MAX,
    letter: '\u{10FFFF}',
    deep: i128::MAX,
    low: -5,
};
