//! Behaviour of `#[derive(Validate)]`: constructors, setters, collected errors, messages.

use slotmodel::{ErrorKind, FieldError, Number, Rule, Valid, Validate, ValidationErrors};

#[derive(Validate, Debug, Clone, PartialEq)]
struct NetworkConfig {
    #[bounded(min = 1, max = 65535)]
    port: u32,
    #[bounded(0..=300)]
    timeout: u32,
    #[bounded(max = 50)]
    max_retries: u32,
}

fn messages(errors: &ValidationErrors) -> Vec<String> {
    errors.iter().map(ToString::to_string).collect()
}

#[test]
fn new_accepts_values_within_bounds() {
    let config = NetworkConfig::new(8080, 30, 3).unwrap();
    assert_eq!((config.port(), config.timeout(), config.max_retries()), (8080, 30, 3));
    assert!(config.validate().is_ok());
}

#[test]
fn new_collects_every_failing_field_in_order() {
    let errors = NetworkConfig::new(0, 301, 51).unwrap_err();
    assert_eq!(
        messages(&errors),
        [
            "NetworkConfig.port must be >= 1, got 0",
            "NetworkConfig.timeout must be <= 300, got 301",
            "NetworkConfig.max_retries must be <= 50, got 51",
        ]
    );
    assert_eq!(errors.to_string(), messages(&errors).join("\n"));
}

#[test]
fn setter_refuses_and_keeps_the_old_value() {
    let mut config = NetworkConfig::new(8080, 30, 3).unwrap();
    let err = config.set_port(99_999).unwrap_err();
    assert_eq!(err.to_string(), "NetworkConfig.port must be <= 65535, got 99999");
    assert_eq!(err.struct_name(), "NetworkConfig");
    assert_eq!(err.field(), "port");
    assert_eq!(
        err.kind(),
        ErrorKind::AboveMax {
            max: Number::Unsigned(65535),
            inclusive: true,
            got: Number::Unsigned(99_999)
        }
    );
    assert_eq!(config.port(), 8080);
    config.set_port(65535).unwrap();
    assert_eq!(config.port(), 65535);
}

#[test]
fn bounds_are_inclusive_at_both_ends() {
    assert!(NetworkConfig::new(1, 0, 0).is_ok());
    assert!(NetworkConfig::new(65535, 300, 50).is_ok());
    assert!(NetworkConfig::new(0, 0, 0).is_err());
    assert!(NetworkConfig::new(65536, 0, 0).is_err());
}

#[derive(Validate, Debug)]
struct Exclusive {
    #[bounded(0..10)]
    digit: i32,
    #[bounded(-5..)]
    floor: i64,
    #[bounded(..=-1)]
    negative: i8,
}

#[test]
fn exclusive_and_open_ranges() {
    assert!(Exclusive::new(9, -5, -1).is_ok());
    let errors = Exclusive::new(10, -6, 0).unwrap_err();
    assert_eq!(
        messages(&errors),
        [
            "Exclusive.digit must be < 10, got 10",
            "Exclusive.floor must be >= -5, got -6",
            "Exclusive.negative must be <= -1, got 0",
        ]
    );
    assert!(Exclusive::new(0, i64::MAX, i8::MIN).is_ok());
}

const MAX_RETRIES: u32 = 50;
const MIN_PORT: u16 = 1024;

#[derive(Validate, Debug)]
struct FromConstants {
    #[bounded(min = MIN_PORT, max = u16::MAX)]
    port: u16,
    #[bounded(max = MAX_RETRIES)]
    retries: u32,
}

#[test]
fn bounds_may_be_constants() {
    assert!(FromConstants::new(1024, 50).is_ok());
    let errors = FromConstants::new(80, 51).unwrap_err();
    assert_eq!(
        messages(&errors),
        [
            "FromConstants.port must be >= 1024, got 80",
            "FromConstants.retries must be <= 50, got 51"
        ]
    );
}

#[derive(Validate, Debug)]
struct SensorReading {
    #[bounded(-40.0..=125.0)]
    celsius: f32,
    #[bounded(min = 0)]
    pressure: f64,
}

#[test]
fn nan_is_refused_whatever_the_bounds() {
    let errors = SensorReading::new(f32::NAN, f64::NAN).unwrap_err();
    assert_eq!(
        messages(&errors),
        [
            "SensorReading.celsius must be a number, got NaN",
            "SensorReading.pressure must be a number, got NaN"
        ]
    );
    assert_eq!(errors.iter().next().unwrap().kind(), ErrorKind::NotANumber);
}

