//! Plugin registries: registration across crates, lookup, creation, errors.

use std::sync::{Arc, Barrier};

use exporter_api::Exporter;
use slotmodel::{PluginError, PluginInfo};

// Links the crate that only registers plugins; without this line its plugins would be absent.
use exporter_plugins as _;

#[test]
fn plugins_from_the_trait_crate_and_a_plugin_crate_are_found() {
    let registry = slotmodel::registry::<dyn Exporter>();
    assert_eq!(
        registry.names().collect::<Vec<_>>(),
        ["csv", "json", "ms", "tsv_exporter"]
    );
    assert_eq!(registry.len(), 4);
    assert_eq!(
        slotmodel::create::<dyn Exporter>("json").unwrap().export(&[1, 2]),
        "[1, 2]"
    );
    assert_eq!(registry.create("ms").unwrap().export(&[5]), "5ms");
    registry.require(&["csv", "json", "ms", "tab"]).unwrap();
    registry.check().unwrap();
}

#[test]
fn aliases_reach_the_same_plugin() {
    let registry = slotmodel::registry::<dyn Exporter>();
    assert_eq!(registry.create("comma").unwrap().export(&[1, 2]), "1,2");
    assert_eq!(registry.create("tab").unwrap().export(&[1, 2]), "1\t2");
    assert_eq!(registry.get("tab").unwrap().name, "tsv_exporter");
    assert_eq!(
        registry.names().filter(|n| *n == "tab").count(),
        0,
        "aliases are not listed as names"
    );
}

#[test]
fn info_describes_each_plugin() {
    let registry = slotmodel::registry::<dyn Exporter>();
    let csv: &PluginInfo = registry.get("csv").unwrap();
    assert_eq!(csv.aliases, ["comma"]);
    assert_eq!(csv.about, "Comma-separated values, one line.");
    assert_eq!(csv.type_name, "CsvExporter");
    assert_eq!(csv.module_path, "exporter_api");
    assert!(csv.file.ends_with("lib.rs"), "{}", csv.file);
    assert!(csv.line > 0);
    let ms = registry.get("ms").unwrap();
    assert_eq!(
        (ms.about, ms.module_path),
        ("Numbers in milliseconds", "exporter_plugins")
    );
    let listed: Vec<&str> = registry.iter().map(|info| info.type_name).collect();
    assert_eq!(listed, ["CsvExporter", "JsonExporter", "SuffixExporter", "TsvExporter"]);
}

#[test]
fn unknown_names_suggest_the_nearest_and_list_the_rest() {
    let err = slotmodel::create::<dyn Exporter>("jsn").err().unwrap();
    assert_eq!(
        err.to_string(),
        r#"unknown Exporter plugin "jsn"; did you mean "json"? available: csv, json, ms, tsv_exporter"#
    );
    let PluginError::Unknown {
        suggestion, available, ..
    } = err
    else {
        panic!("expected Unknown")
    };
    assert_eq!(suggestion, Some("json"));
    assert_eq!(available.len(), 4);
    let far = slotmodel::create::<dyn Exporter>("spreadsheet").err().unwrap();
    assert_eq!(
        far.to_string(),
        r#"unknown Exporter plugin "spreadsheet"; available: csv, json, ms, tsv_exporter"#
    );
}

mod with_args {
    /// How to join.
    pub struct Options {
        pub separator: String,
    }

    #[slotmodel::registry(args = Options)]
    pub trait Joiner {
        fn join(&self, parts: &[&str]) -> String;
    }

    pub struct Custom(String);

    impl Custom {
        fn new(options: Options) -> Self {
            Custom(options.separator)
        }
    }

    #[slotmodel::plugin(name = "custom", new = Custom::new)]
    impl Joiner for Custom {
        fn join(&self, parts: &[&str]) -> String {
            parts.join(&self.0)
        }
    }

    /// Ignores the options: built with `Default`.
    #[derive(Default)]
    pub struct Concat;

    #[slotmodel::plugin]
    impl Joiner for Concat {
        fn join(&self, parts: &[&str]) -> String {
            parts.concat()
        }
    }

