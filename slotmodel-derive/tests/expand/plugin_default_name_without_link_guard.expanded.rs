impl Exporter for TsvExporter {
    fn export(&self, data: &[i64]) -> String {
        String::new()
    }
}
::slotmodel::__private::registered! {
    ::slotmodel::__private::inventory::submit! {
    ::slotmodel::__private::PluginEntry::registered:: < TsvExporter,
    ::slotmodel::__private::FromSelf >
    (::slotmodel::__private::PluginInfo::new("tsv_exporter", "TsvExporter")
    .with_aliases(& ["tab"]).with_location(::slotmodel::__private::module_path!(),
    ::slotmodel::__private::file!(), ::slotmodel::__private::line!()), | __args | ->
    ::slotmodel::__private::Box < dyn Exporter > {
    ::slotmodel::__private::Box::new(::slotmodel::__private::default_plugin:: <
    TsvExporter, _ > (__args)) },) } ::slotmodel::__private::plugin_serde!(dyn Exporter,
    TsvExporter);
}
