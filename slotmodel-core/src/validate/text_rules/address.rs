//! `email` and `url`: the rules for addresses, whose parsers read more leniently than a stored
//! string should be kept.

// The carriers and helpers that `string_rule!` names.
use alloc::borrow::Cow;
use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
#[cfg(feature = "url")]
use alloc::string::ToString;
#[cfg(target_has_atomic = "ptr")]
use alloc::sync::Arc;

use super::{message, Refuse};
use crate::{Check, ErrorKind};

// ---------------------------------------------------------------------------------------------
// email

/// A string must be a valid email address as the HTML living standard defines one. See [`email`].
///
/// # Examples
///
/// ```
/// use slotmodel::{rules::Email, Check};
///
/// assert!(Email.check("ada@example.com").is_ok());
/// assert_eq!(Email.check("ada@").unwrap_err(), "must be an email address, got \"ada@\"");
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct Email;

/// A string must be a [valid email address] in the sense of the HTML living standard, the
/// definition browsers apply to `<input type="email">`: a local part of one or more of
/// ``a-z A-Z 0-9 . ! # $ % & ' * + / = ? ^ _ ` { | } ~ -``, then `@`, then one or more labels
/// separated by dots, each of 1 to 63 ASCII letters, digits and hyphens that neither starts nor
/// ends with a hyphen. The local part also keeps RFC 5321's limit of 64 octets, which `garde` and
/// `validator` apply too and mail servers may enforce.
///
/// The definition is deliberately narrower than RFC 5322 and wider than most mail servers: it
/// refuses quoted local parts, IP-literal domains (`a@[127.0.0.1]`), non-ASCII local parts and a
/// trailing dot, and accepts a domain without a dot (`a@localhost`) and dots anywhere in the
/// local part. Checking an ASCII address allocates nothing.
///
/// Without the `idna` feature the domain must be ASCII: an internationalized address is given in
/// its ASCII form (`user@xn--p1b6ci4b4b3a.xn--11b5bs3a9aj6g`). With the feature, a non-ASCII
/// domain is converted to ASCII by the [`idna`](https://docs.rs/idna) crate (UTS 46, as browsers
/// and `garde`'s `email-idna` do) and the result must be a valid domain, so
/// `user@उदाहरण.परीक्षा` passes. The conversion maps as well as checks: upper-case and full-width
/// letters stand for their lower-case forms, and invisible characters that UTS 46 ignores (a
/// soft hyphen, a zero-width space) are dropped, so an address may pass that differs from its
/// ASCII form in more than the encoding.
///
/// [valid email address]: https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address
///
/// # Examples
///
/// ```
/// use slotmodel::{rules, Check, ErrorKind};
///
/// assert!(rules::email().check("first.last+tag@mail.example.org").is_ok());
/// assert!(rules::email().check("admin@localhost").is_ok());
/// assert_eq!(
///     rules::email().check_kind("ada@-example.com"),
///     Err(ErrorKind::Email { got: "ada@-example.com".into() }),
/// );
///
/// // 64 octets of local part at most.
/// let longest = format!("{}@example.com", "a".repeat(64));
/// assert!(rules::email().check(&longest).is_ok());
/// assert!(rules::email().check(&format!("a{longest}")).is_err());
///
/// // An internationalized domain needs the `idna` feature; its ASCII form never does.
/// assert!(rules::email().check("user@xn--p1b6ci4b4b3a.xn--11b5bs3a9aj6g").is_ok());
/// let unicode = rules::email().check("user@उदाहरण.परीक्षा");
/// assert_eq!(unicode.is_ok(), cfg!(feature = "idna"));
/// ```
#[must_use]
pub const fn email() -> Email {
    Email
}

/// A byte the local part may hold: an ASCII letter or digit, or one of ``.!#$%&'*+/=?^_`{|}~-``.
fn is_local_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b".!#$%&'*+/=?^_`{|}~-".contains(&byte)
}

/// A domain label: 1 to 63 of `a-zA-Z0-9-`, not starting or ending with `-`.
fn is_label(label: &[u8]) -> bool {
    (1..=63).contains(&label.len())
        && label.iter().all(|&byte| byte.is_ascii_alphanumeric() || byte == b'-')
        && label.first() != Some(&b'-')
        && label.last() != Some(&b'-')
}

/// The longest local part RFC 5321 (4.5.3.1.1) lets a server refuse beyond, in octets.
const MAX_LOCAL_OCTETS: usize = 64;

