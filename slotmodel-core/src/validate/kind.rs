//! Why a field was refused, as data: [`ErrorKind`] and the enums its variants carry
//! ([`LengthUnit`], [`IpVersion`], [`TextRule`]).

use alloc::borrow::Cow;
use alloc::string::String;
use core::fmt;

use crate::Number;

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
    /// The value is less than the minimum (or equal to an exclusive one).
    BelowMin {
        /// The bound.
        min: Number,
        /// Whether `min` itself is allowed (`min = ..`) or not (`min_exclusive = ..`).
        inclusive: bool,
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
        /// What the length counts.
        unit: LengthUnit,
        /// The refused length.
        got: usize,
    },
    /// The length is greater than the maximum length (or equal to an exclusive one).
    TooLong {
        /// The bound.
        max: usize,
        /// Whether `max` itself is allowed.
        inclusive: bool,
        /// What the length counts.
        unit: LengthUnit,
        /// The refused length.
        got: usize,
    },
    /// `#[check(required)]`: an `Option` field held `None`.
    Required,
    /// `#[check(email)]`: not an email address as the HTML living standard defines a valid one.
    Email {
        /// The refused value.
        got: String,
    },
    /// `#[check(url)]`: not an absolute URL the `url` crate parses.
    Url {
        /// The refused value.
        got: String,
        /// Why the parser refused it.
        reason: Cow<'static, str>,
    },
    /// `#[check(ip)]`, `ipv4`, `ipv6`: not an IP address of that version.
    Ip {
        /// The version asked for.
        version: IpVersion,
        /// The refused value.
        got: String,
    },
    /// `#[check(pattern = "..")]`: the regular expression does not match.
    Pattern {
        /// The pattern as written.
        pattern: &'static str,
        /// The refused value.
        got: String,
    },
    /// `#[check(ascii)]`, `alphanumeric`, `contains = ..`, `not_contains = ..`, `prefix = ..`,
    /// `suffix = ..`: a rule on a string's characters or substrings.
    Text {
        /// The rule, with its argument.
        rule: TextRule,
        /// The refused value.
        got: String,
    },
    /// `#[check(matches = other)]`: the field differs from the field it must equal.
    Mismatch {
        /// The field it must equal.
        other: &'static str,
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

impl ErrorKind {
    /// The stable name, in snake case, of this kind of refusal: the `code` of its JSON form (feature
    /// `serde`) when the rule gives no `code = ".."` of its own.
    ///
    /// | kind | code |
    /// | --- | --- |
    /// | `BelowMin`, `AboveMax` | `below_min`, `above_max` |
    /// | `NotANumber` | `not_a_number` |
    /// | `TooShort`, `TooLong` | `too_short`, `too_long` |
    /// | `Required`, `Email`, `Url`, `Ip`, `Pattern`, `Text` | `required`, `email`, `url`, `ip`, `pattern`, `text` |
    /// | `Mismatch`, `Custom` | `mismatch`, `custom` |
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::{ErrorKind, Number};
    ///
    /// let kind = ErrorKind::BelowMin { min: Number::Signed(13), inclusive: true, got: Number::Signed(7) };
    /// assert_eq!(kind.code(), "below_min");
    /// assert_eq!(ErrorKind::Required.code(), "required");
    /// ```
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            ErrorKind::BelowMin { .. } => "below_min",
            ErrorKind::AboveMax { .. } => "above_max",
            ErrorKind::NotANumber => "not_a_number",
            ErrorKind::TooShort { .. } => "too_short",
            ErrorKind::TooLong { .. } => "too_long",
            ErrorKind::Required => "required",
            ErrorKind::Email { .. } => "email",
            ErrorKind::Url { .. } => "url",
            ErrorKind::Ip { .. } => "ip",
            ErrorKind::Pattern { .. } => "pattern",
            ErrorKind::Text { .. } => "text",
            ErrorKind::Mismatch { .. } => "mismatch",
            ErrorKind::Custom { .. } => "custom",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let op = |inclusive: bool, below: bool| match (inclusive, below) {
            (true, true) => ">=",
            (false, true) => ">",
            (true, false) => "<=",
            (false, false) => "<",
        };
        match self {
            ErrorKind::BelowMin { min, inclusive, got } => {
                write!(f, "must be {} {min}, got {got}", op(*inclusive, true))
            }
            ErrorKind::AboveMax { max, inclusive, got } => {
                write!(f, "must be {} {max}, got {got}", op(*inclusive, false))
            }
            ErrorKind::NotANumber => f.write_str("must be a number, got NaN"),
            ErrorKind::TooShort { min, unit, got } => write!(f, "{} must be >= {min}, got {got}", unit.noun()),
            ErrorKind::TooLong {
                max,
                inclusive,
                unit,
                got,
            } => {
                write!(f, "{} must be {} {max}, got {got}", unit.noun(), op(*inclusive, false))
            }
            ErrorKind::Required => f.write_str("is required"),
            ErrorKind::Email { got } => write!(f, "must be an email address, got {got:?}"),
            ErrorKind::Url { got, reason } => write!(f, "must be a URL ({reason}), got {got:?}"),
            ErrorKind::Ip { version, got } => write!(f, "must be {}, got {got:?}", version.noun()),
            ErrorKind::Pattern { pattern, got } => write!(f, "must match /{pattern}/, got {got:?}"),
            ErrorKind::Text { rule, got } => write!(f, "{rule}, got {got:?}"),
            ErrorKind::Mismatch { other } => write!(f, "must equal {other}"),
            ErrorKind::Custom { message } => f.write_str(message),
        }
    }
}