    #[test]
    fn create_with_passes_the_arguments() {
        let options = || Options {
            separator: " | ".into(),
        };
        let custom = slotmodel::create_with::<dyn Joiner>("custom", options()).unwrap();
        assert_eq!(custom.join(&["a", "b"]), "a | b");
        let concat = slotmodel::registry::<dyn Joiner>()
            .create_with("concat", options())
            .unwrap();
        assert_eq!(concat.join(&["a", "b"]), "ab");
    }
}

mod several_registries {
    #[slotmodel::registry]
    pub trait Named {
        fn name(&self) -> &'static str;
    }

    #[slotmodel::registry]
    pub trait Sized2d {
        fn area(&self) -> u32;
    }

    #[derive(Default)]
    pub struct Square;

    #[slotmodel::plugin(name = "square")]
    impl Named for Square {
        fn name(&self) -> &'static str {
            "Square"
        }
    }

    #[slotmodel::plugin(name = "square")]
    impl Sized2d for Square {
        fn area(&self) -> u32 {
            4
        }
    }

    #[test]
    fn one_type_in_two_registries_under_one_name() {
        assert_eq!(slotmodel::create::<dyn Named>("square").unwrap().name(), "Square");
        assert_eq!(slotmodel::create::<dyn Sized2d>("square").unwrap().area(), 4);
        assert_eq!(slotmodel::registry::<dyn Named>().len(), 1);
    }
}

mod duplicates {
    use slotmodel::PluginError;

    #[slotmodel::registry]
    pub trait Codec {
        fn id(&self) -> u8;
    }

    #[derive(Default)]
    pub struct First;
    #[derive(Default)]
    pub struct Second;
    #[derive(Default)]
    pub struct Third;
    #[derive(Default)]
    pub struct Unique;

    // `link_guard = false` lets this deliberate clash build, so the run-time checks can be tested.
    #[slotmodel::plugin(name = "zip", alias = "z", link_guard = false)]
    impl Codec for First {
        fn id(&self) -> u8 {
            1
        }
    }

    #[slotmodel::plugin(name = "zip", link_guard = false)]
    impl Codec for Second {
        fn id(&self) -> u8 {
            2
        }
    }

    #[slotmodel::plugin(name = "gzip", alias = "z", link_guard = false)]
    impl Codec for Third {
        fn id(&self) -> u8 {
            3
        }
    }

    #[slotmodel::plugin(name = "raw")]
    impl Codec for Unique {
        fn id(&self) -> u8 {
            0
        }
    }

    #[test]
    fn a_contested_name_is_an_error_naming_every_claimant() {
        let registry = slotmodel::registry::<dyn Codec>();
        let err = registry.create("zip").err().unwrap();
        let PluginError::Duplicate { name, claimants, .. } = &err else {
            panic!("expected Duplicate")
        };
        assert_eq!(*name, "zip");
        assert_eq!(
            claimants.iter().map(|c| c.type_name).collect::<Vec<_>>(),
            ["First", "Second"]
        );
        let text = err.to_string();
        assert!(
            text.starts_with(r#"duplicate Codec plugin name "zip", claimed by First (tests"#),
            "{text}"
        );
        assert!(text.contains(") and Second (tests"), "{text}");
        assert!(registry.get("zip").is_err());
    }

    #[test]
    fn other_names_keep_working() {
        let registry = slotmodel::registry::<dyn Codec>();
        assert_eq!(registry.create("raw").unwrap().id(), 0);
        assert_eq!(registry.create("gzip").unwrap().id(), 3);
    }

    #[test]
    fn check_reports_every_duplicate_at_once() {
        let errors = slotmodel::registry::<dyn Codec>().check().unwrap_err();
        assert_eq!(errors.len(), 2);
        let names: Vec<&str> = errors
            .iter()
            .map(|e| match e {
                PluginError::Duplicate { name, .. } => *name,
                other => panic!("unexpected {other}"),
            })
            .collect();
        assert_eq!(names, ["z", "zip"]);
        assert_eq!(errors.to_string().lines().count(), 2);
    }
}

mod concurrency {
    #[slotmodel::registry]
    pub trait Task {
        fn run(&self) -> usize;
    }

