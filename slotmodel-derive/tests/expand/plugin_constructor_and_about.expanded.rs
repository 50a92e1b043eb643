impl exporter_api::Exporter for SuffixExporter {
    fn export(&self, data: &[i64]) -> String {
        String::new()
    }
}
::slotmodel::__private01::registered! {
    ::slotmodel::__private01::inventory::submit! {
    ::slotmodel::__private01::PluginEntry::registered::< SuffixExporter,
    ::slotmodel::__private01::FromArgs > (::slotmodel::__private01::PluginInfo::new("ms",
    "SuffixExporter").with_about("Numbers in milliseconds")
    .with_location(::slotmodel::__private01::module_path!(),
    ::slotmodel::__private01::file!(), ::slotmodel::__private01::line!()), | __args | ->
    ::slotmodel::__private01::Box < dyn exporter_api::Exporter > {
    ::slotmodel::__private01::Box::new(::slotmodel::__private01::construct(__args,
    SuffixExporter::milliseconds)) },) } ::slotmodel::__private01::plugin_serde!(dyn
    exporter_api::Exporter, SuffixExporter);
    ::slotmodel::__private01::link_guard!("slotmodel: Exporter plugin name \"ms\" is registered twice; give one of the plugins another name, or, if they belong to two different traits both named Exporter, write `link_guard = false` in the `#[slotmodel::plugin]` of one (its registry's `check()` still finds real duplicates at run time)");
}
