//! A number as data, so that errors and specs can carry bounds and values of any numeric type.

use core::fmt;

/// A numeric value of any primitive type, kept exactly as the field held it.
///
/// Errors and field specs carry bounds and offending values as `Number`s, so a caller can inspect
/// them without parsing the message.
///
/// # Examples
///
/// ```
/// use slotmodel::Number;
///
/// assert_eq!(Number::from(-3_i8), Number::Signed(-3));
/// assert_eq!(Number::from(7_u64).to_string(), "7");
/// assert_eq!(Number::from(f32::NAN).to_string(), "NaN");
/// assert_eq!(Number::from(0.1_f32).to_string(), "0.1");
/// assert_eq!(Number::from(f64::MAX).to_string(), "1.7976931348623157e308");
/// assert_eq!(Number::from(1e-30_f64).to_string(), "1e-30");
/// assert_eq!(Number::from(-2.5e20_f32).to_string(), "-2.5e20");
/// assert_eq!(Number::from(65535.5_f64).to_string(), "65535.5");
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub enum Number {
    /// A signed integer (`i8` to `i128`, `isize`).
    Signed(i128),
    /// An unsigned integer (`u8` to `u128`, `usize`).
    Unsigned(u128),
    /// An `f32`, kept as `f32` so that it prints as the user wrote it.
    F32(f32),
    /// An `f64`.
    F64(f64),
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Number::Signed(n) => fmt::Display::fmt(n, f),
            Number::Unsigned(n) => fmt::Display::fmt(n, f),
            Number::F32(n) => float(f, f64::from(*n), n),
            Number::F64(n) => float(f, *n, n),
        }
    }
}

/// The shortest text that reads back as the same float (Rust's own), in plain notation where
/// that stays short and with an exponent for huge and tiny magnitudes: `f64::MAX` is
/// `1.7976931348623157e308`, not 309 digits, and `1e-30` is `1e-30`.
fn float<T: fmt::Display + fmt::LowerExp>(f: &mut fmt::Formatter<'_>, wide: f64, n: &T) -> fmt::Result {
    let magnitude = wide.abs();
    if magnitude.is_finite() && magnitude != 0.0 && !(1e-5..1e16).contains(&magnitude) {
        fmt::LowerExp::fmt(n, f)
    } else {
        fmt::Display::fmt(n, f)
    }
}

macro_rules! number_from {
    ($variant:ident as $wide:ty: $($t:ty)*) => {$(
        impl From<$t> for Number {
            #[inline]
            fn from(value: $t) -> Self {
                // Widening casts only: every value of `$t` fits in `$wide`.
                #[allow(clippy::cast_lossless, trivial_numeric_casts)]
                Number::$variant(value as $wide)
            }
        }
    )*};
}

number_from!(Signed as i128: i8 i16 i32 i64 i128 isize);
number_from!(Unsigned as u128: u8 u16 u32 u64 u128 usize);
number_from!(F32 as f32: f32);
number_from!(F64 as f64: f64);

#[cfg(test)]
mod tests {
    extern crate std;
    use super::Number;
    use std::string::ToString;

    #[test]
    fn floats_print_short_and_read_back() {
        let values = [
            0.0,
            -0.0,
            1.0,
            0.1,
            1e-5,
            9.999e-6,
            1e15,
            1e16,
            123_456.789,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            -1e300,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        for value in values {
            let text = Number::F64(value).to_string();
            assert!(text.len() <= 24, "{text}");
            assert_eq!(text.parse::<f64>().unwrap().to_bits(), value.to_bits(), "{text}");
        }
        for value in [f32::MAX, f32::MIN_POSITIVE, 0.1_f32, -3.5e-20_f32, 1e7_f32] {
            let text = Number::F32(value).to_string();
            assert!(text.len() <= 16, "{text}");
            assert_eq!(text.parse::<f32>().unwrap().to_bits(), value.to_bits(), "{text}");
        }
        assert_eq!(Number::F64(f64::NAN).to_string(), "NaN");
    }
}