    macro_rules! tasks {
        ($($ty:ident = $name:literal),*) => {$(
            #[derive(Default)]
            pub struct $ty;
            #[slotmodel::plugin(name = $name)]
            impl Task for $ty {
                fn run(&self) -> usize { $name.len() }
            }
        )*};
    }

    tasks!(A = "a", Bb = "bb", Ccc = "ccc", Dddd = "dddd");

    #[test]
    fn first_use_from_many_threads_builds_one_map() {
        let barrier = super::Arc::new(super::Barrier::new(8));
        let handles: Vec<_> = (0..8)
            .map(|i| {
                let barrier = barrier.clone();
                std::thread::spawn(move || {
                    barrier.wait();
                    let registry = slotmodel::registry::<dyn Task>();
                    let names: Vec<&str> = registry.names().collect();
                    let name = names[i % names.len()];
                    (names, registry.create(name).unwrap().run(), name.len())
                })
            })
            .collect();
        for handle in handles {
            let (names, ran, expected) = handle.join().unwrap();
            assert_eq!(names, ["a", "bb", "ccc", "dddd"]);
            assert_eq!(ran, expected);
        }
    }
}

#[test]
fn from_entries_builds_an_independent_registry() {
    use slotmodel::{PluginEntry, Registry};

    static EXTRA: PluginEntry<dyn Exporter> = PluginEntry::new(
        PluginInfo::new("lines", "Lines").with_about("One number per line"),
        |()| Box::new(Lines),
    );
    struct Lines;
    impl Exporter for Lines {
        fn export(&self, data: &[i64]) -> String {
            data.iter().map(i64::to_string).collect::<Vec<_>>().join("\n")
        }
    }
    let registry = Registry::from_entries(vec![&EXTRA]);
    assert_eq!(registry.names().collect::<Vec<_>>(), ["lines"]);
    assert_eq!(registry.get("lines").unwrap().about, "One number per line");
    assert_eq!(registry.create("lines").unwrap().export(&[1, 2]), "1\n2");
    assert!(registry.create("csv").is_err());
}

#[test]
fn a_contested_alias_is_reported_under_the_alias() {
    let err = slotmodel::registry::<dyn duplicates::Codec>().get("z").unwrap_err();
    let PluginError::Duplicate { name, claimants, .. } = err else {
        panic!("expected Duplicate")
    };
    assert_eq!(name, "z");
    assert_eq!(claimants.iter().map(|c| c.name).collect::<Vec<_>>(), ["gzip", "zip"]);
}

mod repeated_alias {
    #[slotmodel::registry]
    pub trait Separator {
        fn separator(&self) -> char;
    }

    #[derive(Default)]
    pub struct Comma;

    // One plugin naming the same alias twice (and its own name as an alias) makes one claim:
    // its link guards do not clash with each other, and the registry sees no duplicate.
    #[slotmodel::plugin(name = "comma", alias = "c", alias = "c", alias = "comma")]
    impl Separator for Comma {
        fn separator(&self) -> char {
            ','
        }
    }

    #[test]
    fn an_alias_given_twice_is_one_claim() {
        let registry = slotmodel::registry::<dyn Separator>();
        registry.check().unwrap();
        assert_eq!(registry.get("c").unwrap().aliases, ["c"]);
        assert_eq!(registry.create("c").unwrap().separator(), ',');
        assert_eq!(registry.create("comma").unwrap().separator(), ',');
    }
}

/// Two unrelated registry traits named like `exporter_api::Exporter`: registries are keyed by the
/// trait object's type, so each finds its own plugins. Link guards only know the name `Exporter`,
/// so these "csv" plugins opt out of them (else the build stops with a message saying so, as
/// `tests/ui/registry/same-trait-name-in-two-modules.rs` shows).
mod same_trait_name {
    pub mod a {
        #[slotmodel::registry]
        pub trait Exporter {
            fn side(&self) -> &'static str;
        }

