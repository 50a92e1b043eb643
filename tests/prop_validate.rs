//! For random field values, `new` succeeds exactly when every value is within its rule, and
//! refuses exactly the fields an independent reference model refuses, in field order. On a
//! struct of integers with literal ranges (expanded from text by the macro), `new` and the
//! setters refuse with the same errors.

use proptest::prelude::*;
use slotmodel::Validate;

#[derive(Validate, Debug)]
struct Mixed {
    #[bounded(min = 1, max = 65535)]
    port: u32,
    #[bounded(-10..10)]
    offset: i8,
    #[bounded(min = -1.5, max = 1e6)]
    ratio: f64,
    #[bounded(len = 2..=5)]
    name: String,
    #[bounded(..=i128::MAX - 1)]
    wide: i128,
    #[bounded(1..)]
    maybe: Option<u16>,
}

/// Integers with literal ranges only, of several types; `f` has no rule.
#[derive(Validate, Debug)]
struct Ranges {
    #[bounded(min = 1, max = 65535)]
    a: u32,
    #[bounded(min = 0, max = 10)]
    b: u32,
    #[bounded(min = -10, max = 10)]
    c: i8,
    #[bounded(min = -5, max = 5)]
    d: i64,
    f: u8,
    #[bounded(min = 3, max = 200)]
    e: u8,
}

/// One run of fields of one type with literal ranges, then a field without rules: `validate`
/// is one call, reading the bounds from `FIELDS`.
#[derive(Validate, Debug)]
struct OneRun {
    #[bounded(min = 1, max = 18446744073709551614)]
    a: u64,
    #[bounded(min = 0, max = 7)]
    b: u64,
    #[bounded(min = 9, max = 9)]
    c: u64,
    tail: u8,
}

/// The widest bounds there are, in a tuple struct: two runs of one field.
#[derive(Validate, Debug)]
struct Wide(
    #[bounded(min = -170141183460469231731687303715884105728, max = -1)] i128,
    #[bounded(min = 1, max = 340282366920938463463374607431768211454)] u128,
);

/// The rules, written independently of the macro.
fn reference(port: u32, offset: i8, ratio: f64, name: &str, wide: i128, maybe: Option<u16>) -> Vec<&'static str> {
    let mut refused = Vec::new();
    if !(1..=65535).contains(&port) {
        refused.push("port");
    }
    if !(-10..10).contains(&offset) {
        refused.push("offset");
    }
    if ratio.is_nan() || !(-1.5..=1e6).contains(&ratio) {
        refused.push("ratio");
    }
    if !(2..=5).contains(&name.chars().count()) {
        refused.push("name");
    }
    if wide == i128::MAX {
        refused.push("wide");
    }
    if maybe == Some(0) {
        refused.push("maybe");
    }
    refused
}

fn any_ratio() -> impl Strategy<Value = f64> {
    prop_oneof![
        -3.0..2e6_f64,
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(-1.5),
        Just(1e6),
        any::<f64>(),
    ]
}

fn any_wide() -> impl Strategy<Value = i128> {
    prop_oneof![any::<i128>(), Just(i128::MAX), Just(i128::MAX - 1), Just(i128::MIN)]
}

