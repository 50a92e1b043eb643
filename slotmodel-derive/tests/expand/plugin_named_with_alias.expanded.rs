/// Comma-separated values, one line.
impl Exporter for CsvExporter {
    fn export(&self, data: &[i64]) -> String {
        data.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
    }
}
::slotmodel::__private01::registered! {
    ::slotmodel::__private01::inventory::submit! {
    ::slotmodel::__private01::PluginEntry::registered::< CsvExporter,
    ::slotmodel::__private01::FromSelf >
    (::slotmodel::__private01::PluginInfo::new("csv", "CsvExporter").with_aliases(&
    ["comma"]).with_about("Comma-separated values, one line.")
    .with_location(::slotmodel::__private01::module_path!(),
    ::slotmodel::__private01::file!(), ::slotmodel::__private01::line!()), | __args | ->
    ::slotmodel::__private01::Box < dyn Exporter > {
    ::slotmodel::__private01::Box::new(::slotmodel::__private01::default_plugin::<
    CsvExporter, _ > (__args)) },) } ::slotmodel::__private01::plugin_serde!(dyn
    Exporter, CsvExporter);
    ::slotmodel::__private01::link_guard!("slotmodel: Exporter plugin name \"csv\" is registered twice; give one of the plugins another name, or, if they belong to two different traits both named Exporter, write `link_guard = false` in the `#[slotmodel::plugin]` of one (its registry's `check()` still finds real duplicates at run time)");
    ::slotmodel::__private01::link_guard!("slotmodel: Exporter plugin name \"comma\" is registered twice; give one of the plugins another name, or, if they belong to two different traits both named Exporter, write `link_guard = false` in the `#[slotmodel::plugin]` of one (its registry's `check()` still finds real duplicates at run time)");
}
