//! `#[derive(Validate)]` constructors and setters fed arbitrary numbers, NaN and infinities
//! included, against rules written out independently of the macro.

use slotmodel::{rules, FieldError, Validate};

use super::input::Input;

/// Every numeric rule shape: inclusive, exclusive and open ranges, signed and unsigned, floats,
/// `#[check]` rules alone and beside a bound, an `Option`, and a field without rules.
#[derive(Validate, Debug, Clone)]
pub struct Limits {
    #[bounded(min = 1, max = 65535)]
    port: u32,
    #[bounded(..10)]
    digit: u8,
    #[bounded(-5..)]
    offset: i64,
    #[bounded(max = -1)]
    negative: i128,
    #[bounded(0.0..=1.0)]
    ratio: f64,
    #[bounded(min = -1.5)]
    temperature: f32,
    #[bounded(-1.0..1.0)]
    unit: f32,
    #[check(rules::finite())]
    finite: f64,
    #[bounded(max = 300)]
    #[check(rules::multiple_of(3))]
    step: u16,
    #[check(rules::multiple_of(-7))]
    stride: i64,
    #[check(rules::one_of(&[-1, 0, 1]))]
    sign: i8,
    #[bounded(1..=65535)]
    spare: Option<u16>,
    #[bounded(1..)]
    count: usize,
    #[bounded(-100..=100)]
    delta: isize,
    free: f64,
}

const FIELDS: usize = 15;

/// Candidate values for every field of [`Limits`].
#[derive(Clone, Copy)]
struct Values {
    port: u32,
    digit: u8,
    offset: i64,
    negative: i128,
    ratio: f64,
    temperature: f32,
    unit: f32,
    finite: f64,
    step: u16,
    stride: i64,
    sign: i8,
    spare: Option<u16>,
    count: usize,
    delta: isize,
    free: f64,
}

impl Values {
    /// A copy with field `i` replaced by a value from `input`: one field's bytes per setter,
    /// so that one input holds many setter calls.
    fn with_field(mut self, i: usize, input: &mut Input) -> Self {
        match i {
            0 => self.port = input.u32(),
            1 => self.digit = input.u8(),
            2 => self.offset = input.i64(),
            3 => self.negative = input.i128(),
            4 => self.ratio = input.f64(),
            5 => self.temperature = input.f32(),
            6 => self.unit = input.f32(),
            7 => self.finite = input.f64(),
            8 => self.step = input.u16(),
            9 => self.stride = input.i64(),
            10 => self.sign = input.i8(),
            11 => self.spare = input.bool().then(|| input.u16()),
            12 => self.count = usize::try_from(input.u64()).unwrap_or(usize::MAX),
            13 => self.delta = isize::try_from(input.i64()).unwrap_or(isize::MIN),
            _ => self.free = input.f64(),
        }
        self
    }

    fn read(input: &mut Input) -> Self {
        (0..FIELDS).fold(VALID, |values, i| values.with_field(i, input))
    }

    fn of(limits: &Limits) -> Self {
        Values {
            port: limits.port(),
            digit: limits.digit(),
            offset: limits.offset(),
            negative: limits.negative(),
            ratio: limits.ratio(),
            temperature: limits.temperature(),
            unit: limits.unit(),
            finite: limits.finite(),
            step: limits.step(),
            stride: limits.stride(),
            sign: limits.sign(),
            spare: limits.spare(),
            count: limits.count(),
            delta: limits.delta(),
            free: limits.free(),
        }
    }

    /// The rules of [`Limits`], written out by hand; a comparison with NaN is false, so NaN
    /// fails every range as it must.
    fn accepted(&self) -> [bool; FIELDS] {
        [
            (1..=65535).contains(&self.port),
            self.digit < 10,
            self.offset >= -5,
            self.negative <= -1,
            (0.0..=1.0).contains(&self.ratio),
            self.temperature >= -1.5,
            (-1.0..1.0).contains(&self.unit),
            self.finite.is_finite(),
            self.step <= 300 && self.step % 3 == 0,
            self.stride % 7 == 0,
            [-1, 0, 1].contains(&self.sign),
            self.spare.is_none_or(|p| p >= 1),
            self.count >= 1,
            (-100..=100).contains(&self.delta),
            true,
        ]
    }

    /// Every field as bits, so that NaN payloads and signed zeros compare exactly.
    fn bits(&self) -> [u128; FIELDS] {
        let signed = |v: i128| u128::from_le_bytes(v.to_le_bytes());
        [
            u128::from(self.port),
            u128::from(self.digit),
            signed(self.offset.into()),
            signed(self.negative),
            self.ratio.to_bits().into(),
            self.temperature.to_bits().into(),
            self.unit.to_bits().into(),
            self.finite.to_bits().into(),
            self.step.into(),
            signed(self.stride.into()),
            signed(self.sign.into()),
            self.spare.map_or(1 << 64, u128::from),
            u128::try_from(self.count).unwrap_or(u128::MAX),
            signed(i128::try_from(self.delta).unwrap_or(i128::MIN)),
            self.free.to_bits().into(),
        ]
    }
}

