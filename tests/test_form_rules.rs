//! The rules users of validator and garde rely on, through the derives: built-in string rules in
//! `#[check(..)]`, lengths by unit, exclusive bounds, `required`; each in `FIELDS` as data, each
//! refusal an `ErrorKind` of its own that names struct, field and value, and a refused setter
//! value leaves the old one in place.

use slotmodel::{ErrorKind, IpVersion, LengthUnit, Number, Rule, TextRule, Validate};

#[derive(Validate, Debug, Clone)]
struct SignUp {
    #[check(email)]
    email: String,
    #[check(url)]
    homepage: String,
    #[check(ipv4)]
    address: String,
    #[check(pattern = "^[a-z][a-z0-9_]*$")]
    #[bounded(bytes = 3..=16)]
    username: String,
    #[check(prefix = "+", not_contains = " ")]
    phone: String,
    #[check(required, email)]
    backup_email: Option<String>,
}

fn sign_up() -> SignUp {
    SignUp::new(
        "ada@example.com".into(),
        "https://example.com/ada".into(),
        "192.0.2.1".into(),
        "ada_l".into(),
        "+441234".into(),
        Some("ada@backup.example".into()),
    )
    .unwrap()
}

fn kinds(value: &SignUp) -> Vec<(String, ErrorKind)> {
    match value.validate() {
        Ok(()) => Vec::new(),
        Err(errors) => errors.iter().map(|e| (e.field().to_owned(), e.kind())).collect(),
    }
}

#[test]
fn valid_values_pass_every_rule() {
    assert!(sign_up().validate().is_ok());
}

#[test]
fn each_rule_refuses_with_its_own_kind() {
    let mut form = sign_up();
    form.email = "ada@".into();
    form.homepage = "not a url".into();
    form.address = "::1".into();
    form.username = "Ada".into();
    form.phone = "+44 1234".into();
    form.backup_email = None;
    let got = kinds(&form);
    assert_eq!(got.len(), 6, "{got:?}");
    assert_eq!(got[0], ("email".into(), ErrorKind::Email { got: "ada@".into() }));
    assert!(matches!(&got[1].1, ErrorKind::Url { got, .. } if got == "not a url"));
    assert_eq!(
        got[2].1,
        ErrorKind::Ip {
            version: IpVersion::V4,
            got: "::1".into()
        }
    );
    assert_eq!(
        got[3].1,
        ErrorKind::Pattern {
            pattern: "^[a-z][a-z0-9_]*$",
            got: "Ada".into()
        }
    );
    assert_eq!(
        got[4].1,
        ErrorKind::Text {
            rule: TextRule::NotContains(" "),
            got: "+44 1234".into()
        }
    );
    assert_eq!(got[5], ("backup_email".into(), ErrorKind::Required));
}

#[test]
fn messages_name_struct_field_rule_and_value() {
    let err = SignUp::new(
        "ada@example.com".into(),
        "https://example.com".into(),
        "192.0.2.1".into(),
        "ada".into(),
        "441234".into(),
        None,
    )
    .unwrap_err();
    let messages: Vec<String> = err.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "SignUp.phone must start with \"+\", got \"441234\"",
            "SignUp.backup_email is required",
        ]
    );
}

#[test]
fn rules_on_an_option_apply_to_some_and_required_to_the_option() {
    let mut form = sign_up();
    form.backup_email = Some("nobody".into());
    assert_eq!(kinds(&form)[0].1, ErrorKind::Email { got: "nobody".into() });
}

#[test]
fn a_refused_setter_value_leaves_the_old_one() {
    let mut form = sign_up();
    let err = form.set_email("ada at example.com".into()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "SignUp.email must be an email address, got \"ada at example.com\""
    );
    assert_eq!(form.email(), "ada@example.com");
    form.set_email("grace@example.com".into()).unwrap();
    assert_eq!(form.email(), "grace@example.com");
    assert!(form.set_username("x".into()).is_err());
    assert_eq!(form.username(), "ada_l");
}

#[test]
fn every_rule_is_in_fields_as_data() {
    let rules: Vec<&[Rule]> = SignUp::FIELDS.iter().map(|f| f.rules).collect();
    assert_eq!(rules[0], &[Rule::Email]);
    assert_eq!(rules[1], &[Rule::Url]);
    assert_eq!(rules[2], &[Rule::Ip(IpVersion::V4)]);
    assert_eq!(
        rules[3],
        &[
            Rule::Length {
                unit: LengthUnit::Bytes,
                min: Some(3),
                max: Some(16),
                max_inclusive: true
            },
            Rule::Pattern("^[a-z][a-z0-9_]*$"),
        ]
    );
    assert_eq!(
        rules[4],
        &[
            Rule::Text(TextRule::Prefix("+")),
            Rule::Text(TextRule::NotContains(" "))
        ]
    );
    assert_eq!(rules[5], &[Rule::Required, Rule::Email]);
    let shown: Vec<String> = SignUp::FIELDS[3].rules.iter().map(ToString::to_string).collect();
    assert_eq!(shown, ["bytes 3..=16", "pattern = \"^[a-z][a-z0-9_]*$\""]);
}

