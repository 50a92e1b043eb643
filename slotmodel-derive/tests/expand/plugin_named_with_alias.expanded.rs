/// Comma-separated values, one line.
impl Exporter for CsvExporter {
    fn export(&self, data: &[i64]) -> String {
        data.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
    }
}
const _: () = {
    fn __slotmodel_create(
        __args: <dyn Exporter as ::slotmodel::__private::Pluggable>::Args,
    ) -> ::slotmodel::__private::Box<dyn Exporter> {
        ::slotmodel::__private::Box::new(
            ::slotmodel::__private::default_plugin::<CsvExporter, _>(__args),
        )
    }
    ::slotmodel::__private::inventory::submit! {
        ::slotmodel::__private::PluginEntry:: < dyn Exporter >
        ::new(::slotmodel::__private::PluginInfo { name : "csv", aliases : & ["comma"],
        about : "Comma-separated values, one line.", type_name : "CsvExporter",
        module_path : ::slotmodel::__private::module_path!(), file :
        ::slotmodel::__private::file!(), line : ::slotmodel::__private::line!(), },
        __slotmodel_create,)
    }
};
::slotmodel::__private::link_guard!(
    "slotmodel: Exporter plugin name \"csv\" is registered twice; give one of the plugins another name"
);
::slotmodel::__private::link_guard!(
    "slotmodel: Exporter plugin name \"comma\" is registered twice; give one of the plugins another name"
);
