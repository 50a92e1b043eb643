impl Exporter for TsvExporter {
    fn export(&self, data: &[i64]) -> String {
        String::new()
    }
}
const _: () = {
    fn __slotmodel_create(
        __args: <dyn Exporter as ::slotmodel::__private::Pluggable>::Args,
    ) -> ::slotmodel::__private::Box<dyn Exporter> {
        ::slotmodel::__private::Box::new(
            ::slotmodel::__private::default_plugin::<TsvExporter, _>(__args),
        )
    }
    ::slotmodel::__private::inventory::submit! {
        ::slotmodel::__private::PluginEntry:: < dyn Exporter >
        ::new(::slotmodel::__private::PluginInfo { name : "tsv_exporter", aliases : &
        ["tab"], about : "", type_name : "TsvExporter", module_path :
        ::slotmodel::__private::module_path!(), file : ::slotmodel::__private::file!(),
        line : ::slotmodel::__private::line!(), }, __slotmodel_create,)
    }
};
