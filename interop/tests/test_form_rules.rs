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
fn each_checks_every_element_and_names_every_refused_one() {
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
        // Every refused element, each at its own path, not only the first of each field.
        [
            "Order.quantities[1] must be <= 10, got 11",
            "Order.quantities[2] must be >= 1, got 0",
            "Order.recipients[1] must be an email address, got \"nobody\"",
            "Order.recipients[2] length must be <= 20, got 31",
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

#[derive(Validate, Debug)]
struct Password {
    #[bounded(len = 8..)]
    password: String,
    #[check(matches = password)]
    confirmation: String,
}

#[test]
fn matches_compares_two_fields_in_validate_and_in_both_setters() {
    assert!(Password::new("correct horse".into(), "correct horse".into()).is_ok());
    let err = Password::new("correct horse".into(), "correct house".into()).unwrap_err();
    assert_eq!(err.to_string(), "Password.confirmation must equal password");
    assert_eq!(err.first().kind(), ErrorKind::Mismatch { other: "password" });
    assert_eq!(Password::FIELDS[1].rules, &[Rule::Matches("password")]);

    let mut form = Password::new("correct horse".into(), "correct horse".into()).unwrap();
    // Either setter alone would leave the two fields different: both refuse, keeping the old value.
    assert_eq!(
        form.set_confirmation("battery staple".into()).unwrap_err().to_string(),
        "Password.confirmation must equal password"
    );
    assert_eq!(
        form.set_password("battery staple".into()).unwrap_err().to_string(),
        "Password.confirmation must equal password"
    );
    assert_eq!(
        (form.password().as_str(), form.confirmation().as_str()),
        ("correct horse", "correct horse")
    );
    assert!(form.validate().is_ok());
}

#[derive(Validate, Debug)]
enum Shape {
    Circle {
        #[bounded(min_exclusive = 0.0)]
        radius: f64,
    },
    Rect(#[bounded(1..=100)] u32, #[bounded(1..=100)] u32),
    Label(#[check(ascii)] String, #[nested] Part),
    Empty,
}

#[test]
fn an_enum_checks_the_variant_present_with_the_variant_in_the_path() {
    assert!(Shape::Circle { radius: 1.0 }.validate().is_ok());
    assert!(Shape::Empty.validate().is_ok());
    let messages =
        |shape: Shape| -> Vec<String> { shape.validate().unwrap_err().iter().map(ToString::to_string).collect() };
    assert_eq!(
        messages(Shape::Circle { radius: 0.0 }),
        ["Shape.Circle.radius must be > 0, got 0"]
    );
    assert_eq!(
        messages(Shape::Rect(0, 101)),
        [
            "Shape.Rect.0 must be >= 1, got 0",
            "Shape.Rect.1 must be <= 100, got 101"
        ]
    );
    assert_eq!(
        messages(Shape::Label("né".into(), Part { qty: 6 })),
        [
            "Shape.Label.0 must be ASCII, got \"né\"",
            "Shape.Label.1.qty must be <= 5, got 6"
        ]
    );
}

#[derive(Validate, Debug)]
#[allow(dead_code, reason = "the unchecked fields are data only")]
enum Event {
    Click {
        x: u32,
        #[bounded(max = 4)]
        button: u8,
        y: u32,
    },
    Key(char, #[bounded(len = 1..=8)] String),
}

#[test]
fn an_enum_binds_only_the_fields_it_checks() {
    assert!(Event::Click { x: 1, button: 2, y: 3 }.validate().is_ok());
    assert_eq!(
        Event::Key('a', String::new()).validate().unwrap_err().to_string(),
        "Event.Key.1 length must be >= 1, got 0"
    );
}

#[derive(Validate, Debug)]
#[slotmodel(check = Booking::ends_after_start, check = Booking::fits_budget)]
struct Booking {
    #[bounded(max = 24)]
    start: u32,
    end: u32,
    #[nested]
    room: Part,
    price: u32,
    budget: u32,
}

impl Booking {
    fn ends_after_start(&self) -> Result<(), slotmodel::ValidationErrors> {
        if self.end > self.start {
            Ok(())
        } else {
            Err(slotmodel::FieldError::new(
                "Booking",
                "end",
                ErrorKind::custom(format!("must be after start ({}), got {}", self.start, self.end)),
            )
            .into())
        }
    }

    fn fits_budget(&self) -> Result<(), slotmodel::ValidationErrors> {
        if self.price <= self.budget {
            Ok(())
        } else {
            Err(slotmodel::FieldError::new("Booking", "price", ErrorKind::custom("must not exceed budget")).into())
        }
    }
}

#[test]
fn struct_rules_run_in_validate_and_in_every_setter() {
    let err = Booking::new(20, 10, Part { qty: 1 }, 50, 40).unwrap_err();
    let messages: Vec<String> = err.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "Booking.end must be after start (20), got 10",
            "Booking.price must not exceed budget"
        ]
    );
    let mut booking = Booking::new(8, 10, Part { qty: 1 }, 50, 60).unwrap();
    assert_eq!(
        booking.set_end(8).unwrap_err().to_string(),
        "Booking.end must be after start (8), got 8"
    );
    assert_eq!(booking.end(), 10);
    assert!(booking.set_start(25).is_err(), "its own bound first");
    assert_eq!(
        booking.set_budget(10).unwrap_err().to_string(),
        "Booking.price must not exceed budget"
    );
    assert_eq!(booking.budget(), 60);
    assert!(booking.set_room(Part { qty: 9 }).is_err());
    booking.set_end(12).unwrap();
    booking.set_price(55).unwrap();
    assert_eq!((booking.end(), booking.price()), (12, 55));
    assert!(booking.validate().is_ok());
}

#[derive(Validate, Debug)]
struct Profile {
    #[bounded(13..=130, message = "must be a plausible age", code = "age.range")]
    age: u32,
    #[check(email, code = "email.invalid")]
    #[check(not_contains = "+", message = "must not use a plus address")]
    email: String,
    #[check(each(ascii), message = "must be plain tags")]
    tags: Vec<String>,
}

#[test]
fn message_and_code_are_kept_beside_the_kind() {
    let err = Profile::new(7, "a+b@example.com".into(), vec!["ok".into(), "né".into()]).unwrap_err();
    let first = err.first();
    assert_eq!(first.to_string(), "Profile.age must be a plausible age");
    assert_eq!(
        (first.message(), first.code()),
        (Some("must be a plausible age"), Some("age.range"))
    );
    assert_eq!(
        first.kind(),
        ErrorKind::BelowMin {
            min: Number::Unsigned(13),
            inclusive: true,
            got: Number::Unsigned(7)
        }
    );
    let messages: Vec<String> = err.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "Profile.age must be a plausible age",
            "Profile.email must not use a plus address",
            "Profile.tags[1] must be plain tags",
        ]
    );
    let mut profile = Profile::new(30, "ada@example.com".into(), vec![]).unwrap();
    let refused = profile.set_email("nobody".into()).unwrap_err();
    assert_eq!((refused.code(), refused.message()), (Some("email.invalid"), None));
    assert_eq!(
        refused.to_string(),
        "Profile.email must be an email address, got \"nobody\""
    );
}

#[derive(Validate, Debug)]
struct Quota {
    #[bounded(max = 1000)]
    limit: u32,
    #[bounded(max = self.limit)]
    used: u32,
    #[bounded(min = self.used, max = self.limit)]
    reserved: u32,
}

#[test]
fn a_bound_taken_from_another_field_holds_in_validate_and_in_both_setters() {
    assert!(Quota::new(100, 40, 60).is_ok());
    let messages: Vec<String> = Quota::new(100, 140, 20)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        messages,
        [
            "Quota.used must be <= 100, got 140",
            "Quota.reserved must be >= 140, got 20"
        ]
    );
    let Rule::Range { max, .. } = Quota::FIELDS[1].rules[0] else {
        panic!("a range")
    };
    assert_eq!((max.unwrap().text, max.unwrap().value), ("self.limit", None));

    let mut quota = Quota::new(100, 40, 60).unwrap();
    assert_eq!(
        quota.set_used(101).unwrap_err().to_string(),
        "Quota.used must be <= 100, got 101"
    );
    // Lowering the limit below what is used would break `used`'s bound: refused, limit kept.
    let err = quota.set_limit(50).unwrap_err();
    assert_eq!(err.to_string(), "Quota.reserved must be <= 50, got 60");
    assert_eq!(quota.limit(), 100);
    assert_eq!(
        quota.set_limit(2000).unwrap_err().to_string(),
        "Quota.limit must be <= 1000, got 2000"
    );
    quota.set_limit(60).unwrap();
    assert_eq!(quota.limit(), 60);
    assert!(quota.validate().is_ok());
}

