//! The string rules of [`rules`](crate::rules) (`email`, `url`, `ip`, `pattern`, `ascii`,
//! `alphanumeric`, `contains`, `not_contains`, `prefix`, `suffix`) and `required` for `Option`
//! fields.
//!
//! Each string rule checks `str`, `String`, `&str`, `Cow<str>`, `Box<str>`, `Rc<str>` and
//! `Arc<str>` values, and refuses with an [`ErrorKind`] of its own that holds the whole refused
//! string; [`Check::check`] returns that kind's `Display` text, so both ways of asking agree.

use alloc::borrow::Cow;
use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::{String, ToString};
#[cfg(target_has_atomic = "ptr")]
use alloc::sync::Arc;
#[cfg(feature = "regex")]
use core::fmt;

use crate::{Check, ErrorKind, IpVersion, TextRule};

/// The message of a refusal: the kind's `Display` text, as `Check::check` promises.
fn message(refusal: Result<(), ErrorKind>) -> Result<(), Cow<'static, str>> {
    refusal.map_err(|kind| Cow::Owned(kind.to_string()))
}

/// What a string rule says of a string; `string_rule!` turns it into `Check` for every carrier.
trait Refuse {
    /// Accepts `value`, or refuses it with the rule's own kind.
    fn refuse(&self, value: &str) -> Result<(), ErrorKind>;
}

/// `Check<X>` for a string rule and every string carrier `X`, all through its [`Refuse`].
macro_rules! string_rule {
    ($rule:ty) => {
        impl Check<str> for $rule {
            fn check(&self, value: &str) -> Result<(), Cow<'static, str>> {
                message(self.refuse(value))
            }

            fn check_kind(&self, value: &str) -> Result<(), ErrorKind> {
                self.refuse(value)
            }
        }

        string_rule!(@carrier $rule, [] String);
        string_rule!(@carrier $rule, ['a] &'a str);
        string_rule!(@carrier $rule, ['a] Cow<'a, str>);
        string_rule!(@carrier $rule, [] Box<str>);
        string_rule!(@carrier $rule, [] Rc<str>);
        // `Arc` exists only on targets with pointer-sized atomics.
        #[cfg(target_has_atomic = "ptr")]
        string_rule!(@carrier $rule, [] Arc<str>);
    };
    (@carrier $rule:ty, [$($lt:lifetime)?] $carrier:ty) => {
        impl<$($lt)?> Check<$carrier> for $rule {
            fn check(&self, value: &$carrier) -> Result<(), Cow<'static, str>> {
                Check::<str>::check(self, value)
            }

            fn check_kind(&self, value: &$carrier) -> Result<(), ErrorKind> {
                Check::<str>::check_kind(self, value)
            }
        }
    };
}

mod address;

pub use address::*;

// ---------------------------------------------------------------------------------------------
// ip

/// A string must be an IP address of a version. See [`ip`], [`ipv4`] and [`ipv6`].
///
/// # Examples
///
/// ```
/// use slotmodel::{rules, Check, IpVersion};
///
/// let rule = rules::ipv6();
/// assert_eq!(rule.0, IpVersion::V6);
/// assert!(rule.check("fe80::1").is_ok());
/// ```
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct Ip(pub IpVersion);

/// A string must be an IPv4 or an IPv6 address, as [`core::net::IpAddr`] parses them.
///
/// # Examples
///
/// ```
/// use slotmodel::{rules, Check};
///
/// assert!(rules::ip().check("192.0.2.1").is_ok());
/// assert!(rules::ip().check("2001:db8::1").is_ok());
/// assert_eq!(rules::ip().check("localhost").unwrap_err(), "must be an IP address, got \"localhost\"");
/// ```
#[must_use]
pub const fn ip() -> Ip {
    Ip(IpVersion::Any)
}

/// A string must be an IPv4 address in dotted-decimal form, as [`core::net::Ipv4Addr`] parses
/// it: four decimal numbers of 0 to 255, without leading zeros (`01.2.3.4` is refused, since
/// other parsers read it as octal).
///
/// # Examples
///
/// ```
/// use slotmodel::{rules, Check, ErrorKind, IpVersion};
///
/// assert!(rules::ipv4().check("192.0.2.1").is_ok());
/// assert_eq!(
///     rules::ipv4().check_kind("256.0.0.1"),
///     Err(ErrorKind::Ip { version: IpVersion::V4, got: "256.0.0.1".into() }),
/// );
/// ```
#[must_use]
pub const fn ipv4() -> Ip {
    Ip(IpVersion::V4)
}