#[test]
fn infinities_compare_as_numbers() {
    assert_eq!(
        SensorReading::new(f32::INFINITY, 0.0).unwrap_err().to_string(),
        "SensorReading.celsius must be <= 125, got inf"
    );
    assert_eq!(
        SensorReading::new(0.0, f64::NEG_INFINITY).unwrap_err().to_string(),
        "SensorReading.pressure must be >= 0, got -inf"
    );
    assert!(SensorReading::new(0.0, f64::INFINITY).is_ok());
    assert_eq!(
        SensorReading::new(125.5, 0.0).unwrap_err().to_string(),
        "SensorReading.celsius must be <= 125, got 125.5"
    );
    assert!(SensorReading::new(-40.0, 0.0).is_ok());
    assert!(SensorReading::new(-40.1, 0.0).is_err());
}

macro_rules! extremes {
    ($($name:ident: $t:ty),*) => {$(
        #[test]
        fn $name() {
            #[derive(Validate, Debug)]
            struct Inner {
                #[bounded(min = <$t>::MIN + 1, max = <$t>::MAX - 1)]
                value: $t,
            }
            #[derive(Validate, Debug)]
            struct Whole(#[bounded(<$t>::MIN..=<$t>::MAX)] $t);
            assert!(Inner::new(<$t>::MIN + 1).is_ok());
            assert!(Inner::new(<$t>::MAX - 1).is_ok());
            let low = Inner::new(<$t>::MIN).unwrap_err();
            assert_eq!(low.to_string(), format!("Inner.value must be >= {}, got {}", <$t>::MIN + 1, <$t>::MIN));
            let high = Inner::new(<$t>::MAX).unwrap_err();
            assert_eq!(high.to_string(), format!("Inner.value must be <= {}, got {}", <$t>::MAX - 1, <$t>::MAX));
            assert!(Whole::new(<$t>::MIN).is_ok());
            assert!(Whole::new(<$t>::MAX).is_ok());
        }
    )*};
}
extremes!(extremes_i8: i8, extremes_i16: i16, extremes_i32: i32, extremes_i64: i64, extremes_i128: i128, extremes_isize: isize,
          extremes_u8: u8, extremes_u16: u16, extremes_u32: u32, extremes_u64: u64, extremes_u128: u128, extremes_usize: usize);

#[test]
fn extremes_of_floats() {
    #[derive(Validate, Debug)]
    struct Wide {
        #[bounded(min = f64::MIN, max = f64::MAX)]
        x: f64,
    }
    assert!(Wide::new(f64::MAX).is_ok());
    assert!(Wide::new(f64::INFINITY).is_err());
    assert!(Wide::new(f64::NEG_INFINITY).is_err());
}

#[derive(Validate, Debug)]
struct User<'a> {
    #[bounded(len = 1..=64)]
    name: String,
    #[bounded(max_len = 3)]
    tags: Vec<u8>,
    #[bounded(min_len = 2)]
    code: &'a str,
    #[bounded(len = 4)]
    pin: [u8; 4],
    #[bounded(len = ..3)]
    short: &'a [u16],
    #[bounded(1..=10)]
    level: Option<u8>,
    #[bounded(len = 1..)]
    nickname: Option<String>,
}

#[test]
fn lengths_of_strings_collections_slices_and_arrays() {
    let user = User::new("Ada".into(), vec![1, 2, 3], "ok", [0; 4], &[1, 2], None, None).unwrap();
    assert_eq!(user.name(), "Ada");
    assert_eq!(user.code(), "ok");
    assert_eq!(user.level(), None);
    let errors = User::new(
        "x".repeat(70),
        vec![0; 4],
        "a",
        [0; 4],
        &[1, 2, 3],
        Some(0),
        Some(String::new()),
    )
    .unwrap_err();
    assert_eq!(
        messages(&errors),
        [
            "User.name length must be <= 64, got 70",
            "User.tags length must be <= 3, got 4",
            "User.code length must be >= 2, got 1",
            "User.short length must be < 3, got 3",
            "User.level must be >= 1, got 0",
            "User.nickname length must be >= 1, got 0",
        ]
    );
    assert_eq!(
        User::new(String::new(), vec![], "ab", [0; 4], &[], None, None)
            .unwrap_err()
            .to_string(),
        "User.name length must be >= 1, got 0"
    );
}

#[test]
fn string_length_counts_characters() {
    assert!(User::new("é".repeat(64), vec![], "ab", [0; 4], &[], None, None).is_ok());
}

#[test]
fn option_rules_apply_to_some_only() {
    let mut user = User::new("Ada".into(), vec![], "ab", [0; 4], &[], Some(10), Some("A".into())).unwrap();
    assert_eq!(
        user.set_level(Some(11)).unwrap_err().to_string(),
        "User.level must be <= 10, got 11"
    );
    assert_eq!(user.level(), Some(10));
    user.set_level(None).unwrap();
    assert_eq!(user.level(), None);
}

