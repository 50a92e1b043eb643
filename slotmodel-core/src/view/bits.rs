//! Bit fields inside view records (`#[view(bits = N)]`).
//!
//! Consecutive bit fields form a run that fills whole bytes. The run is read as one unsigned
//! integer in the record's byte order, and its fields are cut from that integer in declaration
//! order: big-endian runs start at the most significant bit (network headers: IPv4's `version`
//! is the high nibble of its first byte), little-endian runs at the least significant bit (the
//! order C compilers use on little-endian machines). The cutting itself is `Compact`'s bit
//! reader, [`get_bits`] and [`put_bits`], over the run's integer.

use crate::compact::packable::{get_bits, put_bits};
use crate::view::table::ViewError;
use crate::{ErrorKind, Number};

/// A type a bit field can hold: an unsigned integer or `bool`.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a bit field",
    label = "`#[view(bits = N)]` holds an unsigned integer or `bool`",
    note = "declare the field as `u8`, `u16`, `u32`, `u64` or `bool`"
)]
pub trait BitField: Copy {
    /// The value of the field's bits (already masked to the field's width).
    fn from_bits(bits: u64) -> Self;
    /// The value's bits.
    fn to_bits(self) -> u64;
}

macro_rules! bit_fields {
    ($($t:ty),*) => {$(
        impl BitField for $t {
            #[inline]
            #[allow(clippy::cast_possible_truncation, reason = "the bits were masked to the field's width, which fits the type")]
            fn from_bits(bits: u64) -> Self {
                bits as $t
            }
            #[inline]
            fn to_bits(self) -> u64 {
                u64::from(self)
            }
        }
    )*};
}

bit_fields!(u8, u16, u32, u64);

impl BitField for bool {
    #[inline]
    fn from_bits(bits: u64) -> Self {
        bits != 0
    }
    #[inline]
    fn to_bits(self) -> u64 {
        u64::from(self)
    }
}

/// The run's bytes as the little-endian bytes of its integer.
#[inline]
fn run_word<const BIG: bool>(run: &[u8]) -> [u8; 8] {
    let mut word = [0; 8];
    let len = run.len().min(8);
    if BIG {
        for (to, from) in word.iter_mut().zip(run[..len].iter().rev()) {
            *to = *from;
        }
    } else {
        word[..len].copy_from_slice(&run[..len]);
    }
    word
}

/// Reads the field of `width` bits that starts `shift` bits above the least significant bit of
/// the run's integer.
#[doc(hidden)]
#[inline]
#[must_use]
#[allow(clippy::cast_possible_truncation, reason = "at most 64 bits are read")]
pub fn get_view_bits<T: BitField, const BIG: bool>(run: &[u8], shift: u32, width: u32) -> T {
    T::from_bits(get_bits(&run_word::<BIG>(run), shift as usize, width) as u64)
}

/// Writes `value` into its field of the run, leaving the run's other bits as they are.
#[doc(hidden)]
#[inline]
pub fn put_view_bits<T: BitField, const BIG: bool>(run: &mut [u8], shift: u32, width: u32, value: T) {
    let mut word = run_word::<BIG>(run);
    put_bits(&mut word, shift as usize, width, u128::from(value.to_bits()));
    let len = run.len().min(8);
    if BIG {
        for (to, from) in run[..len].iter_mut().rev().zip(word) {
            *to = from;
        }
    } else {
        run[..len].copy_from_slice(&word[..len]);
    }
}

/// The largest value `width` bits hold.
#[doc(hidden)]
#[must_use]
pub const fn bits_max(width: u32) -> u64 {
    if width >= 64 {
        u64::MAX
    } else {
        (1 << width) - 1
    }
}

/// Refuses an owned value too wide for its bit field, before it is written and cut short.
///
/// # Errors
///
/// [`ViewError::InvalidField`] with [`ErrorKind::AboveMax`].
#[doc(hidden)]
pub fn bits_fit<T: BitField>(
    value: T,
    width: u32,
    type_name: &'static str,
    field: &'static str,
    offset: usize,
) -> Result<(), ViewError> {
    let (bits, max) = (value.to_bits(), bits_max(width));
    if bits <= max {
        return Ok(());
    }
    let kind = ErrorKind::AboveMax {
        max: Number::Unsigned(u128::from(max)),
        inclusive: true,
        got: Number::Unsigned(u128::from(bits)),
    };
    Err(ViewError::invalid(type_name, field, offset, kind))
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    #[test]
    fn big_endian_runs_start_at_the_most_significant_bit() {
        // IPv4's first byte: version 4 in the high nibble, header length 5 in the low one.
        let run = [0x45];
        assert_eq!(get_view_bits::<u8, true>(&run, 4, 4), 4);
        assert_eq!(get_view_bits::<u8, true>(&run, 0, 4), 5);
        // Flags (3 bits) and fragment offset (13 bits): 0b010 (don't fragment), 0x1234.
        let run = [0x40 | 0x12, 0x34];
        assert_eq!(get_view_bits::<u8, true>(&run, 13, 3), 0b010);
        assert_eq!(get_view_bits::<u16, true>(&run, 0, 13), 0x1234);
    }

    #[test]
    fn writing_keeps_the_neighbours() {
        let mut run = [0x45, 0xAB];
        put_view_bits::<u16, true>(&mut run, 4, 8, 0xCD_u16);
        assert_eq!(run, [0x4C, 0xDB]);
        put_view_bits::<bool, false>(&mut run, 15, 1, true);
        assert_eq!(run, [0x4C, 0xDB]);
        put_view_bits::<bool, false>(&mut run, 0, 1, false);
        assert_eq!(run, [0x4C, 0xDB]);
        put_view_bits::<bool, false>(&mut run, 2, 1, false);
        assert_eq!(run, [0x48, 0xDB]);
    }

    #[test]
    fn too_wide_values_are_refused() {
        assert!(bits_fit(15_u8, 4, "Header", "ihl", 0).is_ok());
        let error = bits_fit(16_u8, 4, "Header", "ihl", 0).unwrap_err();
        assert_eq!(error.to_string(), "Header.ihl at byte 0 must be <= 15, got 16");
        assert!(bits_fit(u64::MAX, 64, "Header", "all", 0).is_ok());
    }
}
