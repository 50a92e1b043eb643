//! Introspection: `Type::FIELDS` describes each field and its rules, like a Python class's
//! descriptors.

use crate::{IpVersion, LengthUnit, Number, TextRule};

/// One field of a `#[derive(Validate)]` struct: its name, its type as written and its rules.
///
/// # Examples
///
/// ```
/// use slotmodel::{Rule, Validate};
///
/// #[derive(Validate, Debug)]
/// struct NetworkConfig {
///     #[bounded(min = 1, max = 65535)]
///     port: u32,
/// }
///
/// let port = &NetworkConfig::FIELDS[0];
/// assert_eq!((port.name, port.ty), ("port", "u32"));
/// let Rule::Range { min, max, max_inclusive, .. } = port.rules[0] else { panic!() };
/// assert_eq!(min.unwrap().value, Some(slotmodel::Number::Unsigned(1)));
/// assert_eq!(max.unwrap().text, "65535");
/// assert!(max_inclusive);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct FieldSpec {
    /// The field's name (`"0"` for the first field of a tuple struct).
    pub name: &'static str,
    /// The field's type, as written in the source.
    pub ty: &'static str,
    /// The rules in the order they were written.
    pub rules: &'static [Rule],
    /// `[struct, field]`, where a refusal of the field's value points.
    pub(crate) site: crate::validate::error::Site,
}