#[derive(Default)]
struct Registry {
    taken: Vec<&'static str>,
    max_upload: u64,
}

fn name_free(name: &String, registry: &Registry) -> Result<(), ErrorKind> {
    if registry.taken.contains(&name.as_str()) {
        Err(ErrorKind::custom(format!("is taken, got {name:?}")))
    } else {
        Ok(())
    }
}

#[allow(clippy::trivially_copy_pass_by_ref, reason = "the signature of a with_ctx rule")]
fn within_quota(size: &u64, registry: &Registry) -> Result<(), ErrorKind> {
    if registry.max_upload == 0 || *size <= registry.max_upload {
        Ok(())
    } else {
        Err(ErrorKind::custom(format!(
            "must be <= {}, got {size}",
            registry.max_upload
        )))
    }
}

#[derive(Validate, Debug)]
#[slotmodel(context = Registry)]
struct Account {
    #[bounded(len = 1..=16)]
    #[check(with_ctx(name_free), code = "name.taken")]
    name: String,
    #[check(with_ctx(within_quota))]
    upload: u64,
    #[bounded(max = 10)]
    level: u8,
}

#[test]
fn context_rules_read_run_time_data() {
    use slotmodel::ValidateWith;
    let registry = Registry {
        taken: vec!["root", "admin"],
        max_upload: 100,
    };
    let account = Account {
        name: "admin".into(),
        upload: 500,
        level: 3,
    };
    let err = account.validate_with(&registry).unwrap_err();
    let messages: Vec<String> = err.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "Account.name is taken, got \"admin\"",
            "Account.upload must be <= 100, got 500"
        ]
    );
    assert_eq!(err.first().code(), Some("name.taken"));
    // `validate` and `new` use the default context: nothing taken, no quota.
    assert!(account.validate().is_ok());
    assert!(Account::new(String::new(), 1, 3).is_err());
    assert_eq!(Account::FIELDS[0].rules[1], Rule::WithContext("name_free"));

    let mut account = Account::new("ada".into(), 10, 1).unwrap();
    assert_eq!(
        account.set_name("root".into(), &registry).unwrap_err().to_string(),
        "Account.name is taken, got \"root\""
    );
    assert_eq!(account.name(), "ada");
    account.set_upload(50, &registry).unwrap();
    account.set_level(4).unwrap();
    assert!(account.validate_with(&registry).is_ok());
}
