impl Exporter for TsvExporter {
    fn export(&self, data: &[i64]) -> String {
        String::new()
    }
}
::slotmodel::__private01::registered! {
    ::slotmodel::__private01::inventory::submit! {
    ::slotmodel::__private01::PluginEntry::registered::< TsvExporter,
    ::slotmodel::__private01::FromSelf >
    (::slotmodel::__private01::PluginInfo::new("tsv_exporter", "TsvExporter")
    .with_aliases(& ["tab"]).with_location(::slotmodel::__private01::module_path!(),
    ::slotmodel::__private01::file!(), ::slotmodel::__private01::line!()), | __args | ->
    ::slotmodel::__private01::Box < dyn Exporter > {
    ::slotmodel::__private01::Box::new(::slotmodel::__private01::default_plugin::<
    TsvExporter, _ > (__args)) },) } ::slotmodel::__private01::plugin_serde!(dyn
    Exporter, TsvExporter);
}