/// The HTML standard's `valid email address`, with RFC 5321's limit on the local part.
fn is_email(value: &str) -> bool {
    // Neither part may contain `@`, so the first one is the only one of a valid address.
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    // `len` counts UTF-8 octets, the unit of the RFC's limit.
    (1..=MAX_LOCAL_OCTETS).contains(&local.len()) && local.bytes().all(is_local_byte) && is_domain(domain)
}

/// Dot-separated labels, ASCII only.
fn is_ascii_domain(domain: &str) -> bool {
    domain.as_bytes().split(|&b| b == b'.').all(is_label)
}

#[cfg(not(feature = "idna"))]
fn is_domain(domain: &str) -> bool {
    is_ascii_domain(domain)
}

#[cfg(feature = "idna")]
fn is_domain(domain: &str) -> bool {
    if domain.is_ascii() {
        return is_ascii_domain(domain);
    }
    // The empty deny list leaves every ASCII character to the label check that follows, so the
    // ASCII form obeys the very rule an ASCII domain does; the hyphen check holds each Unicode
    // label to it too (`-ü` would otherwise become the valid `xn---tda`).
    idna::uts46::Uts46::new()
        .to_ascii(
            domain.as_bytes(),
            idna::AsciiDenyList::EMPTY,
            idna::uts46::Hyphens::CheckFirstLast,
            idna::uts46::DnsLength::Ignore,
        )
        .is_ok_and(|ascii| is_ascii_domain(&ascii))
}

impl Refuse for Email {
    fn refuse(&self, value: &str) -> Result<(), ErrorKind> {
        if is_email(value) {
            Ok(())
        } else {
            Err(ErrorKind::Email { got: value.into() })
        }
    }
}

string_rule!(Email);

// ---------------------------------------------------------------------------------------------
// url

/// A string must be an absolute URL. See [`url()`].
///
/// # Examples
///
/// ```
/// use slotmodel::{rules::Url, Check};
///
/// assert!(Url.check("https://example.com/a?b#c").is_ok());
/// assert_eq!(
///     Url.check("/relative").unwrap_err(),
///     "must be a URL (relative URL without a base), got \"/relative\"",
/// );
/// ```
#[cfg(feature = "url")]
#[derive(Clone, Copy, Debug, Default)]
pub struct Url;

/// A string must be an absolute URL: what [`url::Url::parse`] accepts (the WHATWG URL
/// standard, which browsers follow), stored as it was read. The refusal carries the reason.
/// Feature `url`.
///
/// The parser reads a string leniently: it drops tabs and newlines anywhere, strips control
/// characters and spaces at both ends, and percent-encodes other controls. The string itself is
/// what a field keeps and what a program later prints into a request or a log, so the rule
/// refuses first what the parser would repair:
///
/// - any control character (C0 `U+0000`–`U+001F`, DEL `U+007F`, C1 `U+0080`–`U+009F`), anywhere:
///   a `\r\n` kept in a URL splits an HTTP header or a log line (header injection);
/// - whitespace at either end, Unicode whitespace included (`U+00A0`, `U+3000`): the URL the
///   parser reads is not the string stored. Trim the input before checking it.
///
/// Characters inside the URL that are neither (a space or `ä` in the path) stay the parser's
/// decision, which percent-encodes them.
///
/// # Examples
///
/// ```
/// use slotmodel::{rules, Check, ErrorKind};
///
/// assert!(rules::url().check("mailto:ada@example.com").is_ok());
/// assert!(rules::url().check("http://x/a b").is_ok());
/// assert_eq!(
///     rules::url().check_kind("http://[::1"),
///     Err(ErrorKind::Url { got: "http://[::1".into(), reason: "invalid IPv6 address".into() }),
/// );
/// assert_eq!(
///     rules::url().check("http://x/\r\nSet-Cookie: a=b").unwrap_err(),
///     "must be a URL (control character U+000D at byte 9, which could inject a header), \
///      got \"http://x/\\r\\nSet-Cookie: a=b\"",
/// );
/// assert_eq!(
///     rules::url().check(" http://x").unwrap_err(),
///     "must be a URL (whitespace U+0020 at the start: trim it), got \" http://x\"",
/// );
/// ```
#[cfg(feature = "url")]
#[must_use]
pub const fn url() -> Url {
    Url
}

