//! Lengths and tags computed from earlier fields (`#[view(len = (ihl - 5) * 4)]`): every step
//! in checked `i128` arithmetic, `None` from the first step that overflows or divides by zero,
//! and a result that is no length (negative, or wider than memory) refused with the field named.

use alloc::format;
use alloc::string::String;

use crate::view::table::ViewError;
use crate::ErrorKind;

/// A field's value as an operand: `None` for a `u128` beyond `i128`.
#[doc(hidden)]
#[inline]
pub fn expr_value<T: TryInto<i128>>(value: T) -> Option<i128> {
    value.try_into().ok()
}

macro_rules! checked_ops {
    ($($name:ident => $op:ident),*) => {$(
        #[doc(hidden)]
        #[inline]
        #[must_use]
        pub fn $name(a: Option<i128>, b: Option<i128>) -> Option<i128> {
            a?.$op(b?)
        }
    )*};
}

checked_ops!(expr_add => checked_add, expr_sub => checked_sub, expr_mul => checked_mul, expr_div => checked_div, expr_rem => checked_rem);

/// `a << b`, refused when a bit would be lost (as `a * 2^b` overflowing).
#[doc(hidden)]
#[inline]
#[must_use]
pub fn expr_shl(a: Option<i128>, b: Option<i128>) -> Option<i128> {
    let shift = u32::try_from(b?).ok().filter(|shift| *shift < 127)?;
    a?.checked_mul(1_i128 << shift)
}

/// `a >> b`.
#[doc(hidden)]
#[inline]
#[must_use]
pub fn expr_shr(a: Option<i128>, b: Option<i128>) -> Option<i128> {
    a?.checked_shr(u32::try_from(b?).ok()?)
}

/// `a & b`.
#[doc(hidden)]
#[inline]
#[must_use]
pub fn expr_and(a: Option<i128>, b: Option<i128>) -> Option<i128> {
    Some(a? & b?)
}

/// `a | b`.
#[doc(hidden)]
#[inline]
#[must_use]
pub fn expr_or(a: Option<i128>, b: Option<i128>) -> Option<i128> {
    Some(a? | b?)
}

/// `a ^ b`.
#[doc(hidden)]
#[inline]
#[must_use]
pub fn expr_xor(a: Option<i128>, b: Option<i128>) -> Option<i128> {
    Some(a? ^ b?)
}

macro_rules! comparisons {
    ($($name:ident => $op:tt),*) => {$(
        #[doc(hidden)]
        #[inline]
        #[must_use]
        pub fn $name(a: Option<i128>, b: Option<i128>) -> Option<i128> {
            Some(i128::from(a? $op b?))
        }
    )*};
}

comparisons!(expr_eq => ==, expr_ne => !=, expr_lt => <, expr_le => <=, expr_gt => >, expr_ge => >=);

/// `a && b`: 1 when both are not zero.
#[doc(hidden)]
#[inline]
#[must_use]
pub fn expr_both(a: Option<i128>, b: Option<i128>) -> Option<i128> {
    Some(i128::from(a? != 0 && b? != 0))
}

/// `a || b`: 1 when either is not zero.
#[doc(hidden)]
#[inline]
#[must_use]
pub fn expr_either(a: Option<i128>, b: Option<i128>) -> Option<i128> {
    Some(i128::from(a? != 0 || b? != 0))
}

/// Whether a conditional field is present: its condition `expr` is not zero.
///
/// # Errors
///
/// [`ViewError::InvalidField`] on `field` when the arithmetic overflowed or divided by zero.
#[doc(hidden)]
#[inline]
pub fn view_when(
    value: Option<i128>,
    expr: &'static str,
    type_name: &'static str,
    field: &'static str,
    offset: usize,
) -> Result<bool, ViewError> {
    match value {
        Some(value) => Ok(value != 0),
        None => Err(not_computed(value, "condition", expr, type_name, field, offset)),
    }
}

/// Refuses, before a record is written, a conditional field whose presence its condition over
/// the fields written before it does not give.
///
/// # Errors
///
/// [`ViewError::InvalidField`] on `field`.
#[doc(hidden)]
#[inline]
pub fn view_when_agrees(
    value: Option<i128>,
    present: bool,
    expr: &'static str,
    type_name: &'static str,
    field: &'static str,
    offset: usize,
) -> Result<(), ViewError> {
    match view_when(value, expr, type_name, field, offset)? {
        holds if holds == present => Ok(()),
        holds => Err(when_disagrees(present, holds, expr, type_name, field, offset)),
    }
}

