//! Expansion snapshots: each test expands one representative input, pretty-prints the result
//! with `prettyplease` and compares it with `tests/expand/<name>.expanded.rs`, so that every
//! change to the generated code shows up in review as a diff of those files. They stop at the
//! calls of the runtime's `macro_rules!` helpers; `tests/expand_full.rs` expands a whole crate,
//! the helpers included.
//!
//! After an intended change, rewrite the snapshots and review the diff:
//!
//! ```text
//! SLOTMODEL_BLESS=1 cargo test -p slotmodel-derive
//! ```
//!
//! A snapshot that does not exist yet is written, and its test fails once so that a forgotten
//! file is noticed.

use std::path::PathBuf;

use proc_macro2::TokenStream;

use crate::expand;

/// Expands `input` with a derive and checks the result against the snapshot `name`.
fn derive_snapshot(name: &str, derive: crate::ast::Derive, input: &str) {
    let input: syn::DeriveInput =
        syn::parse_str(input).unwrap_or_else(|error| panic!("snapshot `{name}`: the input does not parse: {error}"));
    assert_snapshot(name, &expand::derive(&input, derive));
}

/// Expands `item` with an attribute macro given `args` and checks the result against the
/// snapshot `name`.
fn attribute_snapshot(name: &str, attribute: fn(TokenStream, TokenStream) -> TokenStream, args: &str, item: &str) {
    let args: TokenStream = syn::parse_str(args)
        .unwrap_or_else(|error| panic!("snapshot `{name}`: the arguments do not tokenize: {error}"));
    let item: TokenStream =
        syn::parse_str(item).unwrap_or_else(|error| panic!("snapshot `{name}`: the item does not tokenize: {error}"));
    assert_snapshot(name, &attribute(args, item));
}

/// The expansion as `prettyplease` prints a file.
fn pretty(name: &str, expansion: &TokenStream) -> String {
    let file: syn::File = syn::parse2(expansion.clone())
        .unwrap_or_else(|error| panic!("snapshot `{name}`: the expansion is not a valid file: {error}\n{expansion}"));
    prettyplease::unparse(&file)
}

fn snapshot_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("expand")
        .join(format!("{name}.expanded.rs"))
}

fn bless_requested() -> bool {
    std::env::var_os("SLOTMODEL_BLESS").is_some_and(|value| value == "1")
}

fn write_snapshot(path: &std::path::Path, text: &str) {
    let dir = path.parent().expect("a snapshot path has a parent directory");
    std::fs::create_dir_all(dir).unwrap_or_else(|error| panic!("cannot create {}: {error}", dir.display()));
    std::fs::write(path, text).unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
}

/// Compares the pretty-printed `expansion` with the snapshot `name`, or writes the snapshot
/// when blessing or when it is missing (and then fails, unless blessing).
fn assert_snapshot(name: &str, expansion: &TokenStream) {
    let actual = pretty(name, expansion);
    let path = snapshot_path(name);
    if bless_requested() {
        write_snapshot(&path, &actual);
        return;
    }
    let expected = match std::fs::read_to_string(&path) {
        Ok(text) => text.replace("\r\n", "\n"),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            write_snapshot(&path, &actual);
            panic!(
                "snapshot `{name}` did not exist; wrote {}: review it, then rerun the tests",
                path.display()
            );
        }
        Err(error) => panic!("cannot read {}: {error}", path.display()),
    };
    if let Some(message) = first_difference(&expected, &actual) {
        panic!(
            "snapshot `{name}` differs from {}\n{message}\nIf the change is intended, rerun with \
             `SLOTMODEL_BLESS=1 cargo test -p slotmodel-derive` and review the diff.",
            path.display()
        );
    }
}

/// Where `expected` and `actual` first differ, as a message, or `None` when they are equal.
fn first_difference(expected: &str, actual: &str) -> Option<String> {
    if expected == actual {
        return None;
    }
    let mut expected_lines = expected.lines();
    let mut actual_lines = actual.lines();
    for number in 1.. {
        match (expected_lines.next(), actual_lines.next()) {
            (Some(e), Some(a)) if e == a => {}
            (None, None) => break,
            (e, a) => {
                let show = |line: Option<&str>| line.map_or_else(|| "<end of file>".to_owned(), |l| format!("{l:?}"));
                return Some(format!(
                    "first difference at line {number}:\n  snapshot:  {}\n  expansion: {}",
                    show(e),
                    show(a)
                ));
            }
        }
    }
    // Same lines, different line endings at the very end.
    Some("the files differ only in the final newline".to_owned())
}

