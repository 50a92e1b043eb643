//! Ready-made [`Check`] rules for `#[check(...)]`.
//!
//! ```
//! use slotmodel::{rules, Validate};
//!
//! #[derive(Validate, Debug)]
//! struct Job {
//!     #[check(rules::one_of(&["low", "high"]))]
//!     priority: String,
//!     #[check(rules::non_empty())]
//!     tags: Vec<String>,
//!     #[check(rules::finite())]
//!     weight: f64,
//!     #[check(rules::multiple_of(512))]
//!     block: u32,
//! }
//!
//! let err = Job::new("mid".into(), vec![], f64::INFINITY, 100).unwrap_err();
//! assert_eq!(err.to_string(), "Job.priority must be one of \"low\", \"high\", got \"mid\"\n\
//!                             Job.tags must not be empty\n\
//!                             Job.weight must be finite, got inf\n\
//!                             Job.block must be a multiple of 512, got 100");
//! ```

pub use crate::validate::text_rules::*;

use alloc::borrow::Cow;
use alloc::format;
use alloc::string::String;
use core::fmt::{self, Write as _};

use crate::{Check, HasLength};

/// The value must equal one of a fixed set. See [`one_of`].
///
/// # Examples
///
/// ```
/// use slotmodel::{rules, Check};
///
/// let rule = rules::one_of(&[1_u8, 2, 4]);
/// assert!(rule.check(&2).is_ok());
/// assert_eq!(rule.check(&3).unwrap_err(), "must be one of 1, 2, 4, got 3");
/// ```
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct OneOf<T: 'static>(pub &'static [T]);

/// The value must equal one of `allowed` (strings compare with `String` and `&str` fields).
///
/// # Examples
///
/// ```
/// use slotmodel::{rules, Check};
///
/// let rule = rules::one_of(&["csv", "json"]);
/// assert!(rule.check("json").is_ok());
/// assert!(Check::<String>::check(&rule, &"xml".to_owned()).is_err());
/// ```
#[must_use]
pub const fn one_of<T>(allowed: &'static [T]) -> OneOf<T> {
    OneOf(allowed)
}

impl<T> OneOf<T> {
    fn refuse(&self, got: &dyn fmt::Debug) -> Cow<'static, str>
    where
        T: fmt::Debug,
    {
        let mut message = String::from("must be one of ");
        for (i, allowed) in self.0.iter().enumerate() {
            let separator = if i == 0 { "" } else { ", " };
            // Writing to a String cannot fail.
            let _ = write!(message, "{separator}{allowed:?}");
        }
        let _ = write!(message, ", got {got:?}");
        Cow::Owned(message)
    }
}

macro_rules! one_of_values {
    ($($t:ty)*) => {$(
        impl Check<$t> for OneOf<$t> {
            fn check(&self, value: &$t) -> Result<(), Cow<'static, str>> {
                if self.0.contains(value) { Ok(()) } else { Err(self.refuse(value)) }
            }
        }
    )*};
}

one_of_values!(i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize char bool);

impl Check<str> for OneOf<&'static str> {
    fn check(&self, value: &str) -> Result<(), Cow<'static, str>> {
        if self.0.contains(&value) {
            Ok(())
        } else {
            Err(self.refuse(&value))
        }
    }
}

impl Check<String> for OneOf<&'static str> {
    fn check(&self, value: &String) -> Result<(), Cow<'static, str>> {
        Check::<str>::check(self, value)
    }
}

impl Check<&str> for OneOf<&'static str> {
    fn check(&self, value: &&str) -> Result<(), Cow<'static, str>> {
        Check::<str>::check(self, value)
    }
}

/// The value (a string, collection, slice or array) must not be empty. See [`non_empty`].
///
/// # Examples
///
/// ```
/// use slotmodel::{rules::NonEmpty, Check};
///
/// assert!(NonEmpty.check("x").is_ok());
/// assert_eq!(NonEmpty.check("").unwrap_err(), "must not be empty");
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct NonEmpty;

/// The value must not be empty.
///
/// # Examples
///
/// ```
/// use slotmodel::{rules, Check};
///
/// assert!(rules::non_empty().check(&vec![1]).is_ok());
/// assert!(rules::non_empty().check(&Vec::<u8>::new()).is_err());
/// ```
#[must_use]
pub const fn non_empty() -> NonEmpty {
    NonEmpty
}

impl<T: HasLength + ?Sized> Check<T> for NonEmpty {
    fn check(&self, value: &T) -> Result<(), Cow<'static, str>> {
        match value.length() {
            Some(0) => Err(Cow::Borrowed("must not be empty")),
            _ => Ok(()),
        }
    }
}

/// A float must be finite: neither NaN nor an infinity. See [`finite`].
///
/// # Examples
///
/// ```
/// use slotmodel::{rules::Finite, Check};
///
/// assert!(Finite.check(&1.5_f32).is_ok());
/// assert_eq!(Finite.check(&f64::NEG_INFINITY).unwrap_err(), "must be finite, got -inf");
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct Finite;

/// A float must be finite.
///
/// # Examples
///
/// ```
/// use slotmodel::{rules, Check};
///
/// assert!(rules::finite().check(&f64::NAN).is_err());
/// ```
#[must_use]
pub const fn finite() -> Finite {
    Finite
}

