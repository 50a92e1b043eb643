/// Comma-separated values, one line.
impl Exporter for CsvExporter {
    fn export(&self, data: &[i64]) -> String {
        data.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
    }
}
::slotmodel::__private::registered! {
    ::slotmodel::__private::inventory::submit! {
    ::slotmodel::__private::PluginEntry::registered:: < CsvExporter,
    ::slotmodel::__private::FromSelf > (::slotmodel::__private::PluginInfo::new("csv",
    "CsvExporter").with_aliases(& ["comma"])
    .with_about("Comma-separated values, one line.")
    .with_location(::slotmodel::__private::module_path!(),
    ::slotmodel::__private::file!(), ::slotmodel::__private::line!()), | __args | ->
    ::slotmodel::__private::Box < dyn Exporter > {
    ::slotmodel::__private::Box::new(::slotmodel::__private::default_plugin:: <
    CsvExporter, _ > (__args)) },) } ::slotmodel::__private::plugin_serde!(dyn Exporter,
    CsvExporter);
    ::slotmodel::__private::link_guard!("slotmodel: Exporter plugin name \"csv\" is registered twice; give one of the plugins another name, or, if they belong to two different traits both named Exporter, write `link_guard = false` in the `#[slotmodel::plugin]` of one (its registry's `check()` still finds real duplicates at run time)");
    ::slotmodel::__private::link_guard!("slotmodel: Exporter plugin name \"comma\" is registered twice; give one of the plugins another name, or, if they belong to two different traits both named Exporter, write `link_guard = false` in the `#[slotmodel::plugin]` of one (its registry's `check()` still finds real duplicates at run time)");
}
