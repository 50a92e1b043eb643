//! Registries read from configuration files: `#[slotmodel::registry(serde(tag = ".."))]` reads
//! `Box<dyn Trait>` from a tagged table and writes it back, tag first.

use exporter_api::{Delimited, Format, JsonArray};
use exporter_plugins::Units;
use proptest::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
struct Config {
    data: Vec<i64>,
    outputs: Vec<Box<dyn Format>>,
}

fn formatted(outputs: &[Box<dyn Format>], data: &[i64]) -> Vec<String> {
    outputs.iter().map(|format| format.format(data)).collect()
}

#[test]
fn a_toml_file_picks_three_plugins_one_from_another_crate() {
    let config: Config = toml::from_str(include_str!("../examples/config_plugins.toml")).unwrap();
    assert_eq!(config.data, [1500, 250, 4000]);
    assert_eq!(
        formatted(&config.outputs, &config.data),
        ["1500;250;4000", "[\n  1500,\n  250,\n  4000\n]", "1s 0s 4s"]
    );
}

#[test]
fn keys_come_in_any_order_and_aliases_pick_plugins() {
    let csv: Box<dyn Format> = serde_json::from_str(r#"{"delimiter": "|", "type": "delimited"}"#).unwrap();
    assert_eq!(csv.format(&[1, 2]), "1|2");
    // Keys left out take the plugin's own defaults.
    let csv: Box<dyn Format> = serde_json::from_str(r#"{"type": "csv"}"#).unwrap();
    assert_eq!(csv.format(&[1, 2]), "1,2");
    let units: Box<dyn Format> = serde_json::from_str(r#"{"unit": "ms", "type": "units"}"#).unwrap();
    assert_eq!(units.format(&[7]), "7ms");
}

#[test]
fn a_round_trip_writes_the_tag_back_first() {
    let outputs: Vec<Box<dyn Format>> = vec![
        Box::new(Delimited {
            delimiter: "\t".to_owned(),
        }),
        Box::new(JsonArray { pretty: false }),
        Box::new(Units {
            unit: "kB".to_owned(),
            scale: 1024,
        }),
    ];
    let json = serde_json::to_string(&outputs).unwrap();
    assert_eq!(
        json,
        r#"[{"type":"csv","delimiter":"\t"},{"type":"json","pretty":false},{"type":"units","unit":"kB","scale":1024}]"#
    );
    let back: Vec<Box<dyn Format>> = serde_json::from_str(&json).unwrap();
    assert_eq!(formatted(&back, &[2048, 1]), formatted(&outputs, &[2048, 1]));

    let config = Config { data: vec![3], outputs };
    let text = toml::to_string(&config).unwrap();
    assert!(text.contains("type = \"units\""), "{text}");
    let again: Config = toml::from_str(&text).unwrap();
    assert_eq!(formatted(&again.outputs, &[4096]), ["4096", "[4096]", "4kB"]);
}

fn json_error(text: &str) -> String {
    match serde_json::from_str::<Box<dyn Format>>(text) {
        Ok(_) => panic!("{text} was accepted"),
        Err(error) => error.to_string(),
    }
}

#[test]
fn an_unknown_tag_suggests_the_nearest_name_and_lists_the_names() {
    assert_eq!(
        json_error(r#"{"type": "jsno"}"#),
        r#"unknown Format plugin "jsno"; did you mean "json"? available: csv, json, units at line 1 column 16"#
    );
    assert_eq!(
        json_error(r#"{"type": "spreadsheet", "rows": 3}"#),
        r#"unknown Format plugin "spreadsheet"; available: csv, json, units at line 1 column 34"#
    );
    let toml_error = toml::from_str::<Config>("data = []\n[[outputs]]\ntype = \"cvs\"\n")
        .err()
        .unwrap()
        .to_string();
    assert!(
        toml_error.contains(r#"unknown Format plugin "cvs"; did you mean "csv"? available: csv, json, units"#),
        "{toml_error}"
    );
}

#[test]
fn tables_without_one_tag_or_with_bad_settings_are_refused() {
    assert_eq!(
        json_error(r#"{"delimiter": ";"}"#),
        r#"missing key "type" naming the Format plugin (available: csv, json, units) at line 1 column 18"#
    );
    assert!(json_error(r#"{"type": "csv", "type": "json"}"#).starts_with(r#"duplicate key "type""#));
    assert!(json_error(r#"{"type": 3}"#).starts_with("invalid type: integer `3`, expected a string"));
    assert!(json_error(r#""csv""#)
        .starts_with(r#"invalid type: string "csv", expected a table whose "type" key names a Format plugin"#));
    let wrong = json_error(r#"{"type": "csv", "delimiter": 4}"#);
    assert!(
        wrong.starts_with(r#"Format plugin "csv": invalid type: integer `4`, expected a string"#),
        "{wrong}"
    );
    let unknown = json_error(r#"{"type": "json", "colour": true}"#);
    assert!(
        unknown.starts_with(r#"Format plugin "json": unknown field `colour`, expected `pretty`"#),
        "{unknown}"
    );
    let missing = json_error(r#"{"type": "units"}"#);
    assert!(
        missing.starts_with(r#"Format plugin "units": missing field `unit`"#),
        "{missing}"
    );
}

/// A registry with its own tag key, arguments for constructors, a unit plugin and a deliberate
/// name clash.
mod shapes {
    use serde::{Deserialize, Serialize};

    /// What a constructor is given: read from the table for plugins built by `new = ..`.
    #[derive(Clone, Copy, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Size {
        pub side: u32,
    }

    #[slotmodel::registry(args = Size, serde(tag = "shape"))]
    pub trait Shape {
        fn area(&self) -> u32;
    }

    /// Built by a constructor from `Size`; written back as its own fields, which read back as
    /// a `Size`.
    #[derive(Serialize)]
    pub struct Square {
        pub side: u32,
    }

    impl Square {
        fn new(size: Size) -> Self {
            Square { side: size.side }
        }
    }

    #[slotmodel::plugin(name = "square", new = Square::new)]
    impl Shape for Square {
        fn area(&self) -> u32 {
            self.side.saturating_mul(self.side)
        }
    }

    /// A unit struct: its table holds the tag alone.
    #[derive(Default, Serialize, Deserialize)]
    pub struct Dot;

    #[slotmodel::plugin(alias = "point")]
    impl Shape for Dot {
        fn area(&self) -> u32 {
            0
        }
    }

    /// Two plugins claim "blob"; the link guard is off so that the clash builds.
    #[derive(Default, Serialize, Deserialize)]
    pub struct Blob;
    #[derive(Default, Serialize, Deserialize)]
    pub struct Splat;

    #[slotmodel::plugin(name = "blob", link_guard = false)]
    impl Shape for Blob {
        fn area(&self) -> u32 {
            1
        }
    }

    #[slotmodel::plugin(name = "blob", link_guard = false)]
    impl Shape for Splat {
        fn area(&self) -> u32 {
            2
        }
    }

    /// Settings of every shape a configuration holds: enums by name or as a one-key table,
    /// options, lists, nested tables.
    #[derive(Debug, PartialEq, Default, Serialize, Deserialize)]
    pub enum Fill {
        #[default]
        None,
        Solid(String),
        Gradient {
            from: String,
            to: String,
        },
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    pub struct Border {
        pub width: f64,
        pub dashed: bool,
    }

    #[derive(Debug, PartialEq, Default, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Styled {
        pub fill: Option<Fill>,
        pub note: Option<String>,
        pub points: Vec<(i32, i32)>,
        pub border: Option<Border>,
    }

    #[slotmodel::plugin(name = "styled")]
    impl Shape for Styled {
        fn area(&self) -> u32 {
            u32::try_from(self.points.len()).unwrap_or(u32::MAX)
        }
    }

    /// A field named like the tag cannot be written back.
    #[derive(Default, Serialize, Deserialize)]
    pub struct Labelled {
        pub shape: String,
    }

    #[slotmodel::plugin(name = "labelled")]
    impl Shape for Labelled {
        fn area(&self) -> u32 {
            3
        }
    }
}

use shapes::Shape;

#[test]
fn constructors_read_the_registry_arguments_and_the_tag_key_is_the_registry_s() {
    let square: Box<dyn Shape> = serde_json::from_str(r#"{"side": 3, "shape": "square"}"#).unwrap();
    assert_eq!(square.area(), 9);
    assert_eq!(
        serde_json::to_string(&square).unwrap(),
        r#"{"shape":"square","side":3}"#
    );
    let err = serde_json::from_str::<Box<dyn Shape>>(r#"{"shape": "square", "side": 3, "colour": 1}"#)
        .err()
        .unwrap();
    assert!(
        err.to_string()
            .starts_with(r#"Shape plugin "square": unknown field `colour`"#),
        "{err}"
    );
    // The `type` key means nothing to this registry.
    let err = serde_json::from_str::<Box<dyn Shape>>(r#"{"type": "square", "side": 3}"#)
        .err()
        .unwrap();
    assert!(
        err.to_string()
            .starts_with(r#"missing key "shape" naming the Shape plugin"#),
        "{err}"
    );
}

#[test]
fn a_unit_plugin_is_its_tag_alone() {
    let dot: Box<dyn Shape> = serde_json::from_str(r#"{"shape": "point"}"#).unwrap();
    assert_eq!(dot.area(), 0);
    assert_eq!(serde_json::to_string(&dot).unwrap(), r#"{"shape":"dot"}"#);
    let err = serde_json::from_str::<Box<dyn Shape>>(r#"{"shape": "dot", "radius": 1}"#)
        .err()
        .unwrap();
    assert!(
        err.to_string()
            .starts_with(r#"Shape plugin "dot": unexpected key "radius": this plugin takes no settings"#),
        "{err}"
    );
}

#[test]
fn settings_of_every_shape_are_read_after_the_buffered_keys() {
    let text = r#"{
        "fill": {"Gradient": {"from": "red", "to": "blue"}},
        "note": null,
        "points": [[0, 0], [3, -4]],
        "border": {"dashed": true, "width": 1.5},
        "shape": "styled"
    }"#;
    let styled: Box<dyn Shape> = serde_json::from_str(text).unwrap();
    assert_eq!(styled.area(), 2);
    let written = serde_json::to_string(&styled).unwrap();
    assert_eq!(
        written,
        r#"{"shape":"styled","fill":{"Gradient":{"from":"red","to":"blue"}},"note":null,"points":[[0,0],[3,-4]],"border":{"width":1.5,"dashed":true}}"#
    );
    let toml_text =
        "shape = \"styled\"\nfill = \"None\"\nnote = \"n\"\npoints = []\n[border]\nwidth = 2.0\ndashed = false\n";
    let from_toml: Box<dyn Shape> = toml::from_str(toml_text).unwrap();
    assert_eq!(
        serde_json::to_string(&from_toml).unwrap(),
        r#"{"shape":"styled","fill":"None","note":"n","points":[],"border":{"width":2.0,"dashed":false}}"#
    );
    let solid: Box<dyn Shape> =
        serde_json::from_str(r#"{"fill": {"Solid": "red"}, "points": [], "shape": "styled"}"#).unwrap();
    assert!(serde_json::to_string(&solid)
        .unwrap()
        .contains(r#""fill":{"Solid":"red"}"#));
    let bad = serde_json::from_str::<Box<dyn Shape>>(r#"{"fill": 3, "shape": "styled"}"#)
        .err()
        .unwrap();
    assert!(
        bad.to_string().starts_with(
            r#"Shape plugin "styled": invalid type: integer `3`, expected a variant name, or a table of one key"#
        ),
        "{bad}"
    );
}

#[test]
fn a_duplicate_name_is_the_registry_s_duplicate_error() {
    let err = serde_json::from_str::<Box<dyn Shape>>(r#"{"shape": "blob"}"#)
        .err()
        .unwrap();
    let expected = slotmodel::registry::<dyn Shape>()
        .get("blob")
        .err()
        .unwrap()
        .to_string();
    assert!(
        expected.starts_with(r#"duplicate Shape plugin name "blob", claimed by Blob ("#),
        "{expected}"
    );
    assert!(err.to_string().starts_with(&expected), "{err}");
}

#[test]
fn writing_refuses_a_field_named_like_the_tag() {
    let labelled: Box<dyn Shape> = Box::new(shapes::Labelled {
        shape: "round".to_owned(),
    });
    let err = serde_json::to_string(&labelled).err().unwrap();
    assert_eq!(
        err.to_string(),
        r#"Shape plugin "labelled" (Labelled) has a field named "shape", the registry's tag key; rename the field or the tag"#
    );
}

#[test]
fn entries_without_a_reader_and_types_outside_the_registry_are_errors() {
    use slotmodel::{PluginEntry, PluginInfo, Registry};

    static PLAIN: PluginEntry<dyn Format> = PluginEntry::new(PluginInfo::new("plain", "Delimited"), |()| {
        Box::new(Delimited::default())
    });
    let registry = Registry::from_entries(vec![&PLAIN]);
    let mut json = serde_json::Deserializer::from_str(r#"{"type": "plain"}"#);
    let err = registry.deserialize_tagged("type", &mut json).err().unwrap();
    assert!(
        err.to_string()
            .starts_with(r#"Format plugin "plain" (Delimited) cannot be read from a configuration"#),
        "{err}"
    );
    let format = registry.create("plain").unwrap();
    let err = registry
        .serialize_tagged("type", &*format, serde_json::value::Serializer)
        .err()
        .unwrap();
    assert_eq!(
        err.to_string(),
        "this Format plugin's type is not registered in the registry it is written from"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any settings written out read back the same, whatever the order of the keys.
    #[test]
    fn settings_round_trip(delimiter in ".{0,8}", unit in "[a-zA-Zµ]{0,4}", scale in any::<i64>(), data in prop::collection::vec(any::<i64>(), 0..5)) {
        let outputs: Vec<Box<dyn Format>> = vec![
            Box::new(Delimited { delimiter }),
            Box::new(Units { unit, scale }),
        ];
        let json = serde_json::to_string(&outputs).unwrap();
        let back: Vec<Box<dyn Format>> = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(formatted(&back, &data), formatted(&outputs, &data));
        let config = Config { data: data.clone(), outputs };
        let again: Config = toml::from_str(&toml::to_string(&config).unwrap()).unwrap();
        prop_assert_eq!(formatted(&again.outputs, &data), formatted(&config.outputs, &data));
    }

    /// Untrusted text never panics the reader: it is a plugin or an error.
    #[test]
    fn any_text_is_read_or_refused(text in r#"[{}\[\]":,a-z0-9 ]{0,40}|\{"type": ?"[a-z]{0,6}"(, ?"[a-z]{1,9}": ?("[^"\\]{0,5}"|-?[0-9]{1,3}|true|\[\]|\{\}|null))*\}"#) {
        let _ = serde_json::from_str::<Box<dyn Format>>(&text);
        let _ = serde_json::from_str::<Box<dyn Shape>>(&text);
    }
}
