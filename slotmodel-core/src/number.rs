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
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
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
            Number::F32(n) => fmt::Display::fmt(n, f),
            Number::F64(n) => fmt::Display::fmt(n, f),
        }
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