#[test]
fn validate_ranged_fields() {
    derive_snapshot(
        "validate_ranged_fields",
        crate::ast::Derive::Validate,
        r"
        struct Server {
            #[bounded(min = 1, max = 65535)]
            port: u32,
            #[bounded(0..=300)]
            timeout_secs: u16,
        }
        ",
    );
}

#[test]
fn validate_check_len_nested_option() {
    derive_snapshot(
        "validate_check_len_nested_option",
        crate::ast::Derive::Validate,
        r"
        struct User {
            #[check(rules::non_empty())]
            tags: Vec<String>,
            #[bounded(len = 1..=64)]
            name: String,
            #[nested]
            inner: Inner,
            #[bounded(max = 120)]
            age: Option<u8>,
        }
        ",
    );
}

#[test]
fn validate_generic() {
    derive_snapshot(
        "validate_generic",
        crate::ast::Derive::Validate,
        r"
        struct Labeled<T>
        where
            T: Clone,
        {
            #[bounded(len = ..=16)]
            label: String,
            value: T,
        }
        ",
    );
}

#[test]
fn view_variable_length() {
    derive_snapshot(
        "view_variable_length",
        crate::ast::Derive::View,
        r#"
        #[view(endian = "big")]
        pub struct Chunk {
            length: u32,
            kind: [u8; 4],
            #[view(len = length)]
            data: Vec<u8>,
            #[view(skip = 2)]
            crc: u32,
        }
        "#,
    );
}

#[test]
fn compact_struct() {
    derive_snapshot(
        "compact_struct",
        crate::ast::Derive::Compact,
        r"
        struct Reading {
            #[bounded(max = 4_294_967_295)]
            timestamp: u64,
            #[bounded(-8..8)]
            offset: i8,
            value: f32,
            unit: Unit,
        }
        ",
    );
}