#[cold]
#[inline(never)]
fn when_disagrees(
    present: bool,
    holds: bool,
    expr: &str,
    type_name: &'static str,
    field: &'static str,
    offset: usize,
) -> ViewError {
    let (is, fix) = if present {
        ("`Some`", "`None`")
    } else {
        ("`None`", "`Some`")
    };
    let kind = ErrorKind::custom(format!(
        "is {is}, but its condition `{expr}` is {holds}: make it {fix}, or set the fields the condition reads"
    ));
    ViewError::invalid(type_name, field, offset, kind)
}

/// The length `expr` computed, as a count.
///
/// # Errors
///
/// [`ViewError::InvalidField`] on `field`, the field whose length it is, when the arithmetic
/// overflowed or divided by zero, or the result is negative or wider than memory.
#[doc(hidden)]
#[inline]
pub fn view_expr_len(
    value: Option<i128>,
    expr: &'static str,
    type_name: &'static str,
    field: &'static str,
    offset: usize,
) -> Result<usize, ViewError> {
    match value.map(usize::try_from) {
        Some(Ok(length)) => Ok(length),
        _ => Err(not_computed(value, "length", expr, type_name, field, offset)),
    }
}

/// The tag `expr` computed.
///
/// # Errors
///
/// [`ViewError::InvalidField`] on `field`, the union, when the arithmetic overflowed or divided
/// by zero, or the result is negative or wider than 64 bits.
#[doc(hidden)]
#[inline]
pub fn view_expr_tag(
    value: Option<i128>,
    expr: &'static str,
    type_name: &'static str,
    field: &'static str,
    offset: usize,
) -> Result<u64, ViewError> {
    match value.map(u64::try_from) {
        Some(Ok(tag)) => Ok(tag),
        _ => Err(not_computed(value, "tag", expr, type_name, field, offset)),
    }
}

/// The tag `expr` computed from fields a view already checked: one no variant carries if it
/// could not be.
#[doc(hidden)]
#[inline]
#[must_use]
pub fn expr_tag(value: Option<i128>) -> u64 {
    value.and_then(|tag| u64::try_from(tag).ok()).unwrap_or(u64::MAX)
}

#[cold]
#[inline(never)]
fn not_computed(
    value: Option<i128>,
    what: &str,
    expr: &str,
    type_name: &'static str,
    field: &'static str,
    offset: usize,
) -> ViewError {
    let message = match value {
        None => format!("has the {what} `{expr}`, which overflows or divides by zero"),
        Some(value) if value < 0 => format!("has the {what} `{expr}` = {value}, which is negative"),
        Some(value) => format!("has the {what} `{expr}` = {value}, which is too large"),
    };
    ViewError::invalid(type_name, field, offset, ErrorKind::custom(message))
}

/// Refuses, before a `Vec` of `elements` elements is written, a length `expr` over the fields
/// written before it that does not give `elements * unit` (`unit` 1 for `count = ..` and bytes,
/// the element's size for `len = ..` over wider elements, 0 for a tagged union whose variant takes
/// `elements` bytes).
///
/// # Errors
///
/// [`ViewError::InvalidField`] on `field`, the `Vec`.
#[doc(hidden)]
#[inline]
pub fn view_expr_agrees(
    value: Option<i128>,
    (elements, unit): (usize, usize),
    expr: &'static str,
    type_name: &'static str,
    field: &'static str,
    offset: usize,
) -> Result<(), ViewError> {
    let expected = crate::view::run::bytes_held(elements, unit).and_then(|e| i128::try_from(e).ok());
    if expected.is_some() && value == expected {
        Ok(())
    } else {
        Err(expr_disagrees(value, (elements, unit), expr, type_name, field, offset))
    }
}

#[cold]
#[inline(never)]
fn expr_disagrees(
    value: Option<i128>,
    (elements, unit): (usize, usize),
    expr: &str,
    type_name: &'static str,
    field: &'static str,
    offset: usize,
) -> ViewError {
    let held = crate::view::run::held(elements, unit);
    let computed = value.map_or_else(|| String::from("overflows"), |value| format!("is {value}"));
    let kind = ErrorKind::custom(format!(
        "holds {held}, but its length `{expr}` {computed}: set the fields it reads so that it is {}",
        crate::view::run::bytes_held(elements, unit).unwrap_or(usize::MAX)
    ));
    ViewError::invalid(type_name, field, offset, kind)
}
