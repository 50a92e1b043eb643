//! Validation errors: one [`FieldError`] per refused field, collected in [`ValidationErrors`]
//! (an [`Errors`], the shape every collection of errors shares); why a field was refused is its
//! [`ErrorKind`].

use alloc::borrow::Cow;
use alloc::string::String;
use core::fmt;

use crate::validate::refusal::Refusal;
use crate::{ErrorKind, Errors};

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
        reason = "called where a refusal is built, so that the kind built beside it folds away"
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