        #[derive(Default)]
        pub struct Csv;

        #[slotmodel::plugin(name = "csv", link_guard = false)]
        impl Exporter for Csv {
            fn side(&self) -> &'static str {
                "a"
            }
        }
    }

    pub mod b {
        #[slotmodel::registry]
        pub trait Exporter {
            fn side(&self) -> &'static str;
        }

        #[derive(Default)]
        pub struct Csv;

        #[slotmodel::plugin(name = "csv", link_guard = false)]
        impl Exporter for Csv {
            fn side(&self) -> &'static str {
                "b"
            }
        }

        #[derive(Default)]
        pub struct Tsv;

        #[slotmodel::plugin(name = "tsv")]
        impl Exporter for Tsv {
            fn side(&self) -> &'static str {
                "b"
            }
        }
    }

    #[test]
    fn each_registry_finds_its_own_plugins() {
        let (a, b) = (
            slotmodel::registry::<dyn a::Exporter>(),
            slotmodel::registry::<dyn b::Exporter>(),
        );
        assert_eq!(a.create("csv").unwrap().side(), "a");
        assert_eq!(b.create("csv").unwrap().side(), "b");
        assert_eq!(a.names().collect::<Vec<_>>(), ["csv"]);
        assert_eq!(b.names().collect::<Vec<_>>(), ["csv", "tsv"]);
        a.check().unwrap();
        b.check().unwrap();
        assert!(a.get("tsv").is_err());
        assert_eq!(a.get("csv").unwrap().module_path, "test_registry::same_trait_name::a");
    }
}

mod suggestions {
    use exporter_api::Exporter;
    use slotmodel::PluginError;

    fn unknown(name: &str) -> (String, Option<&'static str>, String) {
        match slotmodel::create::<dyn Exporter>(name) {
            Err(err @ PluginError::Unknown { .. }) => {
                let text = err.to_string();
                let PluginError::Unknown { name, suggestion, .. } = err else {
                    unreachable!()
                };
                (name, suggestion, text)
            }
            Err(other) => panic!("expected Unknown, got {other}"),
            Ok(_) => panic!("{name:?} is not a plugin"),
        }
    }

    #[test]
    fn an_empty_name_suggests_nothing() {
        let (name, suggestion, text) = unknown("");
        assert_eq!((name.as_str(), suggestion), ("", None));
        assert_eq!(
            text,
            r#"unknown Exporter plugin ""; available: csv, json, ms, tsv_exporter"#
        );
        // One or two letters that share nothing with a name are no typo of it either.
        assert_eq!(unknown("x").1, None);
        assert_eq!(unknown("zz").1, None);
    }

    #[test]
    fn a_huge_name_suggests_nothing_and_is_shortened_in_the_error() {
        let huge = "json".repeat(250_000);
        let (name, suggestion, text) = unknown(&huge);
        assert_eq!(suggestion, None);
        assert_eq!(name, format!("{}…", &huge[..100]));
        assert!(text.len() < 200, "{}", text.len());
        // A registered name with one character more is still a typo of it; far longer is not.
        assert_eq!(unknown("tsv_exporters").1, Some("tsv_exporter"));
        assert_eq!(unknown(&"tsv_exporter".repeat(2)).1, None);
    }

    #[test]
    fn a_long_name_is_cut_at_a_character_boundary() {
        let (name, ..) = unknown(&format!("{}é{}", "a".repeat(99), "b".repeat(50)));
        assert_eq!(name, format!("{}…", "a".repeat(99)));
    }

    #[test]
    fn a_registered_name_inside_a_longer_input_is_not_found() {
        let registry = slotmodel::registry::<dyn Exporter>();
        assert!(registry.get(&format!("csv{}", " ".repeat(1_000_000))).is_err());
        let missing = registry.require(&["csv", &"c".repeat(1_000_000)]).unwrap_err();
        let PluginError::Missing { names, .. } = missing else {
            panic!("expected Missing, got {missing}")
        };
        assert_eq!(names, [format!("{}…", "c".repeat(100))]);
    }
}