const NAMES: [&str; FIELDS] = [
    "port",
    "digit",
    "offset",
    "negative",
    "ratio",
    "temperature",
    "unit",
    "finite",
    "step",
    "stride",
    "sign",
    "spare",
    "count",
    "delta",
    "free",
];

fn build(v: Values) -> Result<Limits, slotmodel::ValidationErrors> {
    Limits::new(
        v.port,
        v.digit,
        v.offset,
        v.negative,
        v.ratio,
        v.temperature,
        v.unit,
        v.finite,
        v.step,
        v.stride,
        v.sign,
        v.spare,
        v.count,
        v.delta,
        v.free,
    )
}

fn set(limits: &mut Limits, field: usize, v: Values) -> Result<(), FieldError> {
    match field {
        0 => limits.set_port(v.port),
        1 => limits.set_digit(v.digit),
        2 => limits.set_offset(v.offset),
        3 => limits.set_negative(v.negative),
        4 => limits.set_ratio(v.ratio),
        5 => limits.set_temperature(v.temperature),
        6 => limits.set_unit(v.unit),
        7 => limits.set_finite(v.finite),
        8 => limits.set_step(v.step),
        9 => limits.set_stride(v.stride),
        10 => limits.set_sign(v.sign),
        11 => limits.set_spare(v.spare),
        12 => limits.set_count(v.count),
        13 => limits.set_delta(v.delta),
        _ => {
            limits.set_free(v.free);
            Ok(())
        }
    }
}

/// `new` with arbitrary values: it refuses exactly the fields that break a rule, in order, and
/// keeps every value it accepts.
fn check_new(values: Values) -> Option<Limits> {
    let expected = values.accepted();
    match build(values) {
        Ok(limits) => {
            assert!(
                expected.iter().all(|&ok| ok),
                "`new` accepted a value that breaks a rule"
            );
            assert_eq!(Values::of(&limits).bits(), values.bits(), "`new` changed a value");
            Some(limits)
        }
        Err(errors) => {
            let refused: Vec<&str> = errors.iter().map(FieldError::field).collect();
            let broken: Vec<&str> = (0..FIELDS).filter(|&i| !expected[i]).map(|i| NAMES[i]).collect();
            assert_eq!(
                refused, broken,
                "`new` must refuse exactly the fields that break a rule"
            );
            None
        }
    }
}

/// One setter with an arbitrary value: a refused value changes nothing; an accepted one reads
/// back bit for bit and leaves the other fields alone.
fn check_set(limits: &mut Limits, field: usize, input: &mut Input) {
    let candidate = Values::of(limits).with_field(field, input);
    let before = Values::of(limits).bits();
    let outcome = set(limits, field, candidate);
    let after = Values::of(limits).bits();
    let name = NAMES[field];
    match outcome {
        Ok(()) => {
            assert!(
                candidate.accepted()[field],
                "set_{name} accepted a value that breaks a rule"
            );
            let mut expected = before;
            expected[field] = candidate.bits()[field];
            assert_eq!(after, expected, "set_{name} must store exactly its value");
        }
        Err(error) => {
            assert!(
                !candidate.accepted()[field],
                "set_{name} refused a valid value: {error}"
            );
            assert_eq!(after, before, "a refused set_{name} must change nothing");
            assert_eq!((error.struct_name(), error.field()), ("Limits", name));
            assert!(error.to_string().starts_with(&format!("Limits.{name} ")));
        }
    }
    limits.validate().expect("setters keep every rule");
}

/// A sequence of operations, each a selector byte and its values: `new` with values for every
/// field, or one setter. Inputs concatenate into an input that does what both did, which keeps
/// the checked-in corpus to a few files.
///
/// # Panics
///
/// When `new` or a setter breaks what [`check_new`] and [`check_set`] assert.
pub fn validate_setters(data: &[u8]) {
    let mut input = Input::new(data);
    let mut limits = build(VALID).expect("the reference values are valid");
    while !input.is_empty() {
        match usize::from(input.u8()) % (FIELDS + 1) {
            FIELDS => limits = check_new(Values::read(&mut input)).unwrap_or(limits),
            field => check_set(&mut limits, field, &mut input),
        }
    }
}

const VALID: Values = Values {
    port: 8080,
    digit: 9,
    offset: -5,
    negative: -1,
    ratio: 1.0,
    temperature: -1.5,
    unit: -1.0,
    finite: 0.0,
    step: 300,
    stride: -7,
    sign: 1,
    spare: None,
    count: 1,
    delta: 100,
    free: f64::NAN,
};