/// A string must be an IPv6 address, as [`core::net::Ipv6Addr`] parses it (including the
/// embedded IPv4 forms such as `::ffff:192.0.2.1`; no zone index, no brackets).
///
/// # Examples
///
/// ```
/// use slotmodel::{rules, Check};
///
/// assert!(rules::ipv6().check("::ffff:192.0.2.1").is_ok());
/// assert_eq!(rules::ipv6().check("192.0.2.1").unwrap_err(), "must be an IPv6 address, got \"192.0.2.1\"");
/// ```
#[must_use]
pub const fn ipv6() -> Ip {
    Ip(IpVersion::V6)
}

impl Refuse for Ip {
    fn refuse(&self, value: &str) -> Result<(), ErrorKind> {
        let ok = match self.0 {
            IpVersion::Any => value.parse::<core::net::IpAddr>().is_ok(),
            IpVersion::V4 => value.parse::<core::net::Ipv4Addr>().is_ok(),
            IpVersion::V6 => value.parse::<core::net::Ipv6Addr>().is_ok(),
        };
        if ok {
            Ok(())
        } else {
            Err(ErrorKind::Ip {
                version: self.0,
                got: value.into(),
            })
        }
    }
}

string_rule!(Ip);

// ---------------------------------------------------------------------------------------------
// pattern

/// A string must match a regular expression, compiled once, on first use. See [`pattern`].
///
/// # Examples
///
/// ```
/// use slotmodel::{rules::{self, Pattern}, Check};
///
/// // A `static` rule compiles its regex once, the first time it checks a value.
/// static SLUG: Pattern = rules::pattern("^[a-z0-9]+(-[a-z0-9]+)*$");
///
/// assert!(SLUG.check("hello-world").is_ok());
/// assert!(SLUG.check("Hello World").is_err());
/// assert_eq!(SLUG.pattern_str(), "^[a-z0-9]+(-[a-z0-9]+)*$");
/// ```
#[cfg(feature = "regex")]
#[derive(Clone)]
pub struct Pattern {
    pattern: &'static str,
    // The compiled regex, or why it does not compile (kept, so a bad pattern is not compiled
    // again for every value).
    compiled: std::sync::OnceLock<Result<regex::Regex, regex::Error>>,
}

/// A string must match the regular expression `pattern` ([`regex`](https://docs.rs/regex)
/// syntax). Feature `regex`.
///
/// The match is unanchored, as in `garde` and `validator`: the rule accepts a string that
/// *contains* a match anywhere. Anchor the pattern with `^...$` to match the whole string.
///
/// The regex is compiled the first time the rule checks a value, and kept in the rule: keep the
/// rule in a `static` to compile it once for the whole program. `#[check(pattern = "..")]`
/// checks the pattern at compile time; a rule built by hand with an invalid pattern does not
/// panic but refuses every value with an [`ErrorKind::Custom`] naming the regex error.
///
/// # Examples
///
/// ```
/// use slotmodel::{rules, Check, ErrorKind};
///
/// let digits = rules::pattern("[0-9]+");
/// assert!(digits.check("abc123").is_ok()); // unanchored: a digit anywhere will do
/// assert_eq!(
///     digits.check_kind("abc"),
///     Err(ErrorKind::Pattern { pattern: "[0-9]+", got: "abc".into() }),
/// );
///
/// let whole = rules::pattern("^[0-9]+$");
/// assert_eq!(whole.check("abc123").unwrap_err(), "must match /^[0-9]+$/, got \"abc123\"");
/// ```
#[cfg(feature = "regex")]
#[must_use]
pub const fn pattern(pattern: &'static str) -> Pattern {
    Pattern {
        pattern,
        compiled: std::sync::OnceLock::new(),
    }
}

#[cfg(feature = "regex")]
impl Pattern {
    /// The pattern as written.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(slotmodel::rules::pattern("^v[0-9]+$").pattern_str(), "^v[0-9]+$");
    /// ```
    #[must_use]
    pub fn pattern_str(&self) -> &'static str {
        self.pattern
    }
}

#[cfg(feature = "regex")]
impl Refuse for Pattern {
    fn refuse(&self, value: &str) -> Result<(), ErrorKind> {
        match self.compiled.get_or_init(|| regex::Regex::new(self.pattern)) {
            Ok(regex) if regex.is_match(value) => Ok(()),
            Ok(_) => Err(ErrorKind::Pattern {
                pattern: self.pattern,
                got: value.into(),
            }),
            Err(err) => Err(ErrorKind::custom(alloc::format!(
                "cannot be checked: /{}/ is not a valid regular expression: {err}",
                self.pattern
            ))),
        }
    }
}

