//! Validation errors: one [`FieldError`] per refused field, collected in [`ValidationErrors`].

use alloc::borrow::Cow;
use alloc::string::String;
use core::fmt;

use alloc::boxed::Box;

use crate::refusal::Refusal;
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

impl ErrorKind {
    /// A [`Custom`](ErrorKind::Custom) refusal with `message`, which continues the sentence
    /// `Struct.field ...`.
    ///
    /// # Examples
    ///
    /// ```
    /// let kind = slotmodel::ErrorKind::custom("must be even, got 7");
    /// assert_eq!(kind.to_string(), "must be even, got 7");
    /// ```
    #[must_use]
    pub fn custom(message: impl Into<Cow<'static, str>>) -> Self {
        ErrorKind::Custom {
            message: message.into(),
        }
    }
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
/// assert_eq!(err.kind(), ErrorKind::NotANumber);
/// assert_eq!(err.to_string(), "SensorReading.value must be a number, got NaN");
/// ```
#[derive(Clone)]
pub struct FieldError {
    repr: Repr,
}

/// Where a refused value was headed: `[struct, field]`, a promoted constant in generated code.
pub type Site = [&'static str; 2];

#[derive(Clone)]
enum Repr {
    // The common refusals, inline: a setter that refuses returns a few words and allocates
    // nothing, as cheap as a hand-written check returning the same facts.
    Inline { site: &'static Site, refusal: Refusal },
    // Paths built at run time (nested fields), messages and 128-bit numbers.
    Owned(Box<Owned>),
}

#[derive(Clone)]
struct Owned {
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
            repr: Repr::Owned(Box::new(Owned {
                struct_name,
                field: field.into(),
                kind,
            })),
        }
    }

    /// An error for the field `site` names, inline when `kind` has an inline form.
    // Inlined into the refusing function, so that the conversion to the inline form folds away.
    #[inline]
    pub(crate) fn at(site: &'static Site, kind: ErrorKind) -> Self {
        match Refusal::from_kind(&kind) {
            Some(refusal) => FieldError {
                repr: Repr::Inline { site, refusal },
            },
            None => FieldError::new(site[0], site[1], kind),
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
        match &self.repr {
            Repr::Inline { site, .. } => site[0],
            Repr::Owned(owned) => owned.struct_name,
        }
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
        match &self.repr {
            Repr::Inline { site, .. } => site[1],
            Repr::Owned(owned) => &owned.field,
        }
    }

    /// Why the value was refused.
    ///
    /// # Examples
    ///
    /// ```
    /// # use slotmodel::{ErrorKind, FieldError};
    /// let err = FieldError::new("User", "age", ErrorKind::NotANumber);
    /// assert_eq!(err.kind(), ErrorKind::NotANumber);
    /// ```
    #[must_use]
    pub fn kind(&self) -> ErrorKind {
        match &self.repr {
            Repr::Inline { refusal, .. } => refusal.kind(),
            Repr::Owned(owned) => owned.kind.clone(),
        }
    }

    /// Re-roots the error under `outer.segment`, as a `#[nested]` field does.
    pub(crate) fn nest(self, outer: &'static str, segment: &str) -> Self {
        let field = self.field();
        let separator = if field.starts_with('[') { "" } else { "." };
        let mut path = String::with_capacity(segment.len() + separator.len() + field.len());
        path.push_str(segment);
        path.push_str(separator);
        path.push_str(field);
        FieldError::new(outer, path, self.kind())
    }
}

impl PartialEq for FieldError {
    fn eq(&self, other: &Self) -> bool {
        self.struct_name() == other.struct_name() && self.field() == other.field() && self.kind() == other.kind()
    }
}

impl fmt::Debug for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FieldError")
            .field("struct_name", &self.struct_name())
            .field("field", &self.field())
            .field("kind", &self.kind())
            .finish()
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A record's position reads as an index of the struct: `Reading[3].value`.
        let separator = if self.field().starts_with('[') { "" } else { "." };
        write!(f, "{}{separator}{} {}", self.struct_name(), self.field(), self.kind())
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
    /// The errors of the record at `index` of a sequence: `[index].field`.
    pub(crate) fn at_index(self, index: usize) -> Self {
        let segment = alloc::format!("[{index}]");
        self.map(|e| {
            let outer = e.struct_name();
            e.nest(outer, &segment)
        })
    }

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
    fn a_refusal_is_a_few_words() {
        // Four words: the site, two 64-bit numbers, and their type and relation.
        assert_eq!(core::mem::size_of::<Result<(), FieldError>>(), 32);
        let err = FieldError::at(&["Server", "port"], ErrorKind::NotANumber);
        assert_eq!(
            std::format!("{err:?}"),
            "FieldError { struct_name: \"Server\", field: \"port\", kind: NotANumber }"
        );
    }
}
