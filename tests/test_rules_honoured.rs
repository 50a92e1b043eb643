//! Rules that must refuse what they claim to refuse: a bound taken from a field that holds NaN,
//! a context that reaches `#[nested]` values, string rules given by constants.

use slotmodel::{ErrorKind, Validate, ValidateWith};

#[derive(Validate, Debug)]
struct Budget {
    limit: f64,
    #[bounded(max = self.limit)]
    used: f64,
}

#[test]
fn a_nan_bound_refuses_every_value() {
    let refused = Budget::new(f64::NAN, 1e300).unwrap_err();
    let text = refused.to_string();
    assert!(text.contains("Budget.used") && text.contains("NaN"), "{text}");
    assert!(Budget::new(f64::NAN, 0.0).is_err());
    assert!(Budget::new(f64::NAN, f64::NEG_INFINITY).is_err());

    let mut budget = Budget::new(10.0, 1.0).unwrap();
    // Setting the bound to NaN would leave `used` unbounded: refused, the old bound kept.
    assert!(budget.set_limit(f64::NAN).is_err());
    assert_eq!(budget.limit().to_bits(), 10.0_f64.to_bits());
    assert!(budget.set_used(1e300).is_err());
    assert_eq!(budget.used().to_bits(), 1.0_f64.to_bits());
    // The edges that pass: a bound equal to the value, infinities.
    assert!(budget.set_used(10.0).is_ok());
    assert!(budget.set_limit(f64::INFINITY).is_ok());
    assert!(budget.set_used(f64::MAX).is_ok());
    // A struct literal that bypasses the constructor is caught by `validate`.
    let forged = Budget {
        limit: f64::NAN,
        used: 1.0,
    };
    assert!(forged.validate().is_err());
}

#[derive(Default)]
struct Tenant {
    banned: Vec<&'static str>,
}

#[allow(clippy::ptr_arg, reason = "the signature of a with_ctx rule")]
fn not_banned(name: &String, tenant: &Tenant) -> Result<(), ErrorKind> {
    if tenant.banned.contains(&name.as_str()) {
        Err(ErrorKind::custom(format!("{name:?} is banned")))
    } else {
        Ok(())
    }
}

#[derive(Validate, Debug, Clone)]
#[slotmodel(context = Tenant)]
struct Member {
    #[check(with_ctx(not_banned))]
    name: String,
}

#[derive(Validate, Debug)]
#[slotmodel(context = Tenant)]
struct Team {
    #[nested]
    lead: Member,
    #[nested]
    members: Vec<Member>,
    #[nested]
    deputy: Option<Member>,
}

#[test]
fn the_context_reaches_nested_values() {
    let tenant = Tenant {
        banned: vec!["mallory"],
    };
    let ok = Member { name: "alice".into() };
    let bad = Member { name: "mallory".into() };
    let team = |lead: &Member, members: Vec<Member>, deputy: Option<Member>| Team {
        lead: lead.clone(),
        members,
        deputy,
    };

    assert!(team(&ok, vec![ok.clone()], None).validate_with(&tenant).is_ok());
    let errors = team(&bad, vec![ok.clone(), bad.clone()], Some(bad.clone()))
        .validate_with(&tenant)
        .unwrap_err();
    let paths: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 3, "{paths:?}");
    assert!(paths[0].contains("lead.name"), "{paths:?}");
    assert!(paths[1].contains("members[1].name"), "{paths:?}");
    assert!(paths[2].contains("deputy.name"), "{paths:?}");
    // Without a context, the default one bans nobody.
    assert!(team(&bad, vec![bad.clone()], None).validate().is_ok());

    // The setter of a nested field takes the context too, and keeps the old value on refusal.
    let mut kept = team(&ok, Vec::new(), None);
    assert!(kept.set_lead(bad.clone(), &tenant).is_err());
    assert_eq!(kept.lead().name(), "alice");
    assert!(kept.set_lead(bad, &Tenant::default()).is_ok());
}

const SCHEME: &str = "https://";
const SPACE: &str = " ";

#[derive(Validate, Debug)]
struct Link {
    #[check(prefix = SCHEME, not_contains = SPACE)]
    target: String,
}

#[test]
fn string_rules_take_constants() {
    assert!(Link::new("https://example.com".into()).is_ok());
    let refused = Link::new("http://example.com".into()).unwrap_err().to_string();
    assert!(refused.contains("https://"), "{refused}");
    assert!(Link::new("https://exa mple.com".into()).is_err());
    assert!(Link::new(String::new()).is_err());
}

