//! `#[slotmodel(json_schema)]`: the JSON Schema states the rules `validate` checks. An
//! independent validator (the `jsonschema` crate) judges generated JSON values against the
//! emitted schema, and its verdict is held to `validate()` on the same values.

use proptest::prelude::*;
use serde::Deserialize;
use serde_json::{json, Value};
use slotmodel::Validate;

#[derive(Validate, Deserialize, Debug)]
#[slotmodel(json_schema)]
struct Address {
    #[bounded(len = 1..=20)]
    city: String,
}

#[derive(Validate, Deserialize, Debug)]
#[slotmodel(json_schema)]
struct Account {
    #[bounded(min = 1, max = 120)]
    age: u32,
    #[bounded(min_exclusive = 0.0, max = 1.0)]
    share: f64,
    #[bounded(len = 2..=8)]
    #[check(pattern = "^[a-z]+$")]
    name: String,
    #[check(prefix = "+", not_contains = " ")]
    phone: String,
    #[bounded(len = 1..=3, each(1..=9))]
    scores: Vec<u8>,
    #[check(required)]
    nickname: Option<String>,
    #[check(email)]
    email: String,
    #[bounded(..10)]
    retries: Option<i32>,
    #[nested]
    address: Address,
}

fn schema() -> Value {
    schemars::SchemaGenerator::default()
        .into_root_schema_for::<Account>()
        .to_value()
}

#[test]
fn the_schema_states_each_rule() {
    let schema = schema();
    let props = &schema["properties"];
    assert_eq!(props["age"]["minimum"], json!(1));
    assert_eq!(props["age"]["maximum"], json!(120));
    assert_eq!(props["share"]["exclusiveMinimum"], json!(0.0));
    assert_eq!(props["share"]["maximum"], json!(1.0));
    assert_eq!(props["name"]["minLength"], json!(2));
    assert_eq!(props["name"]["maxLength"], json!(8));
    assert_eq!(props["name"]["pattern"], json!("^[a-z]+$"));
    assert_eq!(props["phone"]["pattern"], json!("^\\+"));
    assert_eq!(props["phone"]["allOf"], json!([{ "not": { "pattern": " " } }]));
    assert_eq!(props["scores"]["minItems"], json!(1));
    assert_eq!(props["scores"]["maxItems"], json!(3));
    assert_eq!(props["scores"]["items"]["minimum"], json!(1));
    assert_eq!(props["scores"]["items"]["maximum"], json!(9));
    assert_eq!(props["email"]["format"], json!("email"));
    assert_eq!(props["retries"]["exclusiveMaximum"], json!(10));
    assert_eq!(props["address"]["$ref"], json!("#/$defs/Address"));
    assert_eq!(schema["$defs"]["Address"]["properties"]["city"]["maxLength"], json!(20));
    let required: Vec<&str> = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(
        required,
        ["age", "share", "name", "phone", "scores", "nickname", "email", "address"]
    );
}

/// Addresses on which the HTML definition `validate` uses and the validator's `email` format
/// agree.
const EMAILS: &[&str] = &[
    "ada@example.com",
    "a.b+c@d.example",
    "x@y.example",
    "grace@mail.example.org",
    "nobody",
    "a@",
];

/// Each field valid three times in four, so whole values pass as well as fail.
fn account() -> impl Strategy<Value = Value> {
    (
        prop_oneof![3 => 1_u32..=120, 1 => 0_u32..1000],
        prop_oneof![3 => 0.001..=1.0_f64, 1 => prop_oneof![Just(0.0), Just(1.5), -1.0..2.0_f64]],
        prop_oneof![3 => "[a-z]{2,8}", 1 => "[a-zA-Z0-9]{0,10}"],
        prop_oneof![3 => "\\+[0-9]{1,5}", 1 => "[+ 0-9]{0,6}"],
        prop_oneof![3 => proptest::collection::vec(1_u8..=9, 1..=3), 1 => proptest::collection::vec(0_u8..12, 0..5)],
        prop_oneof![3 => "[a-z]{0,3}".prop_map(Some), 1 => Just(None)],
        proptest::sample::select(EMAILS),
        proptest::option::of(prop_oneof![3 => -5_i32..10, 1 => 10_i32..15]),
        prop_oneof![3 => "[a-z]{1,20}", 1 => "[a-z]{0,22}"],
    )
        .prop_map(|(age, share, name, phone, scores, nickname, email, retries, city)| {
            json!({
                "age": age, "share": share, "name": name, "phone": phone, "scores": scores,
                "nickname": nickname, "email": email, "retries": retries, "address": { "city": city },
            })
        })
}

#[test]
fn the_generated_values_pass_as_well_as_fail() {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = account();
    let passed = (0..400)
        .filter(|_| {
            let value = strategy.new_tree(&mut runner).unwrap().current();
            serde_json::from_value::<Account>(value).unwrap().validate().is_ok()
        })
        .count();
    assert!((20..380).contains(&passed), "{passed} of 400 passed");
}

proptest! {
    #[test]
    fn the_schema_and_validate_agree_on_every_value(value in account()) {
        let validator = jsonschema::options()
            .should_validate_formats(true)
            .build(&schema())
            .unwrap();
        let by_schema = validator.is_valid(&value);
        let account: Account = serde_json::from_value(value.clone()).unwrap();
        let by_validate = account.validate();
        prop_assert_eq!(by_schema, by_validate.is_ok(), "{} / {:?}", value, by_validate);
    }
}
