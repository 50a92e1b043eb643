//! Bounds checks that run during constant evaluation, for the generated `new_const`: a refused
//! value stops compilation with the same message that `new` returns at run time.

use crate::{Bound, FieldSpec, Number, Rule};

/// A message assembled in a fixed buffer, since `const fn` cannot allocate or use `format!`.
struct Message {
    buf: [u8; 256],
    len: usize,
}

impl Message {
    const fn new() -> Self {
        Message { buf: [0; 256], len: 0 }
    }

    const fn push_bytes(mut self, bytes: &[u8]) -> Self {
        let mut i = 0;
        while i < bytes.len() && self.len < self.buf.len() {
            self.buf[self.len] = bytes[i];
            self.len += 1;
            i += 1;
        }
        self
    }

    const fn push_str(self, s: &str) -> Self {
        self.push_bytes(s.as_bytes())
    }

    const fn push_unsigned(self, mut n: u128) -> Self {
        let mut digits = [0_u8; 39];
        let mut start = digits.len();
        loop {
            start -= 1;
            // `n % 10` is below 10, so the cast keeps every bit.
            #[allow(clippy::cast_possible_truncation)]
            let digit = (n % 10) as u8;
            digits[start] = b'0' + digit;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        let (_, tail) = digits.split_at(start);
        self.push_bytes(tail)
    }

    const fn push_signed(self, n: i128) -> Self {
        let this = if n < 0 { self.push_str("-") } else { self };
        this.push_unsigned(n.unsigned_abs())
    }

    /// Prints a float close to `Display`: integers without a fraction, otherwise up to six
    /// decimals with trailing zeros trimmed, and an exponent for very large magnitudes.
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "the value is finite, non-negative and below 1e16 where it is cast"
    )]
    const fn push_float(self, value: f64) -> Self {
        if value.is_nan() {
            return self.push_str("NaN");
        }
        let this = if value.is_sign_negative() && value != 0.0 {
            self.push_str("-")
        } else {
            self
        };
        let mut magnitude = value.abs();
        if magnitude.is_infinite() {
            return this.push_str("inf");
        }
        let mut exponent = 0_u128;
        if magnitude >= 1e16 {
            while magnitude >= 10.0 {
                magnitude /= 10.0;
                exponent += 1;
            }
        }
        let scaled = (magnitude * 1e6 + 0.5) as u128;
        let mut this = this.push_unsigned(scaled / 1_000_000);
        let mut fraction = scaled % 1_000_000;
        if fraction != 0 {
            let mut width = 6;
            while fraction % 10 == 0 {
                fraction /= 10;
                width -= 1;
            }
            this = this.push_str(".");
            let mut pad = width - digit_count(fraction);
            while pad > 0 {
                this = this.push_str("0");
                pad -= 1;
            }
            this = this.push_unsigned(fraction);
        }
        if exponent > 0 {
            this = this.push_str("e").push_unsigned(exponent);
        }
        this
    }

    const fn fail(self) -> ! {
        let (bytes, _) = self.buf.split_at(self.len);
        match core::str::from_utf8(bytes) {
            Ok(message) => panic!("{}", message),
            Err(_) => panic!("a bounded field is out of range"),
        }
    }
}

const fn digit_count(mut n: u128) -> u32 {
    let mut count = 1;
    while n >= 10 {
        n /= 10;
        count += 1;
    }
    count
}

const fn head(struct_name: &str, field: &str) -> Message {
    Message::new().push_str(struct_name).push_str(".").push_str(field)
}

const fn lower_op(inclusive: bool) -> &'static str {
    if inclusive {
        " must be >= "
    } else {
        " must be > "
    }
}

const fn upper_op(inclusive: bool) -> &'static str {
    if inclusive {
        " must be <= "
    } else {
        " must be < "
    }
}

/// Checks an unsigned integer field during constant evaluation.
#[doc(hidden)]
pub const fn unsigned(
    struct_name: &str,
    field: &str,
    value: u128,
    min: Option<u128>,
    max: Option<u128>,
    [min_inclusive, max_inclusive]: [bool; 2],
) {
    if let Some(min) = min {
        if value < min || (!min_inclusive && value == min) {
            head(struct_name, field)
                .push_str(lower_op(min_inclusive))
                .push_unsigned(min)
                .push_str(", got ")
                .push_unsigned(value)
                .fail();
        }
    }
    if let Some(max) = max {
        if value > max || (!max_inclusive && value == max) {
            head(struct_name, field)
                .push_str(upper_op(max_inclusive))
                .push_unsigned(max)
                .push_str(", got ")
                .push_unsigned(value)
                .fail();
        }
    }
}