#[derive(Validate, Debug)]
struct Tags {
    #[check(each(not_contains = " "))]
    names: std::collections::HashSet<String>,
    #[bounded(each(..=10))]
    scores: std::collections::BTreeSet<u32>,
}

#[test]
fn a_set_names_its_refused_element_by_value() {
    let names: std::collections::HashSet<String> = ["ok", "a b", "fine", "z z"].map(String::from).into();
    let text = Tags::new(names.clone(), [1, 2].into()).unwrap_err().to_string();
    // The smallest refused element by its text, the same on every run.
    assert!(text.contains(r#"names["a b"]"#), "{text}");
    let text = Tags::new(["x".to_owned()].into(), [3, 11, 40].into())
        .unwrap_err()
        .to_string();
    assert!(text.contains("scores[11]"), "{text}");
    assert!(Tags::new(["x".to_owned()].into(), [0, 10].into()).is_ok());
}

#[derive(Validate, Debug)]
struct Handle {
    /// At most 8 characters on the form, at most 12 bytes in the database column.
    #[bounded(len = 1..=8, bytes = ..=12)]
    name: String,
}

#[test]
fn one_length_bound_per_unit() {
    assert!(Handle::new("ada".into()).is_ok());
    // 8 characters, 8 bytes: both hold.
    assert!(Handle::new("abcdefgh".into()).is_ok());
    // 9 characters.
    let text = Handle::new("abcdefghi".into()).unwrap_err().to_string();
    assert!(text.contains("Handle.name"), "{text}");
    // 6 characters but 18 bytes: the byte bound refuses.
    let text = Handle::new("ééééé€".into()).unwrap_err().to_string();
    assert!(text.contains("bytes"), "{text}");
    // Empty: the character bound's minimum refuses.
    assert!(Handle::new(String::new()).is_err());
    let rules = &Handle::FIELDS[0].rules;
    assert_eq!(rules.len(), 2, "{rules:?}");
}

#[derive(Validate, Debug)]
struct Grid {
    #[bounded(each(len = 1..=3, each(..=9)))]
    cells: Vec<Vec<u8>>,
    #[check(each(each(email)))]
    contacts: Vec<Vec<String>>,
}

#[test]
fn each_of_each_checks_the_elements_of_the_elements() {
    assert!(Grid::new(vec![vec![1, 2], vec![9]], vec![vec!["a@b.example".into()]]).is_ok());
    let text = Grid::new(vec![vec![1, 2], vec![3, 4, 10]], Vec::new())
        .unwrap_err()
        .to_string();
    assert!(text.contains("Grid.cells[1][2]"), "{text}");
    let text = Grid::new(vec![Vec::new()], Vec::new()).unwrap_err().to_string();
    assert!(text.contains("Grid.cells[0]"), "{text}");
    let text = Grid::new(Vec::new(), vec![Vec::new(), vec!["a@b.example".into(), "nope".into()]])
        .unwrap_err()
        .to_string();
    assert!(text.contains("Grid.contacts[1][1]"), "{text}");
}

#[derive(Validate, Debug)]
struct Order {
    #[bounded(len = ..=5, each(1..=99))]
    quantities: Vec<u32>,
}

#[test]
fn validate_reports_every_refused_element() {
    let order = Order {
        quantities: vec![0, 5, 100, 7, 200],
    };
    let errors = order.validate().unwrap_err();
    let paths: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(paths.len(), 3, "{paths:?}");
    assert!(paths[0].starts_with("Order.quantities[0]"), "{paths:?}");
    assert!(paths[1].starts_with("Order.quantities[2]"), "{paths:?}");
    assert!(paths[2].starts_with("Order.quantities[4]"), "{paths:?}");
    // The collection's own rule is reported beside its elements'.
    let too_long = Order { quantities: vec![0; 6] };
    assert_eq!(too_long.validate().unwrap_err().len(), 7);
    // A setter refuses at the first refused element and keeps the old value.
    let mut kept = Order::new(vec![1]).unwrap();
    let refused = kept.set_quantities(vec![0, 100]).unwrap_err().to_string();
    assert!(refused.starts_with("Order.quantities[0]"), "{refused}");
    assert_eq!(kept.quantities(), &vec![1]);
}