#[derive(Validate, Debug, PartialEq)]
struct Port(#[bounded(1..=65535)] u16);

#[derive(Validate, Debug)]
struct Pair(#[bounded(0..=9)] u8, #[bounded(..=9)] u8);

#[test]
fn tuple_structs() {
    let mut port = Port::new(443).unwrap();
    assert_eq!(port.get(), 443);
    assert_eq!(port.set(0).unwrap_err().to_string(), "Port.0 must be >= 1, got 0");
    assert_eq!(port.get(), 443);
    let mut pair = Pair::new(1, 2).unwrap();
    pair.set_1(9).unwrap();
    assert_eq!((pair.get_0(), pair.get_1()), (1, 9));
    assert_eq!(Pair::new(10, 10).unwrap_err().len(), 2);
}

#[derive(Validate, Debug)]
struct Server {
    #[bounded(len = 1..)]
    name: String,
    #[nested]
    network: NetworkConfig,
    #[nested]
    backup: Option<NetworkConfig>,
    #[nested]
    replicas: Vec<Port>,
}

fn network() -> NetworkConfig {
    NetworkConfig::new(8080, 30, 3).unwrap()
}

#[test]
fn nested_paths_name_the_outer_struct() {
    let bad = NetworkConfig {
        port: 0,
        timeout: 30,
        max_retries: 3,
    };
    let errors = Server::new(String::new(), bad.clone(), Some(bad), vec![Port(1), Port(0)]).unwrap_err();
    assert_eq!(
        messages(&errors),
        [
            "Server.name length must be >= 1, got 0",
            "Server.network.port must be >= 1, got 0",
            "Server.backup.port must be >= 1, got 0",
            "Server.replicas[1].0 must be >= 1, got 0",
        ]
    );
    let nested = errors.iter().nth(1).unwrap();
    assert_eq!((nested.struct_name(), nested.field()), ("Server", "network.port"));
}

#[test]
fn nested_setter_validates_the_new_value() {
    let mut server = Server::new("a".into(), network(), None, vec![]).unwrap();
    let bad = NetworkConfig {
        port: 70_000,
        timeout: 30,
        max_retries: 3,
    };
    let errors = server.set_network(bad).unwrap_err();
    assert_eq!(errors.to_string(), "Server.network.port must be <= 65535, got 70000");
    assert_eq!(server.network().port(), 8080);
}

mod custom_rules {
    use std::borrow::Cow;

    use slotmodel::{rules, Check, ErrorKind, Validate};

    /// A reusable rule, written once.
    pub struct Even;

    impl Check<u32> for Even {
        fn check(&self, value: &u32) -> Result<(), Cow<'static, str>> {
            if value % 2 == 0 {
                Ok(())
            } else {
                Err(format!("must be even, got {value}").into())
            }
        }
    }

    #[derive(Validate, Debug)]
    struct Job {
        #[bounded(max = 100)]
        #[check(Even)]
        #[check(rules::multiple_of(4))]
        workers: u32,
        #[check(rules::one_of(&["low", "high"]))]
        priority: String,
        #[check(Even)]
        spare: Option<u32>,
    }

    #[test]
    fn every_check_runs_in_order_after_bounds() {
        assert!(Job::new(8, "low".into(), None).is_ok());
        assert_eq!(
            Job::new(101, "low".into(), None).unwrap_err().to_string(),
            "Job.workers must be <= 100, got 101"
        );
        assert_eq!(
            Job::new(7, "low".into(), None).unwrap_err().to_string(),
            "Job.workers must be even, got 7"
        );
        assert_eq!(
            Job::new(6, "low".into(), None).unwrap_err().to_string(),
            "Job.workers must be a multiple of 4, got 6"
        );
        let err = Job::new(8, "mid".into(), Some(3)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "Job.priority must be one of \"low\", \"high\", got \"mid\"\nJob.spare must be even, got 3"
        );
        assert!(matches!(err.iter().next().unwrap().kind(), ErrorKind::Custom { .. }));
    }

    #[test]
    fn setter_uses_checks_too() {
        let mut job = Job::new(8, "low".into(), None).unwrap();
        assert!(job.set_workers(9).is_err());
        assert_eq!(job.workers(), 8);
        job.set_priority("high".into()).unwrap();
        assert_eq!(job.priority(), "high");
    }
}

#[test]
fn fields_describe_the_rules() {
    let fields = NetworkConfig::FIELDS;
    assert_eq!(
        fields.iter().map(|f| f.name).collect::<Vec<_>>(),
        ["port", "timeout", "max_retries"]
    );
    let Rule::Range {
        min,
        min_inclusive,
        max,
        max_inclusive,
    } = fields[1].rules[0]
    else {
        panic!("expected a range")
    };
    assert_eq!(min.map(|b| b.value), Some(Some(Number::Unsigned(0))));
    assert_eq!(max.map(|b| b.to_string()), Some("300".to_owned()));
    assert!(min_inclusive && max_inclusive);
    let Rule::Range { max, .. } = FromConstants::FIELDS[1].rules[0] else {
        panic!("expected a range")
    };
    let max = max.unwrap();
    assert_eq!((max.text, max.value), ("MAX_RETRIES", Some(Number::Unsigned(50))));
    assert_eq!(Server::FIELDS[1].rules, &[Rule::Nested]);
    assert_eq!(User::FIELDS[5].ty, "Option<u8>");
    assert_eq!(
        User::FIELDS[0].rules,
        &[Rule::Length {
            unit: slotmodel::LengthUnit::Chars,
            min: Some(1),
            max: Some(64),
            max_inclusive: true
        }]
    );
}

#[test]
fn valid_holds_only_validated_values() {
    let ok = Valid::new(network()).unwrap();
    assert_eq!(ok.port(), 8080);
    let bad = NetworkConfig {
        port: 0,
        timeout: 0,
        max_retries: 0,
    };
    assert_eq!(Valid::new(bad).unwrap_err().len(), 1);
}

const DEFAULT: NetworkConfig = NetworkConfig::new_const(8080, 30, 3);
const COLD: SensorReading = SensorReading::new_const(-40.0, 1013.25);

#[test]
fn const_constructor_builds_checked_constants() {
    assert_eq!(DEFAULT, network());
    assert!((COLD.celsius() + 40.0).abs() < f32::EPSILON);
}

#[test]
#[should_panic(expected = "NetworkConfig.port must be <= 65535, got 70000")]
fn const_constructor_at_run_time_panics_with_the_same_message() {
    let port = std::hint::black_box(70_000);
    let _ = NetworkConfig::new_const(port, 30, 3);
}

#[test]
#[should_panic(expected = "SensorReading.celsius must be >= -40, got -40.5")]
fn const_constructor_checks_floats() {
    let _ = SensorReading::new_const(std::hint::black_box(-40.5), 0.0);
}

mod generics {
    use slotmodel::{Ranged, Validate};

    #[derive(Validate, Debug)]
    struct Window<T: Copy + Ranged<Scalar = u8> + std::fmt::Debug, const N: usize>
    where
        T: PartialEq,
    {
        #[bounded(1..=100)]
        size: T,
        #[bounded(len = 1..=N)]
        samples: Vec<T>,
    }

    #[test]
    fn generic_fields_are_checked_through_traits() {
        assert!(Window::<u8, 4>::new(10, vec![1]).is_ok());
        let errors = Window::<u8, 2>::new(0, vec![1, 2, 3]).unwrap_err();
        assert_eq!(
            errors.to_string(),
            "Window.size must be >= 1, got 0\nWindow.samples length must be <= 2, got 3"
        );
    }
}

mod renamed_items {
    use slotmodel::Validate;

    #[derive(Validate, Debug)]
    #[slotmodel(constructor = try_new, const_constructor = false, getters = false)]
    struct Limits {
        #[bounded(max = 10)]
        cap: u8,
    }

    impl Limits {
        // The user's own `new` and `cap` do not clash with generated items.
        fn new() -> Self {
            Limits { cap: 1 }
        }
        fn cap(&self) -> u8 {
            self.cap * 2
        }
    }

    #[test]
    fn container_options_rename_and_skip() {
        assert_eq!(Limits::new().cap(), 2);
        assert!(Limits::try_new(11).is_err());
        let mut limits = Limits::try_new(3).unwrap();
        limits.set_cap(4).unwrap();
        assert_eq!(limits.cap(), 8);
    }
}

#[test]
fn field_error_is_a_std_error() {
    fn takes(_: &dyn std::error::Error) {}
    let err: FieldError = Port::new(1).unwrap().set(0).unwrap_err();
    takes(&err);
    takes(&Port::new(0).unwrap_err());
}

#[test]
fn rules_print_in_attribute_syntax() {
    let text = |fields: &[slotmodel::FieldSpec], i: usize| {
        fields[i]
            .rules
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    };
    assert_eq!(text(NetworkConfig::FIELDS, 0), "1..=65535");
    assert_eq!(text(NetworkConfig::FIELDS, 2), "..=50");
    assert_eq!(text(Exclusive::FIELDS, 0), "0..10");
    assert_eq!(text(Exclusive::FIELDS, 1), "-5..");
    assert_eq!(text(User::FIELDS, 4), "len ..3");
    assert_eq!(text(Server::FIELDS, 1), "nested");
}
