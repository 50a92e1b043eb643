//! The string rules of `rules` (`email`, `url`, `ip`, `pattern`, `ascii`, `alphanumeric`,
//! `contains`, `not_contains`, `prefix`, `suffix`) and `required`, checked directly through
//! `Check`: verdicts, refusals as data and as messages, every string carrier, and properties
//! against simple models.
//!
//! Every verdict goes through `verdict`, which asks the rule through all seven string carriers
//! and both `check` and `check_kind`, and insists that they agree.

use std::borrow::Cow;
use std::net::{Ipv4Addr, Ipv6Addr};
use std::rc::Rc;
use std::sync::Arc;

use proptest::prelude::*;
use slotmodel::rules::{self, Pattern};
use slotmodel::{Check, ErrorKind, IpVersion, TextRule};

/// A rule for every string carrier.
trait StringRule:
    Check<str>
    + Check<String>
    + for<'a> Check<&'a str>
    + for<'a> Check<Cow<'a, str>>
    + Check<Box<str>>
    + Check<Rc<str>>
    + Check<Arc<str>>
{
}

impl<R> StringRule for R where
    R: Check<str>
        + Check<String>
        + for<'a> Check<&'a str>
        + for<'a> Check<Cow<'a, str>>
        + Check<Box<str>>
        + Check<Rc<str>>
        + Check<Arc<str>>
{
}

/// The rule's verdict on `value`, the same through every string carrier; `check`'s message is
/// always the `Display` text of `check_kind`'s kind.
fn verdict(rule: &impl StringRule, value: &str) -> Result<(), ErrorKind> {
    let kind = Check::<str>::check_kind(rule, value);
    let message = kind.clone().map_err(|kind| kind.to_string());
    let same = |carrier: &str, got_kind: Result<(), ErrorKind>, got_message: Result<(), Cow<'static, str>>| {
        assert_eq!(got_kind, kind, "check_kind through {carrier} on {value:?}");
        assert_eq!(
            got_message.map_err(Cow::into_owned),
            message,
            "check through {carrier} on {value:?}"
        );
    };
    same(
        "str",
        Check::<str>::check_kind(rule, value),
        Check::<str>::check(rule, value),
    );
    let string = value.to_owned();
    same(
        "String",
        Check::<String>::check_kind(rule, &string),
        Check::<String>::check(rule, &string),
    );
    same(
        "&str",
        Check::<&str>::check_kind(rule, &value),
        Check::<&str>::check(rule, &value),
    );
    let borrowed: Cow<'_, str> = Cow::Borrowed(value);
    same(
        "Cow::Borrowed",
        Check::<Cow<'_, str>>::check_kind(rule, &borrowed),
        Check::<Cow<'_, str>>::check(rule, &borrowed),
    );
    let owned: Cow<'static, str> = Cow::Owned(value.to_owned());
    same(
        "Cow::Owned",
        Check::<Cow<'_, str>>::check_kind(rule, &owned),
        Check::<Cow<'_, str>>::check(rule, &owned),
    );
    let boxed: Box<str> = value.into();
    same(
        "Box<str>",
        Check::<Box<str>>::check_kind(rule, &boxed),
        Check::<Box<str>>::check(rule, &boxed),
    );
    let rc: Rc<str> = value.into();
    same(
        "Rc<str>",
        Check::<Rc<str>>::check_kind(rule, &rc),
        Check::<Rc<str>>::check(rule, &rc),
    );
    let arc: Arc<str> = value.into();
    same(
        "Arc<str>",
        Check::<Arc<str>>::check_kind(rule, &arc),
        Check::<Arc<str>>::check(rule, &arc),
    );
    // Through a reference to the rule too (`impl Check<T> for &C`).
    assert_eq!(Check::<str>::check_kind(&rule, value), kind);
    kind
}

fn accepts(rule: &impl StringRule, value: &str) -> bool {
    verdict(rule, value).is_ok()
}

// ---------------------------------------------------------------------------------------------
// email