#[cfg(feature = "regex")]
impl fmt::Debug for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Pattern").field(&self.pattern).finish()
    }
}

#[cfg(feature = "regex")]
string_rule!(Pattern);

// ---------------------------------------------------------------------------------------------
// characters and substrings

/// A string must be ASCII only. See [`ascii`].
///
/// # Examples
///
/// ```
/// use slotmodel::{rules::Ascii, Check};
///
/// assert!(Ascii.check("plain text").is_ok());
/// assert_eq!(Ascii.check("café").unwrap_err(), "must be ASCII, got \"café\"");
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct Ascii;

/// A string must hold only ASCII characters ([`str::is_ascii`]; the empty string passes).
///
/// # Examples
///
/// ```
/// use slotmodel::{rules, Check, ErrorKind, TextRule};
///
/// assert!(rules::ascii().check("~ok~").is_ok());
/// assert_eq!(
///     rules::ascii().check_kind("naïve"),
///     Err(ErrorKind::Text { rule: TextRule::Ascii, got: "naïve".into() }),
/// );
/// ```
#[must_use]
pub const fn ascii() -> Ascii {
    Ascii
}

impl Refuse for Ascii {
    fn refuse(&self, value: &str) -> Result<(), ErrorKind> {
        text(value.is_ascii(), TextRule::Ascii, value)
    }
}

string_rule!(Ascii);

/// A string must hold only letters and digits. See [`alphanumeric`].
///
/// # Examples
///
/// ```
/// use slotmodel::{rules::Alphanumeric, Check};
///
/// assert!(Alphanumeric.check("abc123").is_ok());
/// assert_eq!(Alphanumeric.check("a b").unwrap_err(), "must be alphanumeric, got \"a b\"");
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct Alphanumeric;

/// A string must hold only alphanumeric characters, in Unicode's sense
/// ([`char::is_alphanumeric`]: `Alphabetic` or `Numeric`), so `é`, `ж` and `٣` pass; the empty
/// string passes (add a length rule to refuse it). For ASCII letters and digits only, combine
/// it with [`ascii`].
///
/// # Examples
///
/// ```
/// use slotmodel::{rules, Check};
///
/// assert!(rules::alphanumeric().check("Grüße2024").is_ok());
/// assert!(rules::alphanumeric().check("snake_case").is_err());
/// ```
#[must_use]
pub const fn alphanumeric() -> Alphanumeric {
    Alphanumeric
}

impl Refuse for Alphanumeric {
    fn refuse(&self, value: &str) -> Result<(), ErrorKind> {
        text(value.chars().all(char::is_alphanumeric), TextRule::Alphanumeric, value)
    }
}

string_rule!(Alphanumeric);