#[derive(Validate, Debug)]
struct Lengths {
    #[bounded(len = 3)]
    code: String,
    #[bounded(bytes = ..=4)]
    bytes: String,
    #[bounded(utf16 = ..=2)]
    utf16: String,
    #[bounded(graphemes = 1..=2)]
    graphemes: String,
    #[bounded(min_len = 1, max_len = 2)]
    chars: String,
}

#[test]
fn lengths_count_in_the_unit_written() {
    // "é" is 1 char, 2 bytes, 1 UTF-16 unit; "👍" is 1 char, 4 bytes, 2 units; "e\u{301}" is
    // 2 chars but 1 grapheme.
    let ok = Lengths::new("abc".into(), "éé".into(), "👍".into(), "e\u{301}👍".into(), "éé".into());
    assert!(ok.is_ok(), "{ok:?}");
    let err = Lengths::new("ab".into(), "ééé".into(), "a👍".into(), "abc".into(), String::new()).unwrap_err();
    let kinds: Vec<ErrorKind> = err.iter().map(slotmodel::FieldError::kind).collect();
    assert_eq!(
        kinds,
        [
            ErrorKind::TooShort {
                min: 3,
                unit: LengthUnit::Chars,
                got: 2
            },
            ErrorKind::TooLong {
                max: 4,
                inclusive: true,
                unit: LengthUnit::Bytes,
                got: 6
            },
            ErrorKind::TooLong {
                max: 2,
                inclusive: true,
                unit: LengthUnit::Utf16,
                got: 3
            },
            ErrorKind::TooLong {
                max: 2,
                inclusive: true,
                unit: LengthUnit::Graphemes,
                got: 3
            },
            ErrorKind::TooShort {
                min: 1,
                unit: LengthUnit::Chars,
                got: 0
            },
        ]
    );
    assert_eq!(
        err.iter().nth(1).unwrap().to_string(),
        "Lengths.bytes length in bytes must be <= 4, got 6"
    );
}

#[derive(Validate, Debug)]
struct Ratio {
    #[bounded(min_exclusive = 0.0, max = 1.0)]
    share: f64,
    #[bounded(min_exclusive = 0, max_exclusive = 10)]
    step: i32,
}

#[test]
fn exclusive_bounds_refuse_the_bound_itself() {
    assert!(Ratio::new(1.0, 9).is_ok());
    assert!(Ratio::new(f64::MIN_POSITIVE, 1).is_ok());
    let err = Ratio::new(0.0, 10).unwrap_err();
    let messages: Vec<String> = err.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        ["Ratio.share must be > 0, got 0", "Ratio.step must be < 10, got 10"]
    );
    assert_eq!(
        err.iter().next().unwrap().kind(),
        ErrorKind::BelowMin {
            min: Number::F64(0.0),
            inclusive: false,
            got: Number::F64(0.0)
        }
    );
    assert!(Ratio::new(f64::NAN, 1).is_err());
    assert!(Ratio::new(0.5, 0).is_err());
    let Rule::Range {
        min_inclusive,
        max_inclusive,
        ..
    } = Ratio::FIELDS[1].rules[0]
    else {
        panic!("a range rule")
    };
    assert!(!min_inclusive && !max_inclusive);
    assert_eq!(Ratio::FIELDS[0].rules[0].to_string(), "min_exclusive = 0, ..=1");
}

#[test]
fn exclusive_bounds_hold_in_const_constructors() {
    const RATIO: Ratio = Ratio::new_const(0.25, 5);
    assert_eq!(RATIO.step(), 5);
}

/// A rule named like a built-in but called is the user's own expression.
mod own {
    pub struct Email;
    impl slotmodel::Check<String> for Email {
        fn check(&self, value: &String) -> Result<(), std::borrow::Cow<'static, str>> {
            if value.ends_with("@corp.example") {
                Ok(())
            } else {
                Err("must be a corporate address".into())
            }
        }
    }
    pub fn email() -> Email {
        Email
    }
}

#[derive(Validate, Debug)]
struct Staff {
    #[check(own::email())]
    email: String,
}