/// `validator`'s email cases (themselves from Django's test suite, and copied by `garde`), with
/// the verdict of the HTML living standard's "valid email address". Where `validator` or
/// `garde` decide otherwise, the comment says so.
const PORTED_EMAIL_CASES: &[(&str, bool)] = &[
    ("email@here.com", true),
    ("weirder-email@here.and.there.com", true),
    ("!def!xyz%abc@example.com", true),
    // validator and garde accept IP-literal domains (SMTP, RFC 5321 4.1.3); HTML has no literals.
    ("email@[127.0.0.1]", false),
    ("email@[2001:dB8::1]", false),
    ("email@[2001:dB8:0:0:0:0:0:1]", false),
    ("email@[::fffF:127.0.0.1]", false),
    ("example@valid-----hyphens.com", true),
    ("example@valid-with-hyphens.com", true),
    // validator (and garde with `email-idna`) accept an IDN domain by converting it to punycode;
    // HTML's definition is ASCII only: the address must be given in its ASCII form.
    ("test@domain.with.idn.tld.उदाहरण.परीक्षा", false),
    ("test@domain.with.idn.tld.xn--p1b6ci4b4b3a.xn--11b5bs3a9aj6g", true),
    // Quoted local parts: refused by all three.
    ("\"test@test\"@example.com", false),
    // 63 characters, the longest label.
    (
        "a@atm.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        true,
    ),
    (
        "a@aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.atm",
        true,
    ),
    (
        "a@aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbb.atm",
        true,
    ),
    // 64 characters.
    (
        "a@atm.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        false,
    ),
    ("", false),
    ("abc", false),
    ("abc@", false),
    // validator refuses a domain without a dot; garde and HTML accept one (`user@localhost`).
    ("abc@bar", true),
    ("a @x.cz", false),
    ("abc@.com", false),
    ("something@@somewhere.com", false),
    // A dotted-decimal domain is four labels of digits: all three accept it.
    ("email@127.0.0.1", true),
    ("email@[127.0.0.256]", false),
    ("email@[2001:db8::12345]", false),
    ("email@[2001:db8:0:0:0:0:1]", false),
    ("email@[::ffff:127.0.0.256]", false),
    ("example@invalid-.com", false),
    ("example@-invalid.com", false),
    ("example@invalid.com-", false),
    ("example@inv-.alid-.com", false),
    ("example@inv-.-alid.com", false),
    (r#"test@example.com\n\n<script src="x.js">"#, false),
    (r#""\\\011"@here.com"#, false),
    (r#""\\\012"@here.com"#, false),
    ("trailingdot@shouldfail.com.", false),
    // Trailing newlines in the local part or the domain.
    ("a@b.com\n", false),
    ("a\n@b.com", false),
    (r#""test@test"\n@example.com"#, false),
    ("a@[127.0.0.1]\n", false),
    // Underscores are not allowed in domains.
    ("John.Doe@exam_ple.com", false),
];

#[test]
fn email_ported_cases() {
    for &(input, valid) in PORTED_EMAIL_CASES {
        let got = verdict(&rules::email(), input);
        if valid {
            assert_eq!(got, Ok(()), "{input:?} is a valid email address");
        } else {
            assert_eq!(
                got,
                Err(ErrorKind::Email { got: input.into() }),
                "{input:?} is not a valid email address"
            );
        }
    }
}

#[test]
fn email_lengths_rfc_5321_limits_are_not_htmls() {
    // garde refuses a local part over 64 characters and a domain over 255 (RFC 5321); HTML has
    // no limit but the 63 characters of each label.
    let local = format!("{}@mail.com", "a".repeat(65));
    assert!(accepts(&rules::email(), &local));
    let label = "b".repeat(63);
    let domain = format!("a@{label}.{label}.{label}.{label}.{label}");
    assert!(domain.len() - 2 > 255);
    assert!(accepts(&rules::email(), &domain));
    // garde's own 256-character domain is one 252-character label: refused by HTML too.
    let garde_domain = format!("a@{}.com", "a".repeat(252));
    assert!(!accepts(&rules::email(), &garde_domain));
}

#[test]
fn email_label_boundaries() {
    let email = |domain: &str| accepts(&rules::email(), &format!("user@{domain}"));
    for len in [1, 2, 62, 63] {
        assert!(email(&"x".repeat(len)), "a label of {len} characters");
        assert!(
            email(&format!("{}.com", "x".repeat(len))),
            "a first label of {len} characters"
        );
        assert!(
            email(&format!("mail.{}", "x".repeat(len))),
            "a last label of {len} characters"
        );
    }
    for len in [0, 64, 65, 200] {
        assert!(!email(&"x".repeat(len)), "a label of {len} characters");
        assert!(
            !email(&format!("mail.{}.com", "x".repeat(len))),
            "a middle label of {len} characters"
        );
    }
    // Hyphens inside a label only.
    assert!(email("a-b.com"));
    assert!(email("a--b.com"));
    assert!(email(&format!("a{}b", "-".repeat(61))));
    assert!(!email("-ab.com"));
    assert!(!email("ab-.com"));
    assert!(!email("ab.-com"));
    assert!(!email("ab.com-"));
    assert!(!email("-"));
    assert!(!email("a.-.b"));
    // Empty labels: leading, doubled or trailing dots.
    assert!(!email(".example.com"));
    assert!(!email("example..com"));
    assert!(!email("example.com."));
    // Digits and upper case anywhere, even a numeric top-level label.
    assert!(email("EXAMPLE.COM"));
    assert!(email("1.2"));
    assert!(email("0"));
}

#[test]
fn email_local_part() {
    let email = |local: &str| accepts(&rules::email(), &format!("{local}@example.com"));
    assert!(email("a"));
    assert!(email("first.last"));
    assert!(email("user+tag"));
    assert!(email("a.!#$%&'*+/=?^_`{|}~-z"));
    assert!(email("UPPER_case_123"));
    // HTML, unlike RFC 5322's dot-atom, allows dots anywhere in the local part.
    assert!(email(".leading"));
    assert!(email("trailing."));
    assert!(email("dou..ble"));
    assert!(email("."));
    // The empty local part, and characters outside the set.
    assert!(!email(""));
    for refused in [
        " ",
        "\"quoted\"",
        "a(b)",
        "a,b",
        "a:b",
        "a;b",
        "a<b>",
        "a[b]",
        "a\\b",
        "a\tb",
        "\0",
    ] {
        assert!(!email(refused), "{refused:?}");
    }
}

#[test]
fn email_is_ascii_only() {
    for refused in [
        "ü@example.com",
        "user@exämple.com",
        "пользователь@example.com",
        "user@例え.jp",
        "user@example.com\u{200b}",
        "\u{feff}user@example.com",
        "user@ｅxample.com",
    ] {
        assert_eq!(
            verdict(&rules::email(), refused),
            Err(ErrorKind::Email { got: refused.into() })
        );
    }
}

#[test]
fn email_refusal_message() {
    assert_eq!(
        Check::<str>::check(&rules::email(), "not an email").unwrap_err(),
        "must be an email address, got \"not an email\""
    );
    assert_eq!(
        rules::email().check_kind("a@"),
        Err(ErrorKind::Email { got: "a@".into() })
    );
    assert_eq!(rules::email().check_kind("a@b"), Ok(()));
}

// ---------------------------------------------------------------------------------------------
// url

#[test]
fn url_accepts_what_the_url_crate_parses() {
    for url in [
        "https://example.com",
        "https://example.com/a/b?c=d&e#f",
        "http://user:pass@example.com:8080/",
        "http://[::1]:8080/",
        "http://127.0.0.1/",
        "mailto:ada@example.com",
        "file:///etc/hosts",
        "data:text/plain,hello",
        "urn:isbn:0451450523",
        "https://例え.jp/",
        // Leading and trailing spaces are stripped by the parser, which accepts them.
        " https://example.com ",
    ] {
        assert_eq!(verdict(&rules::url(), url), Ok(()), "{url:?}");
    }
}

#[test]
fn url_refusals_carry_the_parser_reason() {
    for (url, reason) in [
        ("", "relative URL without a base"),
        ("example.com", "relative URL without a base"),
        ("/path/only", "relative URL without a base"),
        ("http://", "empty host"),
        // A space is refused by the IDNA step of host parsing.
        ("https://exa mple.com", "invalid international domain name"),
        ("http://[::1", "invalid IPv6 address"),
        ("http://256.0.0.1/", "invalid IPv4 address"),
        ("http://example.com:99999", "invalid port number"),
    ] {
        assert_eq!(
            verdict(&rules::url(), url),
            Err(ErrorKind::Url {
                got: url.into(),
                reason: reason.into()
            }),
            "{url:?}"
        );
    }
    assert_eq!(
        Check::<str>::check(&rules::url(), "example.com").unwrap_err(),
        "must be a URL (relative URL without a base), got \"example.com\""
    );
}

// ---------------------------------------------------------------------------------------------
// ip

#[test]
fn ipv4() {
    for ok in ["0.0.0.0", "1.2.3.4", "127.0.0.1", "255.255.255.255", "192.0.2.10"] {
        assert_eq!(verdict(&rules::ipv4(), ok), Ok(()), "{ok:?}");
        assert_eq!(verdict(&rules::ip(), ok), Ok(()), "{ok:?}");
        assert_eq!(
            verdict(&rules::ipv6(), ok),
            Err(ErrorKind::Ip {
                version: IpVersion::V6,
                got: ok.into()
            })
        );
    }
    for refused in [
        "",
        "256.0.0.1",
        "1.2.3.256",
        // Leading zeros: std refuses them, since other parsers read them as octal.
        "01.2.3.4",
        "1.2.3.04",
        "1.2.3",
        "1.2.3.4.5",
        "1.2.3.4.",
        " 1.2.3.4",
        "1.2.3.4\n",
        "0x7f.0.0.1",
        "1.2.3.-4",
        "１.2.3.4",
        "localhost",
    ] {
        assert_eq!(
            verdict(&rules::ipv4(), refused),
            Err(ErrorKind::Ip {
                version: IpVersion::V4,
                got: refused.into()
            }),
            "{refused:?}"
        );
        assert_eq!(
            verdict(&rules::ip(), refused),
            Err(ErrorKind::Ip {
                version: IpVersion::Any,
                got: refused.into()
            }),
            "{refused:?}"
        );
    }
}

#[test]
fn ipv6() {
    for ok in [
        "::",
        "::1",
        "2001:db8::1",
        "2001:DB8:0:0:0:0:0:1",
        "fe80::1",
        "::ffff:1.2.3.4",
        "::1.2.3.4",
        "64:ff9b::192.0.2.33",
        "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
    ] {
        assert_eq!(verdict(&rules::ipv6(), ok), Ok(()), "{ok:?}");
        assert_eq!(verdict(&rules::ip(), ok), Ok(()), "{ok:?}");
        assert_eq!(
            verdict(&rules::ipv4(), ok),
            Err(ErrorKind::Ip {
                version: IpVersion::V4,
                got: ok.into()
            })
        );
    }
    for refused in [
        "",
        ":",
        ":::",
        "1::2::3",
        "2001:db8::12345",
        "2001:db8:0:0:0:0:1",
        "1:2:3:4:5:6:7:8:9",
        "::ffff:1.2.3.256",
        "::ffff:01.2.3.4",
        "[::1]",
        // No zone index.
        "fe80::1%eth0",
        "g::1",
    ] {
        assert_eq!(
            verdict(&rules::ipv6(), refused),
            Err(ErrorKind::Ip {
                version: IpVersion::V6,
                got: refused.into()
            }),
            "{refused:?}"
        );
        assert!(!accepts(&rules::ip(), refused), "{refused:?}");
    }
}

#[test]
fn ip_messages_name_the_version() {
    assert_eq!(
        Check::<str>::check(&rules::ip(), "x").unwrap_err(),
        "must be an IP address, got \"x\""
    );
    assert_eq!(
        Check::<str>::check(&rules::ipv4(), "::1").unwrap_err(),
        "must be an IPv4 address, got \"::1\""
    );
    assert_eq!(
        Check::<str>::check(&rules::ipv6(), "1.2.3.4").unwrap_err(),
        "must be an IPv6 address, got \"1.2.3.4\""
    );
    assert_eq!(rules::ip().0, IpVersion::Any);
    assert_eq!(rules::ipv4().0, IpVersion::V4);
    assert_eq!(rules::ipv6().0, IpVersion::V6);
}

// ---------------------------------------------------------------------------------------------
// pattern

static SEMVER: Pattern = rules::pattern(r"^\d+\.\d+\.\d+$");

#[test]
fn pattern_match_and_no_match() {
    assert_eq!(verdict(&SEMVER, "1.2.3"), Ok(()));
    assert_eq!(verdict(&SEMVER, "10.20.30"), Ok(()));
    assert_eq!(
        verdict(&SEMVER, "1.2"),
        Err(ErrorKind::Pattern {
            pattern: r"^\d+\.\d+\.\d+$",
            got: "1.2".into()
        })
    );
    assert_eq!(
        Check::<str>::check(&SEMVER, "v1.2.3").unwrap_err(),
        r#"must match /^\d+\.\d+\.\d+$/, got "v1.2.3""#
    );
    assert_eq!(SEMVER.pattern_str(), r"^\d+\.\d+\.\d+$");
}

#[test]
fn pattern_is_unanchored() {
    let digits = rules::pattern("[0-9]+");
    assert!(accepts(&digits, "abc123def"), "a match anywhere is enough");
    assert!(accepts(&digits, "7"));
    assert!(!accepts(&digits, "abc"));
    assert!(!accepts(&digits, ""));
    let anchored = rules::pattern("^[0-9]+$");
    assert!(!accepts(&anchored, "abc123def"));
    assert!(accepts(&anchored, "123"));
    // An empty pattern matches every string.
    assert!(accepts(&rules::pattern(""), "anything"));
    assert!(accepts(&rules::pattern(""), ""));
}

#[test]
fn pattern_is_unicode_aware() {
    let word = rules::pattern(r"^\w+$");
    assert!(accepts(&word, "héllo"));
    assert!(accepts(&word, "٣"));
    assert!(!accepts(&word, "a b"));
}

#[test]
fn pattern_in_a_static_is_compiled_once_and_reused() {
    static SLUG: Pattern = rules::pattern("^[a-z0-9]+(-[a-z0-9]+)*$");
    // Both calls use the same lazily compiled regex; the verdicts do not change.
    for _ in 0..2 {
        assert_eq!(SLUG.check_kind("hello-world"), Ok(()));
        assert_eq!(
            SLUG.check_kind("Hello World"),
            Err(ErrorKind::Pattern {
                pattern: "^[a-z0-9]+(-[a-z0-9]+)*$",
                got: "Hello World".into()
            })
        );
    }
    // From several threads at once (a static rule is shared).
    std::thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| assert!(SLUG.check("a-b-c").is_ok()));
        }
    });
    // A clone keeps working, compiled or not.
    let clone = SLUG.clone();
    assert!(clone.check("x").is_ok());
    assert!(rules::pattern("^x$").clone().check("x").is_ok());
}

