//! What the `rusqlite` feature asks of an application, and what the scope guide promises about it.

const CORE_MANIFEST: &str = include_str!("../slotmodel-core/Cargo.toml");
/// The scope guide, `slotmodel::docs::scope`.
const SCOPE_GUIDE: &str = include_str!("../src/docs/guide/scope.md");

/// The `rusqlite = ...` line of the core's `[dependencies]`.
fn rusqlite_dependency() -> &'static str {
    let dependencies = CORE_MANIFEST
        .split("\n[")
        .find(|section| section.starts_with("dependencies]"))
        .expect("slotmodel-core has a [dependencies] section");
    dependencies
        .lines()
        .find(|line| line.starts_with("rusqlite"))
        .expect("slotmodel-core depends on rusqlite")
}

/// The version requirement in `version = "..."`.
fn rusqlite_version() -> &'static str {
    let line = rusqlite_dependency();
    let start = line.find("version = \"").expect("a version requirement") + "version = \"".len();
    let len = line[start..].find('"').expect("a closing quote");
    &line[start..start + len]
}

#[test]
fn the_rusqlite_feature_leaves_linking_sqlite_to_the_application() {
    let line = rusqlite_dependency();
    assert!(line.contains("optional = true"), "{line}");
    assert!(
        !line.contains("bundled"),
        "an application that enables `rusqlite` must not be forced to compile SQLite: {line}"
    );
}

/// The requirement as the README words it: `0.43` for `"0.43"`, `0.32 to 0.43` for
/// `">=0.32, <0.44"`.
fn rusqlite_versions_in_words() -> String {
    let requirement = rusqlite_version();
    let Some((low, high)) = requirement.split_once(", ") else {
        return requirement.to_owned();
    };
    let low = low.strip_prefix(">=").expect("a range from `>=`");
    let high = high.strip_prefix("<0.").expect("a range up to `<0.N`");
    let last: u32 = high.parse().expect("a minor version");
    format!("{low} to 0.{}", last - 1)
}

#[test]
fn the_scope_guide_names_the_supported_rusqlite_version() {
    assert_eq!(rusqlite_versions_in_words(), "0.32 to 0.43");
    let version = rusqlite_versions_in_words();
    // The synchronous scopes, before the guide's first section on async ones.
    let scope = SCOPE_GUIDE.split("\n## ").next().expect("the guide has text");
    assert!(
        scope.contains(&format!("rusqlite {version}")),
        "the scope guide names rusqlite {version}"
    );
    assert!(scope.contains("bundled"), "and says how to compile SQLite in");
}