#[test]
fn a_user_rule_named_like_a_built_in_stays_the_users() {
    assert!(Staff::new("a@corp.example".into()).is_ok());
    let err = Staff::new("a@example.com".into()).unwrap_err();
    assert_eq!(err.to_string(), "Staff.email must be a corporate address");
    assert_eq!(Staff::FIELDS[0].rules, &[Rule::Check("own::email()")]);
}

#[test]
fn built_in_rules_work_in_tuple_structs_and_on_borrowed_strings() {
    #[derive(Validate, Debug)]
    struct Host<'a>(
        #[check(ip)] &'a str,
        #[check(ascii, suffix = ".example")] std::borrow::Cow<'a, str>,
    );
    assert!(Host::new("2001:db8::1", "api.example".into()).is_ok());
    let err = Host::new("2001:db8::g", "apï.example".into()).unwrap_err();
    let messages: Vec<String> = err.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "Host.0 must be an IP address, got \"2001:db8::g\"",
            "Host.1 must be ASCII, got \"apï.example\""
        ]
    );
}

#[derive(Validate, Debug)]
struct Order {
    #[bounded(len = 1..=3, each(1..=10))]
    quantities: Vec<u32>,
    #[check(each(email))]
    #[bounded(each(len = ..=20))]
    recipients: Vec<String>,
    #[bounded(each(0.0..=1.0))]
    discounts: std::collections::BTreeMap<String, f64>,
    #[bounded(each(min = 1))]
    sizes: Option<[u8; 2]>,
}

#[test]
fn each_checks_every_element_and_names_the_refused_one() {
    let ok = Order::new(
        vec![1, 10],
        vec!["a@b.example".into()],
        [("eu".to_owned(), 0.5)].into(),
        None,
    );
    assert!(ok.is_ok(), "{ok:?}");
    let err = Order::new(
        vec![1, 11, 0],
        vec![
            "a@b.example".into(),
            "nobody".into(),
            "averyveryverylongname@x.example".into(),
        ],
        [("eu".to_owned(), 0.5), ("us".to_owned(), 1.5)].into(),
        Some([3, 0]),
    )
    .unwrap_err();
    let messages: Vec<String> = err.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "Order.quantities[1] must be <= 10, got 11",
            "Order.recipients[1] must be an email address, got \"nobody\"",
            "Order.discounts[\"us\"] must be <= 1, got 1.5",
            "Order.sizes[1] must be >= 1, got 0",
        ]
    );
    assert_eq!(err.iter().next().unwrap().field(), "quantities[1]");
}

#[test]
fn each_keeps_the_collections_own_rules_and_its_setter_keeps_the_old_value() {
    let mut order = Order::new(vec![1], vec![], std::collections::BTreeMap::new(), None).unwrap();
    assert_eq!(
        order.set_quantities(vec![]).unwrap_err().to_string(),
        "Order.quantities length must be >= 1, got 0"
    );
    assert_eq!(
        order.set_quantities(vec![5, 50]).unwrap_err().to_string(),
        "Order.quantities[1] must be <= 10, got 50"
    );
    assert_eq!(order.quantities(), &[1]);
}

#[test]
fn each_is_in_fields_as_data() {
    let Rule::Each(inner) = Order::FIELDS[0].rules[1] else {
        panic!("an each rule: {:?}", Order::FIELDS[0].rules)
    };
    assert_eq!(inner.len(), 1);
    assert_eq!(Order::FIELDS[0].rules[1].to_string(), "each(1..=10)");
    assert_eq!(Order::FIELDS[1].rules[0].to_string(), "each(len ..=20, email)");
}

#[derive(Validate, Debug)]
struct Part {
    #[bounded(1..=5)]
    qty: u8,
}

#[derive(Validate, Debug)]
struct Catalog {
    #[nested]
    by_code: std::collections::HashMap<String, Part>,
    #[nested]
    pair: (Part, std::rc::Rc<Part>),
    #[nested]
    shared: std::sync::Arc<Vec<Part>>,
}

#[test]
fn nested_reaches_through_maps_tuples_and_shared_pointers() {
    let part = |qty| Part { qty };
    let catalog = Catalog {
        by_code: [("a1".to_owned(), part(9))].into(),
        pair: (part(1), std::rc::Rc::new(part(0))),
        shared: std::sync::Arc::new(vec![part(2), part(7)]),
    };
    let messages: Vec<String> = catalog
        .validate()
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        messages,
        [
            "Catalog.by_code[\"a1\"].qty must be <= 5, got 9",
            "Catalog.pair.1.qty must be >= 1, got 0",
            "Catalog.shared[1].qty must be <= 5, got 7",
        ]
    );
}