#[cfg(feature = "url")]
impl Refuse for Url {
    fn refuse(&self, value: &str) -> Result<(), ErrorKind> {
        let refused = |reason: String| ErrorKind::Url {
            got: value.into(),
            reason: Cow::Owned(reason),
        };
        // Before the parser, which would drop or escape these and accept a string that is not the
        // URL it read. The control characters are U+0000 to U+001F, U+007F, and U+0080 to U+009F
        // (0xC2 then 0x80 to 0x9F in UTF-8): a byte scan, which the compiler vectorizes, finds
        // most strings free of them at a fraction of the cost of decoding every character.
        #[allow(
            clippy::needless_bitwise_bool,
            reason = "no branch per byte: the scan vectorizes, where `||` would stop it"
        )]
        let suspect = value
            .bytes()
            .fold(false, |seen, b| seen | (b < 0x20) | (b == 0x7F) | (b == 0xC2));
        let control = suspect
            .then(|| value.char_indices().find(|(_, c)| c.is_control()))
            .flatten();
        if let Some((at, c)) = control {
            return Err(refused(alloc::format!(
                "control character U+{:04X} at byte {at}, which could inject a header",
                u32::from(c)
            )));
        }
        let edge = |c: Option<char>, end: &str| {
            c.filter(|c| c.is_whitespace()).map(|c| {
                refused(alloc::format!(
                    "whitespace U+{:04X} at the {end}: trim it",
                    u32::from(c)
                ))
            })
        };
        if let Some(err) = edge(value.chars().next(), "start").or_else(|| edge(value.chars().next_back(), "end")) {
            return Err(err);
        }
        url::Url::parse(value)
            .map(|_| ())
            .map_err(|err| refused(err.to_string()))
    }
}

#[cfg(feature = "url")]
string_rule!(Url);

#[cfg(test)]
mod tests {
    use super::is_email;

    /// Internationalized domains with their ASCII forms (from the `idna` crate's own conversion,
    /// checked by hand against the punycode of each label).
    const IDN: &[(&str, &str)] = &[
        ("user@उदाहरण.परीक्षा", "user@xn--p1b6ci4b4b3a.xn--11b5bs3a9aj6g"),
        ("ada@bücher.example", "ada@xn--bcher-kva.example"),
        ("x@例え.jp", "x@xn--r8jz45g.jp"),
    ];

    #[test]
    fn an_ascii_form_passes_in_every_build_and_its_unicode_form_with_idna_alone() {
        for &(unicode, ascii) in IDN {
            assert!(is_email(ascii), "{ascii}");
            assert_eq!(is_email(unicode), cfg!(feature = "idna"), "{unicode}");
        }
    }

    #[test]
    fn the_local_part_stays_ascii_in_every_build() {
        for refused in ["ü@example.com", "пользователь@example.com", "\u{feff}user@example.com"] {
            assert!(!is_email(refused), "{refused:?}");
        }
    }

    #[cfg(feature = "idna")]
    #[test]
    fn a_converted_domain_obeys_the_ascii_domain_rules() {
        // What UTS 46 maps: upper case, full-width letters, characters it ignores.
        for mapped in [
            "a@EXÄMPLE.COM",
            "a@ｅxample.com",
            "a@exa\u{ad}mple.com",
            "a@example.com\u{200b}",
        ] {
            assert!(is_email(mapped), "{mapped:?}");
        }
        for refused in [
            // Underscore, space (from a no-break space) and `@` (from a full-width one) survive
            // the conversion, and the label check refuses them.
            "a@exam_plü.com",
            "a@ü\u{a0}.com",
            "a@a\u{ff20}b.ü",
            // A hyphen at either end of a Unicode label, as of an ASCII one.
            "a@-ü.com",
            "a@ü-.com",
            // Empty labels, and a domain of nothing but ignored characters.
            "a@ü.com.",
            "a@ü..com",
            "a@\u{200b}",
            // A label whose ASCII form is over 63 octets.
            &alloc::format!("a@{}.com", "ü".repeat(60)),
            // Not valid punycode.
            "a@xn--zz.ü",
        ] {
            assert!(!is_email(refused), "{refused:?}");
        }
    }

    #[cfg(not(feature = "idna"))]
    #[test]
    fn without_idna_a_domain_is_ascii() {
        for refused in ["a@EXÄMPLE.COM", "a@ｅxample.com", "a@example.com\u{200b}", "a@ü"] {
            assert!(!is_email(refused), "{refused:?}");
        }
    }
}
