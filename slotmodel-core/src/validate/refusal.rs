//! The inline form of the common refusals (a number out of range, a length out of bounds), so
//! that a [`FieldError`](crate::FieldError) for them is a few words on the stack, with no
//! allocation.

use crate::{ErrorKind, LengthUnit, Number};

/// The type of the numbers of a [`Refusal`], which each fit in 64 bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NumType {
    Signed,
    Unsigned,
    F32,
    F64,
}

impl NumType {
    fn number(self, bits: u64) -> Number {
        // Each arm reverses `pack`: the bits were a value of this type.
        #[allow(clippy::cast_possible_wrap, clippy::cast_possible_truncation)]
        match self {
            NumType::Signed => Number::Signed(i128::from(bits as i64)),
            NumType::Unsigned => Number::Unsigned(u128::from(bits)),
            NumType::F32 => Number::F32(f32::from_bits(bits as u32)),
            NumType::F64 => Number::F64(f64::from_bits(bits)),
        }
    }
}

#[inline(always)]
#[allow(
    clippy::inline_always,
    reason = "called where a refusal is built, so that the kind built beside it folds away"
)]
fn pack(number: Number) -> Option<(u64, NumType)> {
    #[allow(clippy::cast_sign_loss)]
    match number {
        Number::Signed(n) => i64::try_from(n).ok().map(|n| (n as u64, NumType::Signed)),
        Number::Unsigned(n) => u64::try_from(n).ok().map(|n| (n, NumType::Unsigned)),
        Number::F32(n) => Some((u64::from(n.to_bits()), NumType::F32)),
        Number::F64(n) => Some((n.to_bits(), NumType::F64)),
    }
}

/// An [`ErrorKind`] without a message and with numbers of at most 64 bits.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Refusal {
    NotANumber,
    BelowMin {
        min: u64,
        got: u64,
        ty: NumType,
        inclusive: bool,
    },
    AboveMax {
        max: u64,
        got: u64,
        ty: NumType,
        inclusive: bool,
    },
    TooShort {
        min: usize,
        got: usize,
        unit: LengthUnit,
    },
    TooLong {
        max: usize,
        got: usize,
        inclusive: bool,
        unit: LengthUnit,
    },
}

impl Refusal {
    /// The inline form of `kind`, when it has one.
    #[inline(always)]
    #[allow(
        clippy::inline_always,
        reason = "called where a refusal is built, so that the kind built beside it folds away"
    )]
    pub(crate) fn from_kind(kind: &ErrorKind) -> Option<Refusal> {
        Some(match *kind {
            ErrorKind::NotANumber => Refusal::NotANumber,
            ErrorKind::BelowMin { min, inclusive, got } => {
                let ((min, ty), (got, got_ty)) = (pack(min)?, pack(got)?);
                if ty != got_ty {
                    return None;
                }
                Refusal::BelowMin {
                    min,
                    got,
                    ty,
                    inclusive,
                }
            }
            ErrorKind::AboveMax { max, inclusive, got } => {
                let ((max, ty), (got, got_ty)) = (pack(max)?, pack(got)?);
                if ty != got_ty {
                    return None;
                }
                Refusal::AboveMax {
                    max,
                    got,
                    ty,
                    inclusive,
                }
            }
            ErrorKind::TooShort { min, unit, got } => Refusal::TooShort { min, got, unit },
            ErrorKind::TooLong {
                max,
                inclusive,
                unit,
                got,
            } => Refusal::TooLong {
                max,
                got,
                inclusive,
                unit,
            },
            _ => return None,
        })
    }

    pub(crate) fn kind(self) -> ErrorKind {
        match self {
            Refusal::NotANumber => ErrorKind::NotANumber,
            Refusal::BelowMin {
                min,
                got,
                ty,
                inclusive,
            } => ErrorKind::BelowMin {
                min: ty.number(min),
                inclusive,
                got: ty.number(got),
            },
            Refusal::AboveMax {
                max,
                got,
                ty,
                inclusive,
            } => ErrorKind::AboveMax {
                max: ty.number(max),
                inclusive,
                got: ty.number(got),
            },
            Refusal::TooShort { min, got, unit } => ErrorKind::TooShort { min, unit, got },
            Refusal::TooLong {
                max,
                got,
                inclusive,
                unit,
            } => ErrorKind::TooLong {
                max,
                inclusive,
                unit,
                got,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Refusal;
    use crate::{ErrorKind, LengthUnit, Number};

    #[test]
    fn every_kind_that_fits_reads_back_as_it_was() {
        let kinds = [
            ErrorKind::NotANumber,
            ErrorKind::BelowMin {
                min: Number::Signed(i128::from(i64::MIN)),
                inclusive: false,
                got: Number::Signed(i128::from(i64::MIN) + 1),
            },
            ErrorKind::AboveMax {
                max: Number::Unsigned(u128::from(u64::MAX)),
                inclusive: false,
                got: Number::Unsigned(u128::from(u64::MAX)),
            },
            ErrorKind::AboveMax {
                max: Number::F32(1.5),
                inclusive: true,
                got: Number::F32(f32::INFINITY),
            },
            ErrorKind::BelowMin {
                min: Number::F64(-0.0),
                inclusive: true,
                got: Number::F64(-1e300),
            },
            ErrorKind::TooShort {
                min: 3,
                unit: LengthUnit::Bytes,
                got: 0,
            },
            ErrorKind::TooLong {
                max: usize::MAX,
                inclusive: false,
                unit: LengthUnit::Utf16,
                got: usize::MAX,
            },
        ];
        for kind in kinds {
            assert_eq!(Refusal::from_kind(&kind).map(Refusal::kind), Some(kind));
        }
    }

    #[test]
    fn wide_numbers_and_messages_have_no_inline_form() {
        let wide = ErrorKind::AboveMax {
            max: Number::Unsigned(u128::from(u64::MAX) + 1),
            inclusive: true,
            got: Number::Unsigned(u128::MAX),
        };
        assert!(Refusal::from_kind(&wide).is_none());
        let custom = ErrorKind::Custom {
            message: "is odd".into(),
        };
        assert!(Refusal::from_kind(&custom).is_none());
    }
}