/// One rule of a field.
///
/// # Examples
///
/// ```
/// use slotmodel::{LengthUnit, Rule, Validate};
///
/// #[derive(Validate, Debug)]
/// struct User {
///     #[bounded(len = 1..=64)]
///     name: String,
/// }
///
/// assert_eq!(
///     User::FIELDS[0].rules,
///     &[Rule::Length { unit: LengthUnit::Chars, min: Some(1), max: Some(64), max_inclusive: true }],
/// );
/// assert_eq!(User::FIELDS[0].rules[0].to_string(), "len 1..=64");
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub enum Rule {
    /// `#[bounded(min = .., max = ..)]` or a range such as `#[bounded(1..=65535)]`.
    Range {
        /// The lower bound.
        min: Option<Bound>,
        /// Whether `min` itself is allowed (`min = ..`) or not (`min_exclusive = ..`).
        min_inclusive: bool,
        /// The upper bound.
        max: Option<Bound>,
        /// Whether `max` itself is allowed.
        max_inclusive: bool,
    },
    /// `#[bounded(len = ..)]`, `min_len`, `max_len`, or a length in another unit: `bytes = ..`,
    /// `utf16 = ..`, `graphemes = ..`.
    Length {
        /// What the length counts.
        unit: LengthUnit,
        /// The inclusive lower bound of the length.
        min: Option<usize>,
        /// The upper bound of the length.
        max: Option<usize>,
        /// Whether `max` itself is allowed.
        max_inclusive: bool,
    },
    /// `#[check(required)]`: an `Option` field must be `Some`.
    Required,
    /// `#[check(email)]`.
    Email,
    /// `#[check(url)]`.
    Url,
    /// `#[check(ip)]`, `ipv4`, `ipv6`.
    Ip(IpVersion),
    /// `#[check(pattern = "..")]`, with the pattern as written.
    Pattern(&'static str),
    /// `#[check(ascii)]`, `alphanumeric`, `contains = ..`, `not_contains = ..`, `prefix = ..`,
    /// `suffix = ..`.
    Text(TextRule),
    /// `#[check(matches = other)]`: equal to the field `other`.
    Matches(&'static str),
    /// `#[check(RULE)]`, with the rule's expression as written.
    Check(&'static str),
    /// `#[check(with_ctx(rule))]`: a rule reading the context, with its path as written.
    WithContext(&'static str),
    /// `#[bounded(each(..))]`, `#[check(each(..))]`: rules every element of a collection (every
    /// value of a map) must pass.
    Each(&'static [Rule]),
    /// `#[nested]`: the field validates itself.
    Nested,
}

impl core::fmt::Display for Rule {
    /// The rule in attribute syntax: `1..=65535`, `..10`, `len 1..=64`, `check rules::finite()`,
    /// `nested`.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        fn range<T: core::fmt::Display>(
            f: &mut core::fmt::Formatter<'_>,
            min: Option<T>,
            max: Option<T>,
            inclusive: bool,
        ) -> core::fmt::Result {
            if let Some(min) = min {
                write!(f, "{min}")?;
            }
            f.write_str(if inclusive && max.is_some() { "..=" } else { ".." })?;
            if let Some(max) = max {
                write!(f, "{max}")?;
            }
            Ok(())
        }
        match self {
            Rule::Range {
                min,
                min_inclusive: false,
                max,
                max_inclusive,
            } => {
                if let Some(min) = min {
                    write!(f, "min_exclusive = {min}")?;
                }
                match (min, max) {
                    (_, None) => Ok(()),
                    (Some(_), Some(max)) => write!(f, ", {}{max}", if *max_inclusive { "..=" } else { ".." }),
                    (None, Some(max)) => write!(f, "{}{max}", if *max_inclusive { "..=" } else { ".." }),
                }
            }
            Rule::Range {
                min,
                max,
                max_inclusive,
                ..
            } => range(f, *min, *max, *max_inclusive),
            Rule::Length {
                unit,
                min,
                max,
                max_inclusive,
            } => {
                f.write_str(unit.key())?;
                f.write_str(" ")?;
                range(f, *min, *max, *max_inclusive)
            }
            Rule::Required => f.write_str("required"),
            Rule::Email => f.write_str("email"),
            Rule::Url => f.write_str("url"),
            Rule::Ip(IpVersion::V4) => f.write_str("ipv4"),
            Rule::Ip(IpVersion::V6) => f.write_str("ipv6"),
            Rule::Ip(_) => f.write_str("ip"),
            Rule::Pattern(pattern) => write!(f, "pattern = {pattern:?}"),
            Rule::Text(rule) => match rule {
                TextRule::Ascii => f.write_str("ascii"),
                TextRule::Alphanumeric => f.write_str("alphanumeric"),
                TextRule::Contains(s) => write!(f, "contains = {s:?}"),
                TextRule::NotContains(s) => write!(f, "not_contains = {s:?}"),
                TextRule::Prefix(s) => write!(f, "prefix = {s:?}"),
                TextRule::Suffix(s) => write!(f, "suffix = {s:?}"),
            },
            Rule::Matches(other) => write!(f, "matches = {other}"),
            Rule::Check(rule) => write!(f, "check {rule}"),
            Rule::WithContext(rule) => write!(f, "with_ctx({rule})"),
            Rule::Each(rules) => {
                f.write_str("each(")?;
                for (i, rule) in rules.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{rule}")?;
                }
                f.write_str(")")
            }
            Rule::Nested => f.write_str("nested"),
        }
    }
}

/// A bound as written (a literal or the path of a constant) and, for primitive field types, its
/// value.
///
/// # Examples
///
/// ```
/// use slotmodel::{Bound, Number};
///
/// let bound = Bound::new("MAX_RETRIES", Some(Number::Unsigned(50)));
/// assert_eq!(bound.to_string(), "50");
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct Bound {
    /// The bound as written in the attribute.
    pub text: &'static str,
    /// Its value, known when the field's type is a primitive number (or an `Option` of one).
    pub value: Option<Number>,
}

impl Bound {
    /// A bound written as `text`, of `value` when it is known.
    ///
    /// # Examples
    ///
    /// ```
    /// let bound = slotmodel::Bound::new("LIMIT", None);
    /// assert_eq!(bound.to_string(), "LIMIT");
    /// ```
    #[must_use]
    pub const fn new(text: &'static str, value: Option<crate::Number>) -> Self {
        Bound { text, value }
    }
}

impl core::fmt::Display for Bound {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.value {
            Some(value) => core::fmt::Display::fmt(&value, f),
            None => f.write_str(self.text),
        }
    }
}
