//! Validation errors as JSON (feature `serde`): the exact shape a service sends, and a client
//! reading it back.

use std::collections::BTreeMap;

use serde_json::json;
use slotmodel::{ErrorKind, FieldError, IpVersion, LengthUnit, Number, Validate, ValidationErrors};

#[derive(Validate, Debug)]
struct Address {
    #[bounded(len = 5)]
    zip: String,
}

#[derive(Validate, Debug)]
struct Port(#[bounded(min = 1)] u16);

#[derive(Validate, Debug)]
struct Profile {
    #[bounded(13..=130)]
    age: i32,
    #[bounded(len = 1..=8)]
    name: String,
    #[check(email)]
    email: String,
    #[nested]
    address: Address,
    #[nested]
    ports: Vec<Port>,
    #[bounded(each(max_exclusive = 1.0))]
    labels: BTreeMap<String, f64>,
    #[bounded(each(1..=10))]
    sizes: Vec<u8>,
}

fn refused_profile() -> ValidationErrors {
    Profile::new(
        7,
        "Bartholomew".into(),
        "nobody".into(),
        Address { zip: "123".into() },
        vec![Port(80), Port(0)],
        [("eu".to_owned(), 0.5), ("us".to_owned(), 1.0)].into(),
        vec![3, 11],
    )
    .unwrap_err()
}

fn to_json(errors: &ValidationErrors) -> serde_json::Value {
    serde_json::to_value(errors).unwrap()
}

#[test]
fn each_kind_of_refusal_has_its_exact_json() {
    assert_eq!(
        to_json(&refused_profile()),
        json!([
            {"path": "age", "code": "below_min", "message": "must be >= 13, got 7",
             "params": {"min": 13, "got": 7}},
            {"path": "name", "code": "too_long", "message": "length must be <= 8, got 11",
             "params": {"max": 8, "unit": "chars", "got": 11}},
            {"path": "email", "code": "email", "message": "must be an email address, got \"nobody\"",
             "params": {"got": "nobody"}},
            {"path": "address.zip", "code": "too_short", "message": "length must be >= 5, got 3",
             "params": {"min": 5, "unit": "chars", "got": 3}},
            {"path": "ports[1].0", "code": "below_min", "message": "must be >= 1, got 0",
             "params": {"min": 1, "got": 0}},
            {"path": "labels[\"us\"]", "code": "above_max", "message": "must be < 1, got 1",
             "params": {"max_exclusive": 1.0, "got": 1.0}},
            {"path": "sizes[1]", "code": "above_max", "message": "must be <= 10, got 11",
             "params": {"max": 10, "got": 11}},
        ])
    );
}

#[test]
fn a_rules_own_code_and_message_replace_the_kinds() {
    #[derive(Validate, Debug)]
    struct Account {
        #[check(required, message = "please give a name", code = "name.missing")]
        name: Option<String>,
    }
    let errors = Account::new(None).unwrap_err();
    assert_eq!(
        to_json(&errors),
        json!([{"path": "name", "code": "name.missing", "message": "please give a name", "params": {"kind": "required"}}])
    );
    let back: ValidationErrors = serde_json::from_value(to_json(&errors)).unwrap();
    assert_eq!(back.first().kind(), ErrorKind::Required);
    assert_eq!(back.first().code(), Some("name.missing"));
    assert_eq!(back.first().message(), Some("please give a name"));
}

#[test]
fn the_other_kinds_have_their_params() {
    let cases = [
        (
            ErrorKind::NotANumber,
            json!({"code": "not_a_number", "message": "must be a number, got NaN", "params": {}}),
        ),
        (
            ErrorKind::Url {
                got: "x".into(),
                reason: "relative URL without a base".into(),
            },
            json!({"code": "url", "message": "must be a URL (relative URL without a base), got \"x\"",
                   "params": {"reason": "relative URL without a base", "got": "x"}}),
        ),
        (
            ErrorKind::Ip {
                version: IpVersion::V6,
                got: "1.2.3.4".into(),
            },
            json!({"code": "ip", "message": "must be an IPv6 address, got \"1.2.3.4\"",
                   "params": {"version": "v6", "got": "1.2.3.4"}}),
        ),
        (
            ErrorKind::Pattern {
                pattern: "[0-9]+",
                got: "abc".into(),
            },
            json!({"code": "pattern", "message": "must match /[0-9]+/, got \"abc\"",
                   "params": {"pattern": "[0-9]+", "got": "abc"}}),
        ),
        (
            ErrorKind::Text {
                rule: slotmodel::TextRule::Prefix("https://"),
                got: "http://x".into(),
            },
            json!({"code": "text", "message": "must start with \"https://\", got \"http://x\"",
                   "params": {"rule": "prefix", "arg": "https://", "got": "http://x"}}),
        ),
        (
            ErrorKind::Mismatch { other: "password" },
            json!({"code": "mismatch", "message": "must equal password", "params": {"other": "password"}}),
        ),
        (
            ErrorKind::custom("must be even, got 7"),
            json!({"code": "custom", "message": "must be even, got 7", "params": {}}),
        ),
        (
            ErrorKind::TooLong {
                max: 4,
                inclusive: false,
                unit: LengthUnit::Bytes,
                got: 4,
            },
            json!({"code": "too_long", "message": "length in bytes must be < 4, got 4",
                   "params": {"max_exclusive": 4, "unit": "bytes", "got": 4}}),
        ),
    ];
    for (kind, expected) in cases {
        assert_eq!(serde_json::to_value(&kind).unwrap(), expected, "{kind:?}");
    }
    // Numbers wider than 64 bits are written in full.
    let wide = ErrorKind::AboveMax {
        max: Number::Unsigned(u128::MAX - 1),
        inclusive: true,
        got: Number::Unsigned(u128::MAX),
    };
    let (max, got) = (u128::MAX - 1, u128::MAX);
    assert_eq!(
        serde_json::to_string(&wide).unwrap(),
        format!(
            r#"{{"code":"above_max","message":"must be <= {max}, got {got}","params":{{"max":{max},"got":{got}}}}}"#
        )
    );
}

#[test]
fn errors_read_back_equal_to_those_sent() {
    // Struct names are not on the wire, and numbers come back as the JSON number they are:
    // errors made without a struct name and with unsigned or `f64` numbers read back equal.
    let sent = ValidationErrors::from_vec(vec![
        FieldError::new(
            "",
            "age",
            ErrorKind::BelowMin {
                min: Number::Unsigned(13),
                inclusive: true,
                got: Number::Unsigned(7),
            },
        ),
        FieldError::new(
            "",
            "delta",
            ErrorKind::AboveMax {
                max: Number::Signed(-1),
                inclusive: false,
                got: Number::Signed(-1),
            },
        ),
        FieldError::new(
            "",
            "ratio",
            ErrorKind::BelowMin {
                min: Number::F64(0.5),
                inclusive: false,
                got: Number::F64(-2.5e-8),
            },
        ),
        FieldError::new(
            "",
            "name",
            ErrorKind::TooShort {
                min: 2,
                unit: LengthUnit::Utf16,
                got: 1,
            },
        ),
        FieldError::new(
            "",
            "bio",
            ErrorKind::TooLong {
                max: 9,
                inclusive: true,
                unit: LengthUnit::Chars,
                got: 10,
            },
        ),
        FieldError::new("", "email", ErrorKind::Email { got: "a@".into() }),
        FieldError::new(
            "",
            "home",
            ErrorKind::Url {
                got: "x y".into(),
                reason: "invalid domain".into(),
            },
        ),
        FieldError::new(
            "",
            "peer",
            ErrorKind::Ip {
                version: IpVersion::Any,
                got: "?".into(),
            },
        ),
        FieldError::new("", "value", ErrorKind::NotANumber),
        FieldError::new("", "nick", ErrorKind::Required)
            .with_code("nick.missing")
            .with_message("pick a nickname"),
        FieldError::new("", "parity", ErrorKind::custom("must be even")).with_code("parity"),
        FieldError::new("", "labels[\"us\"]", ErrorKind::Required),
        FieldError::new("", "ports[1].0", ErrorKind::Required),
    ])
    .unwrap();
    let json = serde_json::to_string(&sent).unwrap();
    let back: ValidationErrors = serde_json::from_str(&json).unwrap();
    assert_eq!(back, sent);
    assert_eq!(serde_json::to_string(&back).unwrap(), json);
}

#[test]
fn derived_errors_read_back_with_the_same_json() {
    let sent = refused_profile();
    let back: ValidationErrors = serde_json::from_value(to_json(&sent)).unwrap();
    assert_eq!(to_json(&back), to_json(&sent));
    for (back, sent) in back.iter().zip(&sent) {
        assert_eq!((back.struct_name(), back.field()), ("", sent.field()));
        assert_eq!(back.to_string(), sent.to_string().trim_start_matches("Profile."));
    }
    // The age was an `i32`: the same number, read back as the JSON number it is.
    assert_eq!(
        back.first().kind(),
        ErrorKind::BelowMin {
            min: Number::Unsigned(13),
            inclusive: true,
            got: Number::Unsigned(7)
        }
    );
}

#[test]
fn kinds_without_a_rust_form_on_the_wire_read_back_as_custom_with_the_same_json() {
    for kind in [
        ErrorKind::Pattern {
            pattern: "[0-9]+",
            got: "abc".into(),
        },
        ErrorKind::Text {
            rule: slotmodel::TextRule::Ascii,
            got: "é".into(),
        },
        ErrorKind::Mismatch { other: "password" },
    ] {
        let sent = FieldError::new("", "field", kind.clone());
        let back: FieldError = serde_json::from_value(serde_json::to_value(&sent).unwrap()).unwrap();
        assert_eq!(back.kind(), ErrorKind::custom(kind.to_string()));
        assert_eq!(back.code(), Some(kind.code()));
        assert_eq!(back.to_string(), sent.to_string());
    }
}

#[test]
fn a_rules_own_code_still_reads_back_as_its_kind() {
    let sent = FieldError::new(
        "",
        "age",
        ErrorKind::AboveMax {
            max: Number::Unsigned(3),
            inclusive: true,
            got: Number::Unsigned(4),
        },
    )
    .with_code("age.too_old");
    let back: FieldError = serde_json::from_value(serde_json::to_value(&sent).unwrap()).unwrap();
    assert_eq!(back, sent);
}

#[test]
fn bad_input_is_an_error_not_a_panic() {
    for bad in [
        "[]",
        "{}",
        "[{}]",
        r#"[{"path": "a", "code": 1, "message": "m"}]"#,
        r#"[{"path": "a", "message": "m"}]"#,
        "[1]",
        "not json",
    ] {
        assert!(serde_json::from_str::<ValidationErrors>(bad).is_err(), "{bad}");
    }
    // Params that do not fit their code, and keys a later version may add, are no error.
    let odd = r#"[{"path": "a", "code": "below_min", "message": "m", "params": {"min": "x", "got": [1, {"a": null}]}, "hint": true}]"#;
    let back: ValidationErrors = serde_json::from_str(odd).unwrap();
    assert_eq!(back.first().kind(), ErrorKind::custom("m"));
    assert_eq!(back.first().code(), Some("below_min"));
    // A kind this version does not know reads as `Custom`, keeping its code.
    let newer: FieldError =
        serde_json::from_str(r#"{"path": "a", "code": "uuid", "message": "must be a UUID"}"#).unwrap();
    assert_eq!(
        (newer.kind(), newer.code()),
        (ErrorKind::custom("must be a UUID"), Some("uuid"))
    );
}
