//! Integers stored in fewer whole bytes than their type holds (`#[view(bytes = 3)] sample: i32`,
//! a 24-bit sample): read with sign extension for signed types, written from the low bytes, and
//! a value that the bytes cannot hold refused before it is written.

use alloc::format;

use crate::view::table::{ViewError, ViewItem};
use crate::ErrorKind;

/// An integer type that a view may store in fewer bytes: its value as the 64 bits of its
/// two's complement, and back.
#[doc(hidden)]
pub trait NarrowInt: Copy + Into<i128> {
    /// Whether the stored bytes are sign-extended.
    const SIGNED: bool;
    /// The value's two's complement, sign-extended to 64 bits.
    fn to_bits(self) -> u64;
    /// The value of `bits`, the two's complement of a value of the type sign-extended to 64 bits.
    fn from_bits(bits: u64) -> Self;
}

macro_rules! narrow_unsigned {
    ($($t:ty),*) => {$(
        impl NarrowInt for $t {
            const SIGNED: bool = false;
            #[inline]
            fn to_bits(self) -> u64 {
                u64::from(self)
            }
            #[inline]
            fn from_bits(bits: u64) -> Self {
                <$t>::try_from(bits).unwrap_or(<$t>::MAX)
            }
        }
    )*};
}

macro_rules! narrow_signed {
    ($($t:ty),*) => {$(
        impl NarrowInt for $t {
            const SIGNED: bool = true;
            #[inline]
            fn to_bits(self) -> u64 {
                u64::from_ne_bytes(i64::from(self).to_ne_bytes())
            }
            #[inline]
            fn from_bits(bits: u64) -> Self {
                <$t>::try_from(i64::from_ne_bytes(bits.to_ne_bytes())).unwrap_or(<$t>::MAX)
            }
        }
    )*};
}

narrow_unsigned!(u16, u32, u64);
narrow_signed!(i16, i32, i64);

/// A field of type `T` stored in `N` bytes (`#[view(bytes = N)]`), fewer than `T` takes.
#[doc(hidden)]
#[derive(Clone, Copy, Debug)]
pub struct Narrow<T, const N: usize>(pub T);

impl<T: NarrowInt, const N: usize> Narrow<T, N> {
    /// The smallest and the largest value `N` bytes hold.
    #[must_use]
    pub const fn limits() -> (i128, i128) {
        let bits = 8 * N;
        if T::SIGNED {
            (-(1_i128 << (bits - 1)), (1_i128 << (bits - 1)) - 1)
        } else {
            (0, (1_i128 << bits) - 1)
        }
    }
}

impl<T: NarrowInt, const N: usize> ViewItem for Narrow<T, N> {
    const SIZE: usize = N;
    type Ref<'a> = T;
    #[inline]
    fn get<const BIG: bool>(bytes: &[u8]) -> T {
        Self::read::<BIG>(bytes).0
    }
    #[inline]
    fn read<const BIG: bool>(bytes: &[u8]) -> Self {
        let mut raw = [0_u8; 8];
        if BIG {
            raw[8 - N..].copy_from_slice(&bytes[..N]);
        } else {
            raw[..N].copy_from_slice(&bytes[..N]);
        }
        let bits = if BIG {
            u64::from_be_bytes(raw)
        } else {
            u64::from_le_bytes(raw)
        };
        // The stored bits at the bottom, then their sign bit copied upwards.
        let unused = 64 - 8 * N;
        let bits = if T::SIGNED {
            let shifted = i64::from_ne_bytes((bits << unused).to_ne_bytes()) >> unused;
            u64::from_ne_bytes(shifted.to_ne_bytes())
        } else {
            bits
        };
        Narrow(T::from_bits(bits))
    }
    #[inline]
    fn write<const BIG: bool>(&self, bytes: &mut [u8]) {
        let bits = self.0.to_bits();
        if BIG {
            bytes[..N].copy_from_slice(&bits.to_be_bytes()[8 - N..]);
        } else {
            bytes[..N].copy_from_slice(&bits.to_le_bytes()[..N]);
        }
    }
    #[inline]
    fn fits(&self, type_name: &'static str, field: &'static str, offset: usize) -> Result<(), ViewError> {
        let (min, max) = Self::limits();
        let value: i128 = self.0.into();
        if (min..=max).contains(&value) {
            Ok(())
        } else {
            Err(too_wide(value, (min, max), N, type_name, field, offset))
        }
    }
}

#[cold]
#[inline(never)]
fn too_wide(
    value: i128,
    (min, max): (i128, i128),
    bytes: usize,
    type_name: &'static str,
    field: &'static str,
    offset: usize,
) -> ViewError {
    let kind = ErrorKind::custom(format!(
        "is {value}, which does not fit its {bytes} bytes: it holds {min} ..= {max}"
    ));
    ViewError::invalid(type_name, field, offset, kind)
}