#[test]
fn compact_columns() {
    derive_snapshot(
        "compact_columns",
        crate::ast::Derive::Compact,
        r"
        #[slotmodel(columns)]
        pub struct Sample(#[bounded(1..=12)] u8, bool);
        ",
    );
}

#[test]
fn compact_fieldless_enum() {
    derive_snapshot(
        "compact_fieldless_enum",
        crate::ast::Derive::Compact,
        r"
        enum Unit {
            Celsius,
            Fahrenheit,
            Kelvin,
        }
        ",
    );
}

#[test]
fn compact_enum_with_data() {
    derive_snapshot(
        "compact_enum_with_data",
        crate::ast::Derive::Compact,
        r"
        enum Event {
            Idle,
            Reading { #[bounded(max = 1000)] value: u16, unit: Unit },
            Flags(bool, #[bounded(1..=12)] Option<u8>),
        }
        ",
    );
}

#[test]
fn compact_tuple_struct() {
    derive_snapshot(
        "compact_tuple_struct",
        crate::ast::Derive::Compact,
        r"
        struct Level(#[bounded(0..=9)] u8, bool);
        ",
    );
}

#[test]
fn view_union_of_variable_length_variants() {
    derive_snapshot(
        "view_union_of_variable_length_variants",
        crate::ast::Derive::View,
        "
        pub enum Value {
            #[view(tag = 1)]
            Number(u32),
            #[view(tag = 2)]
            Name(Name),
            #[view(other)]
            Unknown,
        }
        ",
    );
    derive_snapshot(
        "view_union_with_a_length",
        crate::ast::Derive::View,
        r#"
        #[view(endian = "big")]
        pub struct Tlv {
            kind: u8,
            length: u16,
            #[view(tag = kind, len = length)]
            value: Value,
        }
        "#,
    );
}

#[test]
fn view_big_endian_struct() {
    derive_snapshot(
        "view_big_endian_struct",
        crate::ast::Derive::View,
        r#"
        #[view(endian = "big")]
        struct Frame {
            magic: [u8; 4],
            length: u32,
            #[bounded(1..=64)]
            hops: u8,
            #[view(endian = "little")]
            crc: u16,
        }
        "#,
    );
}

#[test]
fn view_repr_enum() {
    derive_snapshot(
        "view_repr_enum",
        crate::ast::Derive::View,
        r"
        #[repr(u8)]
        enum Kind {
            Data = 1,
            Ack = 2,
            Reset = 9,
        }
        ",
    );
}

#[test]
fn view_nested_and_skip() {
    derive_snapshot(
        "view_nested_and_skip",
        crate::ast::Derive::View,
        r"
        struct Header {
            kind: Kind,
            #[view(skip = 2)]
            #[bounded(-100..=100)]
            level: i16,
        }
        ",
    );
}

#[test]
fn view_expression_length_and_narrow_integer() {
    derive_snapshot(
        "view_expression_length_and_narrow_integer",
        crate::ast::Derive::View,
        r#"
        #[view(endian = "big")]
        struct Options {
            version_ihl: u8,
            #[view(bytes = 3)]
            #[bounded(max = 1000)]
            level: u32,
            #[view(len = (version_ihl & 0x0F) * 4 - 20)]
            options: Vec<u8>,
        }
        "#,
    );
}

#[test]
fn view_runtime_order() {
    derive_snapshot(
        "view_runtime_order",
        crate::ast::Derive::View,
        r"
        #[view(endian = runtime)]
        pub struct Record {
            ts_sec: u32,
            #[bounded(max = 999_999_999)]
            ts_frac: u32,
            incl_len: u32,
            #[view(len = incl_len)]
            data: Vec<u8>,
        }
        ",
    );
}

#[test]
fn view_order_from_a_field() {
    derive_snapshot(
        "view_order_from_a_field",
        crate::ast::Derive::View,
        r#"
        #[view(big_if = magic == 0xA1B2C3D4 || magic == 0xA1B23C4D)]
        pub struct FileHeader {
            #[view(endian = "big")]
            magic: u32,
            version: u16,
        }
        "#,
    );
}

#[test]
fn view_conditional_field() {
    derive_snapshot(
        "view_conditional_field",
        crate::ast::Derive::View,
        r"
        struct Format {
            size: u32,
            audio_format: u16,
            #[view(when = size >= 18 && audio_format != 1)]
            extra_size: Option<u16>,
        }
        ",
    );
}

#[test]
fn registry_trait() {
    attribute_snapshot(
        "registry_trait",
        expand::registry::expand,
        "",
        r"
        /// Turns a series of numbers into text.
        pub trait Exporter: Send + Sync {
            /// The numbers as text.
            fn export(&self, data: &[i64]) -> String;
        }
        ",
    );
}

#[test]
fn registry_with_args() {
    attribute_snapshot(
        "registry_with_args",
        expand::registry::expand,
        "args = Options",
        r"
        pub trait Compressor {
            fn compress(&self, data: &[u8]) -> Vec<u8>;
        }
        ",
    );
}

#[test]
fn registry_with_serde_tag() {
    attribute_snapshot(
        "registry_with_serde_tag",
        expand::registry::expand,
        r#"args = Size, serde(tag = "kind")"#,
        r"
        /// Chosen by a configuration file.
        pub trait Format: Send + Sync where Self: 'static {
            fn format(&self, data: &[i64]) -> String;
        }
        ",
    );
}

#[test]
fn plugin_named_with_alias() {
    attribute_snapshot(
        "plugin_named_with_alias",
        expand::plugin::expand,
        r#"name = "csv", alias = "comma""#,
        r#"
        /// Comma-separated values, one line.
        impl Exporter for CsvExporter {
            fn export(&self, data: &[i64]) -> String {
                data.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
            }
        }
        "#,
    );
}

#[test]
fn plugin_constructor_and_about() {
    attribute_snapshot(
        "plugin_constructor_and_about",
        expand::plugin::expand,
        r#"name = "ms", new = SuffixExporter::milliseconds, about = "Numbers in milliseconds""#,
        r"
        impl exporter_api::Exporter for SuffixExporter {
            fn export(&self, data: &[i64]) -> String {
                String::new()
            }
        }
        ",
    );
}

#[test]
fn plugin_default_name_without_link_guard() {
    attribute_snapshot(
        "plugin_default_name_without_link_guard",
        expand::plugin::expand,
        r#"alias = "tab", link_guard = false"#,
        r"
        impl Exporter for TsvExporter {
            fn export(&self, data: &[i64]) -> String {
                String::new()
            }
        }
        ",
    );
}
