//! Validation errors: one [`FieldError`] per refused field, collected in [`ValidationErrors`].

use alloc::borrow::Cow;
use alloc::string::String;
use core::fmt;

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
    // Paths built at run time (nested fields), messages and 128-bit numbers. Shared rather
    // than boxed: an `Arc`'s drop is a counter decrement with the rest out of line, so dropping
    // an accepted setter's `Result` stays inlined in the caller's loop.
    Owned(Shared<Owned>),
}

#[cfg(target_has_atomic = "ptr")]
type Shared<T> = alloc::sync::Arc<T>;
#[cfg(not(target_has_atomic = "ptr"))]
type Shared<T> = alloc::rc::Rc<T>;

#[derive(Clone)]
struct Owned {
    struct_name: &'static str,
    field: Cow<'static, str>,
    kind: ErrorKind,
    // Borrowed from the rule's attribute, owned when read back from the wire.
    message: Option<Cow<'static, str>>,
    code: Option<Cow<'static, str>>,
}

impl FieldError {
    /// An error for `struct_name.field`.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::{ErrorKind, FieldError, LengthUnit};
    ///
    /// let err = FieldError::new("User", "name", ErrorKind::TooLong { max: 64, inclusive: true, unit: LengthUnit::Chars, got: 70 });
    /// assert_eq!(err.to_string(), "User.name length must be <= 64, got 70");
    /// ```
    #[must_use]
    pub fn new(struct_name: &'static str, field: impl Into<Cow<'static, str>>, kind: ErrorKind) -> Self {
        FieldError {
            repr: Repr::Owned(Shared::new(Owned {
                struct_name,
                field: field.into(),
                kind,
                message: None,
                code: None,
            })),
        }
    }

    /// An error for the field `site` names, inline when `kind` has an inline form.
    // Inlined into the refusing function, so that the conversion to the inline form folds away.
    #[inline(always)]
    #[allow(
        clippy::inline_always,
        reason = "only the two cold refusal functions call it, where the kind built beside it folds away"
    )]
    pub(crate) fn at(site: &'static Site, kind: ErrorKind) -> Self {
        match Refusal::from_kind(&kind) {
            Some(refusal) => {
                // The kinds with an inline form own no heap data: forgetting it is free, and
                // leaves no drop code for `ErrorKind`'s string variants in every setter.
                core::mem::forget(kind);
                FieldError {
                    repr: Repr::Inline { site, refusal },
                }
            }
            None => FieldError::owned_at(site, kind),
        }
    }

    // Rare (wide numbers, messages): out of line, so the inline path stays short.
    #[cold]
    #[inline(never)]
    fn owned_at(site: &'static Site, kind: ErrorKind) -> Self {
        FieldError::new(site[0], site[1], kind)
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
    /// The same refusal for one element of the field: `items` becomes `items[3]`. An element of
    /// an element is reported from the inside out, so the outer segment goes before the inner
    /// ones: `grid[2]` becomes `grid[1][2]`.
    pub(crate) fn at_element(self, segment: &str) -> Self {
        let field = self.field();
        let at = field.find('[').unwrap_or(field.len());
        let mut path = String::with_capacity(field.len() + segment.len());
        path.push_str(&field[..at]);
        path.push_str(segment);
        path.push_str(&field[at..]);
        self.moved(self.struct_name(), path)
    }

    /// The same refusal, message and code at another path.
    fn moved(&self, struct_name: &'static str, path: String) -> Self {
        let mut moved = FieldError::new(struct_name, path, self.kind());
        if let Repr::Owned(owned) = &mut moved.repr {
            let owned = Shared::make_mut(owned);
            if let Repr::Owned(from) = &self.repr {
                (owned.message, owned.code) = (from.message.clone(), from.code.clone());
            }
        }
        moved
    }

    /// The message given with the rule (`message = ".."`), which `Display` shows in place of
    /// the kind's text.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::{ErrorKind, FieldError};
    ///
    /// let err = FieldError::new("User", "name", ErrorKind::Required).with_message("please give a name");
    /// assert_eq!(err.message(), Some("please give a name"));
    /// assert_eq!(err.to_string(), "User.name please give a name");
    /// ```
    #[must_use]
    pub fn message(&self) -> Option<&str> {
        match &self.repr {
            Repr::Owned(owned) => owned.message.as_deref(),
            Repr::Inline { .. } => None,
        }
    }

    /// The code given with the rule (`code = ".."`), for programs that match on errors.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::{ErrorKind, FieldError};
    ///
    /// let err = FieldError::new("User", "name", ErrorKind::Required).with_code("name.missing");
    /// assert_eq!(err.code(), Some("name.missing"));
    /// ```
    #[must_use]
    pub fn code(&self) -> Option<&str> {
        match &self.repr {
            Repr::Owned(owned) => owned.code.as_deref(),
            Repr::Inline { .. } => None,
        }
    }

    /// This error with `message` shown in place of the kind's text; the kind stays as data.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::{ErrorKind, FieldError};
    ///
    /// let err = FieldError::new("User", "age", ErrorKind::NotANumber).with_message("is not a number");
    /// assert_eq!(err.kind(), ErrorKind::NotANumber);
    /// ```
    #[must_use]
    pub fn with_message(self, message: impl Into<Cow<'static, str>>) -> Self {
        let mut out = self.into_owned();
        if let Repr::Owned(owned) = &mut out.repr {
            Shared::make_mut(owned).message = Some(message.into());
        }
        out
    }

    /// This error with a code.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::{ErrorKind, FieldError};
    ///
    /// let err = FieldError::new("User", "age", ErrorKind::NotANumber).with_code("age.nan");
    /// assert_eq!(err.code(), Some("age.nan"));
    /// ```
    #[must_use]
    pub fn with_code(self, code: impl Into<Cow<'static, str>>) -> Self {
        let mut out = self.into_owned();
        if let Repr::Owned(owned) = &mut out.repr {
            Shared::make_mut(owned).code = Some(code.into());
        }
        out
    }

    fn into_owned(self) -> Self {
        match self.repr {
            Repr::Inline { site, refusal } => FieldError::new(site[0], site[1], refusal.kind()),
            Repr::Owned(_) => self,
        }
    }

    pub(crate) fn nest(self, outer: &'static str, segment: &str) -> Self {
        let field = self.field();
        let separator = if field.starts_with('[') { "" } else { "." };
        let mut path = String::with_capacity(segment.len() + separator.len() + field.len());
        path.push_str(segment);
        path.push_str(separator);
        path.push_str(field);
        self.moved(outer, path)
    }
}