macro_rules! finite_floats {
    ($($t:ty)*) => {$(
        impl Check<$t> for Finite {
            fn check(&self, value: &$t) -> Result<(), Cow<'static, str>> {
                if value.is_finite() { Ok(()) } else { Err(Cow::Owned(format!("must be finite, got {value}"))) }
            }
        }
    )*};
}

finite_floats!(f32 f64);

/// An integer must be a multiple of a step. See [`multiple_of`].
///
/// # Examples
///
/// ```
/// use slotmodel::{rules, Check};
///
/// assert!(rules::multiple_of(4_u16).check(&12).is_ok());
/// assert_eq!(rules::multiple_of(4_u16).check(&13).unwrap_err(), "must be a multiple of 4, got 13");
/// ```
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct MultipleOf<T>(pub T);

/// An integer must be a multiple of `step` (a `step` of zero accepts only zero).
///
/// # Examples
///
/// ```
/// use slotmodel::{rules, Check};
///
/// assert!(rules::multiple_of(8_u32).check(&64).is_ok());
/// ```
#[must_use]
pub const fn multiple_of<T>(step: T) -> MultipleOf<T> {
    MultipleOf(step)
}

macro_rules! multiple_of_ints {
    ($($t:ty)*) => {$(
        impl Check<$t> for MultipleOf<$t> {
            fn check(&self, value: &$t) -> Result<(), Cow<'static, str>> {
                let ok = match value.checked_rem(self.0) {
                    Some(rest) => rest == 0,
                    // Division by zero, or MIN % -1 (which is a multiple).
                    None => self.0 != 0 || *value == 0,
                };
                if ok { Ok(()) } else { Err(Cow::Owned(format!("must be a multiple of {}, got {value}", self.0))) }
            }
        }
    )*};
}

multiple_of_ints!(i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize);

/// A rule from a plain function and the message to show when it refuses. See [`predicate`].
///
/// # Examples
///
/// ```
/// use slotmodel::{rules, Check};
///
/// let lowercase = rules::predicate(|s: &str| s.chars().all(char::is_lowercase), "must be lowercase");
/// assert!(lowercase.check("abc").is_ok());
/// assert_eq!(lowercase.check("aBc").unwrap_err(), "must be lowercase");
/// ```
#[derive(Clone, Copy)]
#[non_exhaustive]
pub struct Predicate<F>(pub F, pub &'static str);

impl<F> fmt::Debug for Predicate<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Predicate").field(&self.1).finish()
    }
}

/// A rule from a function returning `true` for accepted values.
///
/// # Examples
///
/// ```
/// use slotmodel::{rules, Validate};
///
/// fn is_even(n: &u32) -> bool { n % 2 == 0 }
///
/// #[derive(Validate, Debug)]
/// struct Pairs {
///     #[check(rules::predicate(is_even, "must be even"))]
///     count: u32,
/// }
///
/// assert_eq!(Pairs::new(3).unwrap_err().to_string(), "Pairs.count must be even");
/// ```
#[must_use]
pub const fn predicate<T: ?Sized>(accept: fn(&T) -> bool, message: &'static str) -> Predicate<fn(&T) -> bool> {
    Predicate(accept, message)
}

impl<T: ?Sized, F: Fn(&T) -> bool> Check<T> for Predicate<F> {
    fn check(&self, value: &T) -> Result<(), Cow<'static, str>> {
        if (self.0)(value) {
            Ok(())
        } else {
            Err(Cow::Borrowed(self.1))
        }
    }
}

/// `#[check(matches = other)]`: the value equals another field's, as a password must equal its
/// confirmation. Made by [`matches()`].
///
/// # Examples
///
/// ```
/// use slotmodel::{rules, Check, ErrorKind};
///
/// let password = String::from("s3cret");
/// assert_eq!(rules::matches(&password, "password").check_kind(&"s3cret".to_owned()), Ok(()));
/// assert_eq!(
///     rules::matches(&password, "password").check_kind(&"secret".to_owned()),
///     Err(ErrorKind::Mismatch { other: "password" }),
/// );
/// ```
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct Matches<'a, T: ?Sized> {
    /// The value to equal.
    pub other: &'a T,
    /// The field it comes from, for the error.
    pub name: &'static str,
}

/// A rule accepting values equal to `other`, the value of the field `name`.
///
/// # Examples
///
/// ```
/// use slotmodel::{rules, Check};
///
/// assert!(rules::matches(&7, "limit").check(&7).is_ok());
/// ```
#[must_use]
pub const fn matches<'a, T: ?Sized>(other: &'a T, name: &'static str) -> Matches<'a, T> {
    Matches { other, name }
}

impl<T: PartialEq + ?Sized> Check<T> for Matches<'_, T> {
    fn check(&self, value: &T) -> Result<(), Cow<'static, str>> {
        self.check_kind(value)
            .map_err(|kind| Cow::Owned(alloc::string::ToString::to_string(&kind)))
    }

    fn check_kind(&self, value: &T) -> Result<(), crate::ErrorKind> {
        if value == self.other {
            Ok(())
        } else {
            Err(crate::ErrorKind::Mismatch { other: self.name })
        }
    }
}
