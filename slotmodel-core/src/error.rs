//! Validation errors: one [`FieldError`] per refused field, collected in [`ValidationErrors`].

use alloc::borrow::Cow;
use alloc::string::String;
use core::fmt;

use crate::{Errors, Number};

/// Why a field was refused, as data.
///
/// # Examples
///
/// ```
/// use slotmodel::{ErrorKind, FieldError, Number};
///
/// let err = FieldError::new("NetworkConfig", "port", ErrorKind::AboveMax {
///     max: Number::Unsigned(65535),
///     inclusive: true,
///     got: Number::Unsigned(99_999),
/// });
/// assert_eq!(err.to_string(), "NetworkConfig.port must be <= 65535, got 99999");
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The value is less than the (inclusive) minimum.
    BelowMin {
        /// The smallest allowed value.
        min: Number,
        /// The refused value.
        got: Number,
    },
    /// The value is greater than the maximum (or equal to an exclusive maximum).
    AboveMax {
        /// The bound.
        max: Number,
        /// Whether `max` itself is allowed (`..=max`) or not (`..max`).
        inclusive: bool,
        /// The refused value.
        got: Number,
    },
    /// A float field held NaN, which no range contains.
    NotANumber,
    /// The length is less than the (inclusive) minimum length.
    TooShort {
        /// The smallest allowed length.
        min: usize,
        /// The refused length.
        got: usize,
    },
    /// The length is greater than the maximum length (or equal to an exclusive one).
    TooLong {
        /// The bound.
        max: usize,
        /// Whether `max` itself is allowed.
        inclusive: bool,
        /// The refused length.
        got: usize,
    },
    /// A [`Check`](crate::Check) rule refused the value; the message continues the sentence
    /// `Struct.field ...`, e.g. `must be one of "a", "b", got "c"`.
    Custom {
        /// The rule's message.
        message: Cow<'static, str>,
    },
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let op = |inclusive: bool| if inclusive { "<=" } else { "<" };
        match self {
            ErrorKind::BelowMin { min, got } => write!(f, "must be >= {min}, got {got}"),
            ErrorKind::AboveMax { max, inclusive, got } => {
                write!(f, "must be {} {max}, got {got}", op(*inclusive))
            }
            ErrorKind::NotANumber => f.write_str("must be a number, got NaN"),
            ErrorKind::TooShort { min, got } => write!(f, "length must be >= {min}, got {got}"),
            ErrorKind::TooLong { max, inclusive, got } => {
                write!(f, "length must be {} {max}, got {got}", op(*inclusive))
            }
            ErrorKind::Custom { message } => f.write_str(message),
        }
    }
}

/// One refused field: which struct, which field (a path such as `network.port` for nested
/// structs) and why.
///
/// # Examples
///
/// ```
/// use slotmodel::{ErrorKind, FieldError};
///
/// let err = FieldError::new("SensorReading", "value", ErrorKind::NotANumber);
/// assert_eq!(err.struct_name(), "SensorReading");
/// assert_eq!(err.field(), "value");
/// assert_eq!(err.kind(), &ErrorKind::NotANumber);
/// assert_eq!(err.to_string(), "SensorReading.value must be a number, got NaN");
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct FieldError {
    // Inline, not boxed: a refusal is a few stores into the caller's `Result`, with no
    // allocation, so a setter that refuses costs what a hand-written check returning the same
    // facts costs. (`Result<(), FieldError>` stays a plain move: `size_of` is checked in the
    // tests below.)
    struct_name: &'static str,
    field: Cow<'static, str>,
    kind: ErrorKind,
}

impl FieldError {
    /// An error for `struct_name.field`.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::{ErrorKind, FieldError};
    ///
    /// let err = FieldError::new("User", "name", ErrorKind::TooLong { max: 64, inclusive: true, got: 70 });
    /// assert_eq!(err.to_string(), "User.name length must be <= 64, got 70");
    /// ```
    #[must_use]
    pub fn new(struct_name: &'static str, field: impl Into<Cow<'static, str>>, kind: ErrorKind) -> Self {
        FieldError {
            struct_name,
            field: field.into(),
            kind,
        }
    }

    /// The name of the outermost struct that was validated.
    ///
    /// # Examples
    ///
    /// ```
    /// # use slotmodel::{ErrorKind, FieldError};
    /// let err = FieldError::new("User", "age", ErrorKind::NotANumber);
    /// assert_eq!(err.struct_name(), "User");
    /// ```
    #[must_use]
    pub fn struct_name(&self) -> &'static str {
        self.struct_name
    }

    /// The field's path from the outermost struct: `port`, `network.port`, `servers[2].port`,
    /// or `0` for the first field of a tuple struct.
    ///
    /// # Examples
    ///
    /// ```
    /// # use slotmodel::{ErrorKind, FieldError};
    /// let err = FieldError::new("Server", "network.port", ErrorKind::NotANumber);
    /// assert_eq!(err.field(), "network.port");
    /// ```
    #[must_use]
    pub fn field(&self) -> &str {
        &self.field
    }

    /// Why the value was refused.
    ///
    /// # Examples
    ///
    /// ```
    /// # use slotmodel::{ErrorKind, FieldError};
    /// let err = FieldError::new("User", "age", ErrorKind::NotANumber);
    /// assert!(matches!(err.kind(), ErrorKind::NotANumber));
    /// ```
    #[must_use]
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// Re-roots the error under `outer.segment`, as a `#[nested]` field does.
    pub(crate) fn nest(mut self, outer: &'static str, segment: &str) -> Self {
        let separator = if self.field.starts_with('[') { "" } else { "." };
        let mut path = String::with_capacity(segment.len() + separator.len() + self.field.len());
        path.push_str(segment);
        path.push_str(separator);
        path.push_str(&self.field);
        self.struct_name = outer;
        self.field = Cow::Owned(path);
        self
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{} {}", self.struct_name, self.field, self.kind)
    }
}

#[cfg(feature = "std")]
impl std::error::Error for FieldError {}

/// Every refused field of one validation, in field order: an [`Errors`] of [`FieldError`]s.
///
/// # Examples
///
/// ```
/// use slotmodel::{ErrorKind, FieldError, ValidationErrors};
///
/// let errors = ValidationErrors::from(FieldError::new("User", "age", ErrorKind::NotANumber));
/// assert_eq!(errors.len(), 1);
/// assert_eq!(errors.first().field(), "age");
/// assert_eq!(errors.to_string(), "User.age must be a number, got NaN");
/// ```
pub type ValidationErrors = Errors<FieldError>;

impl Errors<FieldError> {
    /// Re-roots every error under `outer.segment`.
    pub(crate) fn nest<'a>(self, outer: &'static str, segment: &'a str) -> impl Iterator<Item = FieldError> + 'a {
        self.into_iter().map(move |e| e.nest(outer, segment))
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::{ErrorKind, FieldError};

    #[test]
    fn sizes() {
        std::println!(
            "ErrorKind {} FieldError {} Result {} Number {}",
            core::mem::size_of::<ErrorKind>(),
            core::mem::size_of::<FieldError>(),
            core::mem::size_of::<Result<(), FieldError>>(),
            core::mem::size_of::<crate::Number>()
        );
    }
}