impl PartialEq for FieldError {
    fn eq(&self, other: &Self) -> bool {
        self.struct_name() == other.struct_name()
            && self.field() == other.field()
            && self.kind() == other.kind()
            && self.message() == other.message()
            && self.code() == other.code()
    }
}

impl fmt::Debug for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = f.debug_struct("FieldError");
        out.field("struct_name", &self.struct_name())
            .field("field", &self.field())
            .field("kind", &self.kind());
        if let Some(message) = self.message() {
            out.field("message", &message);
        }
        if let Some(code) = self.code() {
            out.field("code", &code);
        }
        out.finish()
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A record's position reads as an index of the struct: `Reading[3].value`. An error read
        // back from JSON has no struct name (the wire does not carry it): the path stands alone.
        let separator = if self.field().starts_with('[') || self.struct_name().is_empty() {
            ""
        } else {
            "."
        };
        match self.message() {
            Some(message) => write!(f, "{}{separator}{} {message}", self.struct_name(), self.field()),
            None => write!(f, "{}{separator}{} {}", self.struct_name(), self.field(), self.kind()),
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for FieldError {}

/// Every refused field of one validation, in field order: an [`Errors`] of [`FieldError`]s.
///
/// # JSON form (feature `serde`)
///
/// `ValidationErrors`, [`FieldError`] and [`ErrorKind`] implement `Serialize` and `Deserialize`
/// in a stable format: an array with one object per refused field, each with
///
/// - `path`: the field inside the value, without the struct's name, as a client names its form
///   fields: `age`, `address.zip`, `ports[1].0`, `labels["us"]`;
/// - `code`: the rule's own `code = ".."`, or else the kind's stable name ([`ErrorKind::code`]:
///   `below_min`, `too_long`, `email`, ...);
/// - `message`: the rule's own `message = ".."`, or else the kind's text as `Display` shows it
///   after the path;
/// - `params`: the bound and the refused value: `min`, `min_exclusive`, `max`, `max_exclusive`
///   and `got` for ranges; the same and `unit` (`chars`, `bytes`, `utf16`, `graphemes`) for
///   lengths; `got` for `email`; `reason`, `got` for `url`; `version` (`any`, `v4`, `v6`), `got`
///   for `ip`; `pattern`, `got` for `pattern`; `rule` (its `#[check]` key), `arg`, `got` for the
///   text rules; `other` for `matches`; `{}` for the rest. Under a rule's own code, `kind`
///   holds the kind's code.
///
/// Keys and codes are only ever added, never renamed. Reading back, the struct's name is empty
/// (the wire does not carry it), integers are `Number::Unsigned` (`Signed` when negative) and
/// fractions `Number::F64`; a `pattern`, text rule or `matches` refusal, whose arguments are
/// compile-time strings in Rust, reads back as [`ErrorKind::Custom`] with the same code and
/// message. Unknown keys are ignored, so an older client reads a newer service's errors.
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use slotmodel::{Validate, ValidationErrors};
///
/// #[derive(Validate, Debug)]
/// struct SignUp {
///     #[bounded(min = 13)]
///     age: u32,
///     #[check(email, code = "email.invalid")]
///     email: String,
/// }
///
/// let errors = SignUp::new(7, "nobody".into()).unwrap_err();
/// let json = serde_json::to_string(&errors).unwrap();
/// assert_eq!(
///     json,
///     r#"[{"path":"age","code":"below_min","message":"must be >= 13, got 7","params":{"min":13,"got":7}},"#.to_owned()
///         + r#"{"path":"email","code":"email.invalid","message":"must be an email address, got \"nobody\"","params":{"kind":"email","got":"nobody"}}]"#
/// );
///
/// // A client reads them back: the same paths, kinds, codes and messages.
/// let back: ValidationErrors = serde_json::from_str(&json).unwrap();
/// assert_eq!(back.first().field(), "age");
/// assert_eq!(back.first().kind(), errors.first().kind());
/// assert_eq!(back.to_string(), "age must be >= 13, got 7\nemail must be an email address, got \"nobody\"");
/// # }
/// ```
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
