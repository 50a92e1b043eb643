//! A plugin crate that the binary never references is not linked, and its plugins are absent:
//! `require` makes that loud instead of silent. (`exporter-plugins` is a dependency of this test
//! binary, but nothing here uses it.)

use exporter_api::Exporter;

#[test]
fn plugins_of_an_unreferenced_crate_are_missing_and_require_says_so() {
    let registry = slotmodel::registry::<dyn Exporter>();
    assert_eq!(registry.names().collect::<Vec<_>>(), ["csv", "json"]);
    let err = registry.require(&["csv", "tsv", "ms"]).unwrap_err();
    assert_eq!(err.to_string(), "missing Exporter plugins: tsv, ms; link the crates that register them (`use plugin_crate as _;` in the binary)");
}