#[test]
fn an_invalid_pattern_refuses_without_panicking() {
    let broken = rules::pattern("(unclosed");
    for _ in 0..2 {
        match verdict(&broken, "(unclosed") {
            Err(ErrorKind::Custom { message }) => {
                assert!(
                    message.starts_with("cannot be checked: /(unclosed/ is not a valid regular expression: "),
                    "{message}"
                );
                assert!(message.contains("unclosed group"), "{message}");
            }
            other => panic!("expected a custom refusal, got {other:?}"),
        }
    }
    assert_eq!(broken.pattern_str(), "(unclosed");
}

#[test]
fn pattern_debug_shows_the_pattern() {
    assert_eq!(format!("{:?}", rules::pattern("a+")), "Pattern(\"a+\")");
    assert_eq!(format!("{SEMVER:?}"), r#"Pattern("^\\d+\\.\\d+\\.\\d+$")"#);
}

// ---------------------------------------------------------------------------------------------
// ascii, alphanumeric

#[test]
fn ascii() {
    for ok in ["", "hello", "Hello, World! 123", "~\t\n\0\x7f"] {
        assert_eq!(verdict(&rules::ascii(), ok), Ok(()), "{ok:?}");
    }
    for refused in ["héllo", "٣", "naïve", "\u{80}", "emoji 👍", "ｆｕｌｌ"] {
        assert_eq!(
            verdict(&rules::ascii(), refused),
            Err(ErrorKind::Text {
                rule: TextRule::Ascii,
                got: refused.into()
            }),
            "{refused:?}"
        );
    }
    assert_eq!(
        Check::<str>::check(&rules::ascii(), "é").unwrap_err(),
        "must be ASCII, got \"é\""
    );
}

#[test]
fn alphanumeric_is_unicode_letters_and_digits() {
    for ok in [
        "",
        "abc",
        "ABC123",
        "héllo",
        // ARABIC-INDIC DIGIT THREE is numeric.
        "٣",
        "١٢٣abc",
        "Grüße",
        "Ωμέγα",
        "日本語",
        // VULGAR FRACTION ONE HALF and ROMAN NUMERAL TWELVE are numeric too.
        "½",
        "Ⅻ",
    ] {
        assert_eq!(verdict(&rules::alphanumeric(), ok), Ok(()), "{ok:?}");
    }
    for refused in [" ", "a b", "snake_case", "kebab-case", "a.b", "👍", "tab\t", "e\u{301}"] {
        assert_eq!(
            verdict(&rules::alphanumeric(), refused),
            Err(ErrorKind::Text {
                rule: TextRule::Alphanumeric,
                got: refused.into()
            }),
            "{refused:?}"
        );
    }
    assert_eq!(
        Check::<str>::check(&rules::alphanumeric(), "a-b").unwrap_err(),
        "must be alphanumeric, got \"a-b\""
    );
}

// ---------------------------------------------------------------------------------------------
// contains, not_contains, prefix, suffix

#[test]
fn contains_and_not_contains() {
    assert!(accepts(&rules::contains("@"), "a@b"));
    assert!(accepts(&rules::contains("@"), "@"));
    assert_eq!(
        verdict(&rules::contains("@"), "ab"),
        Err(ErrorKind::Text {
            rule: TextRule::Contains("@"),
            got: "ab".into()
        })
    );
    assert!(!accepts(&rules::contains("@"), ""));
    assert!(accepts(&rules::not_contains(".."), "a.b.c"));
    assert!(accepts(&rules::not_contains(".."), ""));
    assert_eq!(
        verdict(&rules::not_contains(".."), "../etc"),
        Err(ErrorKind::Text {
            rule: TextRule::NotContains(".."),
            got: "../etc".into()
        })
    );
    // Multi-byte needles.
    assert!(accepts(&rules::contains("é"), "café"));
    assert!(!accepts(&rules::contains("é"), "cafe"));
    // A decomposed é (e + COMBINING ACUTE ACCENT) is another string.
    assert!(!accepts(&rules::contains("é"), "cafe\u{301}"));
    assert!(accepts(&rules::contains("👍"), "ok 👍!"));
    assert!(!accepts(&rules::not_contains("👍"), "👍"));
    assert!(accepts(&rules::not_contains("👍"), "👎"));
    // Case matters.
    assert!(!accepts(&rules::contains("A"), "abc"));
    assert_eq!(rules::contains("x").0, "x");
    assert_eq!(rules::not_contains("y").0, "y");
}

#[test]
fn empty_needles() {
    // Every string, the empty one included, contains "", starts with it and ends with it.
    for value in ["", "x", "héllo"] {
        assert!(accepts(&rules::contains(""), value), "{value:?}");
        assert!(accepts(&rules::prefix(""), value), "{value:?}");
        assert!(accepts(&rules::suffix(""), value), "{value:?}");
        assert_eq!(
            verdict(&rules::not_contains(""), value),
            Err(ErrorKind::Text {
                rule: TextRule::NotContains(""),
                got: value.into()
            }),
        );
    }
}

#[test]
fn prefix_and_suffix() {
    assert!(accepts(&rules::prefix("https://"), "https://example.com"));
    assert!(accepts(&rules::prefix("https://"), "https://"));
    assert!(!accepts(&rules::prefix("https://"), "https:/"));
    assert!(!accepts(&rules::prefix("https://"), "HTTPS://example.com"));
    assert!(!accepts(&rules::prefix("https://"), " https://example.com"));
    assert!(accepts(&rules::suffix(".rs"), "main.rs"));
    assert!(!accepts(&rules::suffix(".rs"), "main.rs "));
    assert!(!accepts(&rules::suffix(".rs"), "rs"));
    // Multi-byte.
    assert!(accepts(&rules::prefix("ü"), "über"));
    assert!(!accepts(&rules::prefix("ü"), "uber"));
    assert!(accepts(&rules::suffix("€"), "5€"));
    assert!(!accepts(&rules::suffix("€"), "€5"));
    assert!(accepts(&rules::prefix("日本"), "日本語"));
    assert!(!accepts(&rules::suffix("日本"), "日本語"));
    assert_eq!(rules::prefix("p").0, "p");
    assert_eq!(rules::suffix("s").0, "s");
}

#[test]
fn text_refusals_as_data_and_messages() {
    assert_eq!(
        rules::prefix("https://").check_kind("http://x"),
        Err(ErrorKind::Text {
            rule: TextRule::Prefix("https://"),
            got: "http://x".into()
        })
    );
    assert_eq!(
        Check::<str>::check(&rules::prefix("https://"), "http://x").unwrap_err(),
        "must start with \"https://\", got \"http://x\""
    );
    assert_eq!(
        verdict(&rules::suffix(".json"), "a.toml"),
        Err(ErrorKind::Text {
            rule: TextRule::Suffix(".json"),
            got: "a.toml".into()
        })
    );
    assert_eq!(
        Check::<str>::check(&rules::suffix(".json"), "a.toml").unwrap_err(),
        "must end with \".json\", got \"a.toml\""
    );
    assert_eq!(
        Check::<str>::check(&rules::contains("é"), "e").unwrap_err(),
        "must contain \"é\", got \"e\""
    );
    assert_eq!(
        Check::<str>::check(&rules::not_contains("\""), "say \"hi\"").unwrap_err(),
        r#"must not contain "\"", got "say \"hi\"""#
    );
    // `got` holds the whole refused string, however long.
    let long = "x".repeat(10_000);
    assert_eq!(
        rules::contains("y").check_kind(long.as_str()),
        Err(ErrorKind::Text {
            rule: TextRule::Contains("y"),
            got: long.clone()
        })
    );
}

// ---------------------------------------------------------------------------------------------
// required

#[test]
fn required() {
    struct Opaque;

    assert_eq!(rules::required().check_kind(&Some(0_u8)), Ok(()));
    assert_eq!(rules::required().check_kind(&Some(String::new())), Ok(()));
    assert_eq!(
        rules::required().check_kind(&Some(None::<u8>)),
        Ok(()),
        "Some(None) holds a value"
    );
    assert_eq!(rules::required().check_kind(&None::<u8>), Err(ErrorKind::Required));
    assert_eq!(rules::required().check(&Some("x")), Ok(()));
    assert_eq!(rules::required().check(&None::<&str>).unwrap_err(), "is required");
    assert_eq!(ErrorKind::Required.to_string(), "is required");
    // Any T, even one without Debug, Clone or PartialEq.
    assert!(rules::required().check(&Some(Opaque)).is_ok());
    assert!(rules::required().check(&None::<Opaque>).is_err());
}

#[test]
fn rules_are_plain_copyable_values() {
    fn copy<T: Copy + std::fmt::Debug>(rule: T) -> String {
        let copied = rule;
        format!("{copied:?} {rule:?}")
    }
    const EMAIL: rules::Email = rules::email();
    const HTTPS: rules::Prefix = rules::prefix("https://");

    assert_eq!(copy(rules::email()), "Email Email");
    assert_eq!(copy(rules::url()), "Url Url");
    assert_eq!(copy(rules::ipv4()), "Ip(V4) Ip(V4)");
    assert_eq!(copy(rules::ascii()), "Ascii Ascii");
    assert_eq!(copy(rules::alphanumeric()), "Alphanumeric Alphanumeric");
    assert_eq!(copy(rules::contains("a")), "Contains(\"a\") Contains(\"a\")");
    assert_eq!(copy(rules::not_contains("a")), "NotContains(\"a\") NotContains(\"a\")");
    assert_eq!(copy(rules::prefix("a")), "Prefix(\"a\") Prefix(\"a\")");
    assert_eq!(copy(rules::suffix("a")), "Suffix(\"a\") Suffix(\"a\")");
    assert_eq!(copy(rules::required()), "Required Required");
    // Usable in constants.
    assert!(EMAIL.check("a@b").is_ok());
    assert!(HTTPS.check("https://a").is_ok());
}

// ---------------------------------------------------------------------------------------------
// properties

/// Strings mixing ASCII, Latin-1, other scripts and emoji, so that both verdicts turn up.
fn mixed_text() -> impl Strategy<Value = String> {
    prop_oneof!["[ -~]{0,16}", "[a-zé٣😀 _.-]{0,16}", any::<String>()]
}

/// A local part as HTML defines it.
const LOCAL: &str = "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]{1,24}";
/// A label as HTML defines it: 1 to 63 characters, no hyphen at either end.
const LABEL: &str = "[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?";

fn valid_email() -> impl Strategy<Value = String> {
    (LOCAL, prop::collection::vec(LABEL, 1..5)).prop_map(|(local, labels)| format!("{local}@{}", labels.join(".")))
}

proptest! {
    #[test]
    fn ascii_is_str_is_ascii(s in mixed_text()) {
        prop_assert_eq!(verdict(&rules::ascii(), &s).is_ok(), s.is_ascii());
    }

    #[test]
    fn alphanumeric_is_every_char_alphanumeric(s in mixed_text()) {
        prop_assert_eq!(verdict(&rules::alphanumeric(), &s).is_ok(), s.chars().all(char::is_alphanumeric));
    }

    #[test]
    fn contains_is_str_contains(s in "[abé]{0,10}", needle in "[abé]{0,3}") {
        let needle: &'static str = Box::leak(needle.into_boxed_str());
        prop_assert_eq!(verdict(&rules::contains(needle), &s).is_ok(), s.contains(needle));
        prop_assert_eq!(verdict(&rules::not_contains(needle), &s).is_ok(), !s.contains(needle));
        prop_assert_eq!(verdict(&rules::prefix(needle), &s).is_ok(), s.starts_with(needle));
        prop_assert_eq!(verdict(&rules::suffix(needle), &s).is_ok(), s.ends_with(needle));
    }

    #[test]
    fn every_ipv4_address_is_an_ipv4_address(bits in any::<u32>()) {
        let text = Ipv4Addr::from(bits).to_string();
        prop_assert_eq!(verdict(&rules::ipv4(), &text), Ok(()));
        prop_assert_eq!(verdict(&rules::ip(), &text), Ok(()));
        prop_assert_eq!(verdict(&rules::ipv6(), &text), Err(ErrorKind::Ip { version: IpVersion::V6, got: text.clone() }));
    }

    #[test]
    fn every_ipv6_address_is_an_ipv6_address(bits in any::<u128>()) {
        let text = Ipv6Addr::from(bits).to_string();
        prop_assert_eq!(verdict(&rules::ipv6(), &text), Ok(()));
        prop_assert_eq!(verdict(&rules::ip(), &text), Ok(()));
        prop_assert_eq!(verdict(&rules::ipv4(), &text), Err(ErrorKind::Ip { version: IpVersion::V4, got: text.clone() }));
    }

    #[test]
    fn every_address_of_the_html_grammar_is_accepted(email in valid_email()) {
        prop_assert_eq!(verdict(&rules::email(), &email), Ok(()));
    }

    #[test]
    fn a_character_outside_both_parts_is_refused(
        email in valid_email(),
        at in any::<prop::sample::Index>(),
        bad in prop::sample::select(vec![' ', '"', '(', ')', ',', ':', ';', '<', '>', '[', '\\', ']', 'ü', '\n', '\0']),
    ) {
        // Insert the character at a character boundary.
        let boundaries: Vec<usize> = email.char_indices().map(|(i, _)| i).chain([email.len()]).collect();
        let mut broken = email.clone();
        broken.insert(boundaries[at.index(boundaries.len())], bad);
        prop_assert_eq!(verdict(&rules::email(), &broken), Err(ErrorKind::Email { got: broken.clone() }));
    }

    #[test]
    fn a_label_over_63_characters_is_refused(local in LOCAL, label in "[a-z0-9]{64,80}") {
        let email = format!("{local}@{label}.com");
        prop_assert!(verdict(&rules::email(), &email).is_err());
    }

    #[test]
    fn any_string_gets_one_verdict_from_every_carrier(s in mixed_text()) {
        // `verdict` asserts the agreement; these calls run it on arbitrary strings.
        let _ = verdict(&rules::email(), &s);
        let _ = verdict(&rules::url(), &s);
        let _ = verdict(&rules::ip(), &s);
        let _ = verdict(&SEMVER, &s);
        let _ = verdict(&rules::ascii(), &s);
    }
}