proptest! {
    #[test]
    fn new_agrees_with_the_reference_model(
        port in prop_oneof![any::<u32>(), 0..70_000_u32],
        offset in any::<i8>(),
        ratio in any_ratio(),
        name in "\\PC{0,7}",
        wide in any_wide(),
        maybe in proptest::option::of(0..3_u16),
    ) {
        let expected = reference(port, offset, ratio, &name, wide, maybe);
        match Mixed::new(port, offset, ratio, name.clone(), wide, maybe) {
            Ok(value) => {
                prop_assert!(expected.is_empty(), "accepted, but the model refuses {expected:?}");
                prop_assert_eq!(value.port(), port);
                prop_assert_eq!(value.name(), &name);
            }
            Err(errors) => {
                let refused: Vec<&str> = errors.iter().map(slotmodel::FieldError::field).collect();
                prop_assert_eq!(refused, expected);
            }
        }
    }

    #[test]
    fn validate_refuses_exactly_as_the_setters_do(
        a in prop_oneof![any::<u32>(), 0..70_000_u32],
        b in 0..20_u32,
        c in any::<i8>(),
        d in prop_oneof![any::<i64>(), -8..8_i64],
        f in any::<u8>(),
        e in any::<u8>(),
    ) {
        let mut valid = Ranges::new(1, 0, 0, 0, 0, 3).unwrap();
        let by_setters: Vec<slotmodel::FieldError> = [
            valid.set_a(a).err(),
            valid.set_b(b).err(),
            valid.set_c(c).err(),
            valid.set_d(d).err(),
            valid.set_e(e).err(),
        ]
        .into_iter()
        .flatten()
        .collect();
        valid.set_f(f);
        match Ranges::new(a, b, c, d, f, e) {
            Ok(value) => {
                prop_assert!(by_setters.is_empty(), "accepted, but the setters refuse {by_setters:?}");
                prop_assert_eq!((value.a(), value.b(), value.c(), value.d(), value.f(), value.e()), (a, b, c, d, f, e));
            }
            Err(errors) => {
                let refused: Vec<slotmodel::FieldError> = errors.iter().cloned().collect();
                prop_assert_eq!(refused, by_setters);
            }
        }
    }

    #[test]
    fn a_refused_setter_changes_nothing(port in any::<u32>()) {
        let mut value = Mixed::new(8080, 0, 0.0, "ab".into(), 0, None).unwrap();
        let result = value.set_port(port);
        prop_assert_eq!(result.is_ok(), (1..=65535).contains(&port));
        prop_assert_eq!(value.port(), if result.is_ok() { port } else { 8080 });
    }

    #[test]
    fn one_run_refuses_exactly_as_the_setters_do(
        a in prop_oneof![any::<u64>(), Just(0_u64), Just(u64::MAX), Just(u64::MAX - 1)],
        b in 0..12_u64,
        c in 7..12_u64,
        tail in any::<u8>(),
    ) {
        let mut valid = OneRun::new(1, 0, 9, 0).unwrap();
        let by_setters: Vec<slotmodel::FieldError> =
            [valid.set_a(a).err(), valid.set_b(b).err(), valid.set_c(c).err()].into_iter().flatten().collect();
        let expected: Vec<&str> = [(a == 0 || a == u64::MAX, "a"), (b > 7, "b"), (c != 9, "c")]
            .into_iter()
            .filter_map(|(refused, name)| refused.then_some(name))
            .collect();
        match OneRun::new(a, b, c, tail) {
            Ok(value) => {
                prop_assert!(expected.is_empty(), "accepted, but the model refuses {expected:?}");
                prop_assert!(value.validate().is_ok());
                prop_assert_eq!(value.tail(), tail);
            }
            Err(errors) => {
                let refused: Vec<&str> = errors.iter().map(slotmodel::FieldError::field).collect();
                prop_assert_eq!(refused, expected);
                let all: Vec<slotmodel::FieldError> = errors.iter().cloned().collect();
                prop_assert_eq!(all, by_setters);
            }
        }
    }

    #[test]
    fn the_widest_bounds_hold_at_their_ends(
        signed in prop_oneof![any::<i128>(), Just(i128::MIN), Just(-1_i128), Just(0_i128)],
        unsigned in prop_oneof![any::<u128>(), Just(0_u128), Just(u128::MAX), Just(u128::MAX - 1)],
    ) {
        let expected: Vec<&str> = [(signed >= 0, "0"), (unsigned == 0 || unsigned == u128::MAX, "1")]
            .into_iter()
            .filter_map(|(refused, name)| refused.then_some(name))
            .collect();
        let refused: Vec<String> = match Wide::new(signed, unsigned) {
            Ok(_) => Vec::new(),
            Err(errors) => errors.iter().map(ToString::to_string).collect(),
        };
        prop_assert_eq!(refused.len(), expected.len());
        for (message, field) in refused.iter().zip(&expected) {
            prop_assert!(message.starts_with(&format!("Wide.{field} must be ")), "{message}");
        }
    }
}