/// Checks a signed integer field during constant evaluation.
#[doc(hidden)]
pub const fn signed(
    struct_name: &str,
    field: &str,
    value: i128,
    min: Option<i128>,
    max: Option<i128>,
    [min_inclusive, max_inclusive]: [bool; 2],
) {
    if let Some(min) = min {
        if value < min || (!min_inclusive && value == min) {
            head(struct_name, field)
                .push_str(lower_op(min_inclusive))
                .push_signed(min)
                .push_str(", got ")
                .push_signed(value)
                .fail();
        }
    }
    if let Some(max) = max {
        if value > max || (!max_inclusive && value == max) {
            head(struct_name, field)
                .push_str(upper_op(max_inclusive))
                .push_signed(max)
                .push_str(", got ")
                .push_signed(value)
                .fail();
        }
    }
}

/// Checks a float field during constant evaluation; NaN is always refused.
#[doc(hidden)]
#[allow(clippy::float_cmp, reason = "an exclusive bound excludes exactly that value")]
pub const fn float(
    struct_name: &str,
    field: &str,
    value: f64,
    min: Option<f64>,
    max: Option<f64>,
    [min_inclusive, max_inclusive]: [bool; 2],
) {
    if value.is_nan() {
        head(struct_name, field).push_str(" must be a number, got NaN").fail();
    }
    if let Some(min) = min {
        if value < min || (!min_inclusive && value == min) {
            head(struct_name, field)
                .push_str(lower_op(min_inclusive))
                .push_float(min)
                .push_str(", got ")
                .push_float(value)
                .fail();
        }
    }
    if let Some(max) = max {
        if value > max || (!max_inclusive && value == max) {
            head(struct_name, field)
                .push_str(upper_op(max_inclusive))
                .push_float(max)
                .push_str(", got ")
                .push_float(value)
                .fail();
        }
    }
}

/// Checks a field's value against the range rules of its `FIELDS` entry; NaN is always refused.
const fn check_field(struct_name: &str, spec: &FieldSpec, value: Number) {
    let mut i = 0;
    while i < spec.rules.len() {
        if let Rule::Range {
            min,
            min_inclusive,
            max,
            max_inclusive,
        } = &spec.rules[i]
        {
            let (min, max, name, inclusive) = (min.as_ref(), max.as_ref(), spec.name, [*min_inclusive, *max_inclusive]);
            match value {
                Number::Unsigned(value) => {
                    unsigned(struct_name, name, value, as_unsigned(min), as_unsigned(max), inclusive);
                }
                Number::Signed(value) => {
                    signed(struct_name, name, value, as_signed(min), as_signed(max), inclusive);
                }
                Number::F32(value) => {
                    float(struct_name, name, value as f64, as_float(min), as_float(max), inclusive);
                }
                Number::F64(value) => {
                    float(struct_name, name, value, as_float(min), as_float(max), inclusive);
                }
            }
        }
        i += 1;
    }
}

/// One checker per primitive type, named after it, so that `new_const` passes its arguments
/// as they are: no casts, and no lint allowances for them, in every user's crate. Each checks a
/// run of consecutive fields of its type, `values`, whose `FIELDS` entries start at `first`:
/// one call per run keeps `new_const` short, and a `const fn`'s body is written into the
/// crate's metadata at every build.
macro_rules! typed_checks {
    ($variant:ident as $wide:ty: $($ty:ident)*) => {$(
        #[doc(hidden)]
        #[allow(clippy::cast_lossless, clippy::unnecessary_cast, trivial_numeric_casts, reason = "`From` is not `const`")]
        pub const fn $ty(struct_name: &str, fields: &[FieldSpec], first: usize, values: &[$ty]) {
            let mut i = 0;
            while i < values.len() {
                check_field(struct_name, &fields[first + i], Number::$variant(values[i] as $wide));
                i += 1;
            }
        }
    )*};
}

typed_checks!(Unsigned as u128: u8 u16 u32 u64 u128 usize);
typed_checks!(Signed as i128: i8 i16 i32 i64 i128 isize);
typed_checks!(F64 as f64: f32 f64);

const fn as_unsigned(bound: Option<&Bound>) -> Option<u128> {
    match bound {
        Some(Bound {
            value: Some(Number::Unsigned(value)),
            ..
        }) => Some(*value),
        _ => None,
    }
}

const fn as_signed(bound: Option<&Bound>) -> Option<i128> {
    match bound {
        Some(Bound {
            value: Some(Number::Signed(value)),
            ..
        }) => Some(*value),
        _ => None,
    }
}

#[allow(clippy::cast_lossless, reason = "`f64::from` is not a `const fn`")]
const fn as_float(bound: Option<&Bound>) -> Option<f64> {
    match bound {
        Some(Bound {
            value: Some(Number::F64(value)),
            ..
        }) => Some(*value),
        Some(Bound {
            value: Some(Number::F32(value)),
            ..
        }) => Some(*value as f64),
        _ => None,
    }
}