/// What a length rule counts.
///
/// # Examples
///
/// ```
/// use slotmodel::LengthUnit;
///
/// let text = "né👍";
/// assert_eq!(LengthUnit::Chars.measure(text), 3);
/// assert_eq!(LengthUnit::Bytes.measure(text), 7);
/// assert_eq!(LengthUnit::Utf16.measure(text), 4);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LengthUnit {
    /// Characters (Unicode scalar values) of a string, elements of a collection: `len = ..`.
    Chars,
    /// UTF-8 bytes of a string: `bytes = ..`.
    Bytes,
    /// UTF-16 code units, as JavaScript and HTML's `maxlength` count: `utf16 = ..`.
    Utf16,
    /// Extended grapheme clusters, the characters a reader sees: `graphemes = ..` (feature
    /// `unicode`).
    #[cfg(feature = "unicode")]
    Graphemes,
}

impl LengthUnit {
    /// The `#[bounded]` key of this unit: `len`, `bytes`, `utf16`, `graphemes`.
    pub(crate) fn key(self) -> &'static str {
        match self {
            LengthUnit::Chars => "len",
            LengthUnit::Bytes => "bytes",
            LengthUnit::Utf16 => "utf16",
            #[cfg(feature = "unicode")]
            LengthUnit::Graphemes => "graphemes",
        }
    }

    /// The name of this unit in the JSON form of errors: `chars`, `bytes`, `utf16`, `graphemes`.
    #[cfg(feature = "serde")]
    pub(crate) fn wire_name(self) -> &'static str {
        match self {
            LengthUnit::Chars => "chars",
            LengthUnit::Bytes => "bytes",
            LengthUnit::Utf16 => "utf16",
            #[cfg(feature = "unicode")]
            LengthUnit::Graphemes => "graphemes",
        }
    }

    fn noun(self) -> &'static str {
        match self {
            LengthUnit::Chars => "length",
            LengthUnit::Bytes => "length in bytes",
            LengthUnit::Utf16 => "length in UTF-16 units",
            #[cfg(feature = "unicode")]
            LengthUnit::Graphemes => "length in graphemes",
        }
    }

    /// The length of `text` in this unit.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(slotmodel::LengthUnit::Bytes.measure("é"), 2);
    /// ```
    #[must_use]
    pub fn measure(self, text: &str) -> usize {
        match self {
            LengthUnit::Chars => text.chars().count(),
            LengthUnit::Bytes => text.len(),
            LengthUnit::Utf16 => text.chars().map(char::len_utf16).sum(),
            #[cfg(feature = "unicode")]
            LengthUnit::Graphemes => unicode_segmentation::UnicodeSegmentation::graphemes(text, true).count(),
        }
    }
}

/// The IP version an `ip`, `ipv4` or `ipv6` rule asks for.
///
/// # Examples
///
/// ```
/// use slotmodel::{ErrorKind, IpVersion};
///
/// let kind = ErrorKind::Ip { version: IpVersion::V4, got: "::1".into() };
/// assert_eq!(kind.to_string(), "must be an IPv4 address, got \"::1\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IpVersion {
    /// IPv4 or IPv6: `ip`.
    Any,
    /// `ipv4`.
    V4,
    /// `ipv6`.
    V6,
}

impl IpVersion {
    fn noun(self) -> &'static str {
        match self {
            IpVersion::Any => "an IP address",
            IpVersion::V4 => "an IPv4 address",
            IpVersion::V6 => "an IPv6 address",
        }
    }
}

/// A rule on a string's characters or substrings, with its argument.
///
/// # Examples
///
/// ```
/// use slotmodel::TextRule;
///
/// assert_eq!(TextRule::Prefix("https://").to_string(), "must start with \"https://\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextRule {
    /// Only ASCII characters: `ascii`.
    Ascii,
    /// Only alphanumeric characters (Unicode's `Alphabetic` or `Numeric`): `alphanumeric`.
    Alphanumeric,
    /// Contains the substring: `contains = ".."`.
    Contains(&'static str),
    /// Does not contain the substring: `not_contains = ".."`.
    NotContains(&'static str),
    /// Starts with the string: `prefix = ".."`.
    Prefix(&'static str),
    /// Ends with the string: `suffix = ".."`.
    Suffix(&'static str),
}

impl fmt::Display for TextRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TextRule::Ascii => f.write_str("must be ASCII"),
            TextRule::Alphanumeric => f.write_str("must be alphanumeric"),
            TextRule::Contains(needle) => write!(f, "must contain {needle:?}"),
            TextRule::NotContains(needle) => write!(f, "must not contain {needle:?}"),
            TextRule::Prefix(prefix) => write!(f, "must start with {prefix:?}"),
            TextRule::Suffix(suffix) => write!(f, "must end with {suffix:?}"),
        }
    }
}