/// A string must contain a substring. See [`contains`].
///
/// # Examples
///
/// ```
/// use slotmodel::{rules, Check};
///
/// let rule = rules::contains("@");
/// assert_eq!(rule.0, "@");
/// assert!(rule.check("a@b").is_ok());
/// ```
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct Contains(pub &'static str);

/// A string must contain `needle` ([`str::contains`]; every string contains the empty string).
///
/// # Examples
///
/// ```
/// use slotmodel::{rules, Check, ErrorKind, TextRule};
///
/// assert!(rules::contains("://").check("https://example.com").is_ok());
/// assert_eq!(
///     rules::contains("://").check_kind("example.com"),
///     Err(ErrorKind::Text { rule: TextRule::Contains("://"), got: "example.com".into() }),
/// );
/// ```
#[must_use]
pub const fn contains(needle: &'static str) -> Contains {
    Contains(needle)
}

impl Refuse for Contains {
    fn refuse(&self, value: &str) -> Result<(), ErrorKind> {
        text(value.contains(self.0), TextRule::Contains(self.0), value)
    }
}

string_rule!(Contains);

/// A string must not contain a substring. See [`not_contains`].
///
/// # Examples
///
/// ```
/// use slotmodel::{rules, Check};
///
/// let rule = rules::not_contains("..");
/// assert_eq!(rule.0, "..");
/// assert!(rule.check("a/b").is_ok());
/// ```
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct NotContains(pub &'static str);

/// A string must not contain `needle`. Every string contains the empty string, so
/// `not_contains("")` refuses every value.
///
/// # Examples
///
/// ```
/// use slotmodel::{rules, Check};
///
/// assert!(rules::not_contains("..").check("docs/index.html").is_ok());
/// assert_eq!(
///     rules::not_contains("..").check("../etc/passwd").unwrap_err(),
///     "must not contain \"..\", got \"../etc/passwd\"",
/// );
/// ```
#[must_use]
pub const fn not_contains(needle: &'static str) -> NotContains {
    NotContains(needle)
}

impl Refuse for NotContains {
    fn refuse(&self, value: &str) -> Result<(), ErrorKind> {
        text(!value.contains(self.0), TextRule::NotContains(self.0), value)
    }
}

string_rule!(NotContains);

/// A string must start with a prefix. See [`prefix`].
///
/// # Examples
///
/// ```
/// use slotmodel::{rules, Check};
///
/// let rule = rules::prefix("v");
/// assert_eq!(rule.0, "v");
/// assert!(rule.check("v1.2").is_ok());
/// ```
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct Prefix(pub &'static str);

/// A string must start with `prefix` ([`str::starts_with`]; `prefix("")` accepts every value).
///
/// # Examples
///
/// ```
/// use slotmodel::{rules, Check, ErrorKind, TextRule};
///
/// assert!(rules::prefix("https://").check("https://example.com").is_ok());
/// assert_eq!(
///     rules::prefix("https://").check_kind("http://x"),
///     Err(ErrorKind::Text { rule: TextRule::Prefix("https://"), got: "http://x".into() }),
/// );
/// ```
#[must_use]
pub const fn prefix(prefix: &'static str) -> Prefix {
    Prefix(prefix)
}

impl Refuse for Prefix {
    fn refuse(&self, value: &str) -> Result<(), ErrorKind> {
        text(value.starts_with(self.0), TextRule::Prefix(self.0), value)
    }
}

string_rule!(Prefix);

/// A string must end with a suffix. See [`suffix`].
///
/// # Examples
///
/// ```
/// use slotmodel::{rules, Check};
///
/// let rule = rules::suffix(".rs");
/// assert_eq!(rule.0, ".rs");
/// assert!(rule.check("main.rs").is_ok());
/// ```
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct Suffix(pub &'static str);

/// A string must end with `suffix` ([`str::ends_with`]; `suffix("")` accepts every value).
///
/// # Examples
///
/// ```
/// use slotmodel::{rules, Check};
///
/// assert!(rules::suffix(".json").check("config.json").is_ok());
/// assert_eq!(
///     rules::suffix(".json").check("config.toml").unwrap_err(),
///     "must end with \".json\", got \"config.toml\"",
/// );
/// ```
#[must_use]
pub const fn suffix(suffix: &'static str) -> Suffix {
    Suffix(suffix)
}

impl Refuse for Suffix {
    fn refuse(&self, value: &str) -> Result<(), ErrorKind> {
        text(value.ends_with(self.0), TextRule::Suffix(self.0), value)
    }
}

string_rule!(Suffix);

/// Accepts, or refuses `value` under the text rule `rule`.
fn text(ok: bool, rule: TextRule, value: &str) -> Result<(), ErrorKind> {
    if ok {
        Ok(())
    } else {
        Err(ErrorKind::Text {
            rule,
            got: value.into(),
        })
    }
}

// ---------------------------------------------------------------------------------------------
// required

/// An `Option` must hold a value. See [`required`].
///
/// # Examples
///
/// ```
/// use slotmodel::{rules::Required, Check};
///
/// assert!(Required.check(&Some(0)).is_ok());
/// assert_eq!(Required.check(&None::<u8>).unwrap_err(), "is required");
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct Required;

/// An `Option` field must be `Some`, whatever it holds; `None` is refused with
/// [`ErrorKind::Required`].
///
/// # Examples
///
/// ```
/// use slotmodel::{rules, Check, ErrorKind};
///
/// assert!(rules::required().check(&Some("x")).is_ok());
/// assert_eq!(rules::required().check_kind(&None::<String>), Err(ErrorKind::Required));
/// ```
#[must_use]
pub const fn required() -> Required {
    Required
}

impl<T> Check<Option<T>> for Required {
    fn check(&self, value: &Option<T>) -> Result<(), Cow<'static, str>> {
        // The Display text of `ErrorKind::Required`, without allocating.
        match value {
            Some(_) => Ok(()),
            None => Err(Cow::Borrowed("is required")),
        }
    }

    fn check_kind(&self, value: &Option<T>) -> Result<(), ErrorKind> {
        match value {
            Some(_) => Ok(()),
            None => Err(ErrorKind::Required),
        }
    }
}