/// Stops compilation when a type outgrows its `#[slotmodel(max_size = N)]` budget.
#[doc(hidden)]
pub const fn max_size(type_name: &str, size: usize, budget: usize) {
    if size > budget {
        Message::new()
            .push_str("`")
            .push_str(type_name)
            .push_str("` takes ")
            .push_unsigned(size as u128)
            .push_str(" bytes, over its `max_size` budget of ")
            .push_unsigned(budget as u128)
            .push_str(" bytes; shrink its fields or raise the budget")
            .fail();
    }
}

/// Stops compilation when a tagged union has a tag that its record's tag field cannot hold: that
/// variant could never be read, nor written.
#[doc(hidden)]
pub const fn tags_fit(tags: &[u64], bits: u32, signed: bool, record: &str, tag_field: &str, tag_type: &str) {
    let value_bits = if signed { bits - 1 } else { bits };
    let max = if value_bits >= 64 {
        u64::MAX
    } else {
        (1 << value_bits) - 1
    };
    let mut i = 0;
    while i < tags.len() {
        if tags[i] > max {
            Message::new()
                .push_str("tag ")
                .push_unsigned(tags[i] as u128)
                .push_str(" does not fit `")
                .push_str(record)
                .push_str(".")
                .push_str(tag_field)
                .push_str("`, a `")
                .push_str(tag_type)
                .push_str("` of at most ")
                .push_unsigned(max as u128)
                .push_str(": that variant could never be read; widen the tag field or change the tag")
                .fail();
        }
        i += 1;
    }
}

/// Refuses a `Vec` run whose elements take no bytes: no length in the bytes could count them, so
/// every index would find an element.
///
/// # Panics
///
/// When `size` is 0, stopping compilation with a message that names the field.
#[doc(hidden)]
pub const fn run_element(size: usize, record: &str, field: &str) {
    if size == 0 {
        Message::new()
            .push_str("`")
            .push_str(record)
            .push_str(".")
            .push_str(field)
            .push_str("` is a run of elements of 0 bytes, which no count in the bytes can measure: give the element type a field, or remove the run")
            .fail();
    }
}

/// Refuses a tagged union without a length, some variant of which takes the rest of the bytes
/// (`#[view(rest)]`), before other fields: that variant would leave them none.
///
/// # Panics
///
/// When `rest` holds, stopping compilation with a message that names the field.
#[doc(hidden)]
pub const fn union_rest_last(rest: bool, record: &str, field: &str) {
    if rest {
        Message::new()
            .push_str("`")
            .push_str(record)
            .push_str(".")
            .push_str(field)
            .push_str("` holds a variant that takes every byte after it (`#[view(rest)]`), and fields follow it: give the union its length with `#[view(tag = .., len = ..)]`, or make it the last field")
            .fail();
    }
}

/// A view's computed size, as a type: `Bytes<1028>`.
#[doc(hidden)]
pub struct Bytes<const N: usize>;

/// Implemented by `Bytes<M>` alone, so that a `#[view(size = M)]` that differs from the
/// fields' size is one error naming both sizes, rather than a failed constant evaluation.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "the fields take {Self}, but `#[view(size = {M})]` declares {M}",
    label = "declared here",
    note = "fix the fields or the declared size"
)]
pub trait SizeIs<const M: usize> {}

impl<const N: usize> SizeIs<N> for Bytes<N> {}

/// Compiles only when `B` is `Bytes<M>`: see [`SizeIs`].
#[doc(hidden)]
pub const fn view_size<B: SizeIs<M>, const M: usize>() {}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::Message;
    use std::string::String;

    fn float_text(value: f64) -> String {
        let message = Message::new().push_float(value);
        String::from_utf8(message.buf[..message.len].to_vec()).unwrap()
    }

    #[test]
    fn floats_print_like_display_for_common_values() {
        for value in [0.0, 1.0, -2.5, 100.0, 0.1, 0.05, 123.456, -0.001] {
            assert_eq!(float_text(value), std::format!("{value}"));
        }
        assert_eq!(float_text(f64::from(0.1_f32)), "0.1");
        assert_eq!(float_text(f64::INFINITY), "inf");
        assert_eq!(float_text(f64::NEG_INFINITY), "-inf");
        assert_eq!(float_text(f64::NAN), "NaN");
        assert_eq!(float_text(1e300), "1e300");
    }

    #[test]
    fn integers_print_exactly() {
        let message = Message::new()
            .push_signed(i128::MIN)
            .push_str(" ")
            .push_unsigned(u128::MAX);
        let text = String::from_utf8(message.buf[..message.len].to_vec()).unwrap();
        assert_eq!(text, std::format!("{} {}", i128::MIN, u128::MAX));
    }
}
