impl exporter_api::Exporter for SuffixExporter {
    fn export(&self, data: &[i64]) -> String {
        String::new()
    }
}
::slotmodel::__private::registered! {
    ::slotmodel::__private::inventory::submit! {
    ::slotmodel::__private::PluginEntry::registered:: < SuffixExporter,
    ::slotmodel::__private::FromArgs > (::slotmodel::__private::PluginInfo::new("ms",
    "SuffixExporter").with_about("Numbers in milliseconds")
    .with_location(::slotmodel::__private::module_path!(),
    ::slotmodel::__private::file!(), ::slotmodel::__private::line!()), | __args | ->
    ::slotmodel::__private::Box < dyn exporter_api::Exporter > {
    ::slotmodel::__private::Box::new(::slotmodel::__private::construct(__args,
    SuffixExporter::milliseconds)) },) } ::slotmodel::__private::plugin_serde!(dyn
    exporter_api::Exporter, SuffixExporter);
    ::slotmodel::__private::link_guard!("slotmodel: Exporter plugin name \"ms\" is registered twice; give one of the plugins another name, or, if they belong to two different traits both named Exporter, write `link_guard = false` in the `#[slotmodel::plugin]` of one (its registry's `check()` still finds real duplicates at run time)");
}
