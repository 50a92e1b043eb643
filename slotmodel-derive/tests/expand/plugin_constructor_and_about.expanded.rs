impl exporter_api::Exporter for SuffixExporter {
    fn export(&self, data: &[i64]) -> String {
        String::new()
    }
}
const _: () = {
    fn __slotmodel_create(
        __args: <dyn exporter_api::Exporter as ::slotmodel::__private::Pluggable>::Args,
    ) -> ::slotmodel::__private::Box<dyn exporter_api::Exporter> {
        ::slotmodel::__private::Box::new(
            ::slotmodel::__private::construct::<
                _,
                <dyn exporter_api::Exporter as ::slotmodel::__private::Pluggable>::Args,
                _,
                _,
            >(SuffixExporter::milliseconds, __args),
        )
    }
    ::slotmodel::__private::inventory::submit! {
        ::slotmodel::__private::PluginEntry:: < dyn exporter_api::Exporter >
        ::new(::slotmodel::__private::PluginInfo { name : "ms", aliases : & [], about :
        "Numbers in milliseconds", type_name : "SuffixExporter", module_path :
        ::slotmodel::__private::module_path!(), file : ::slotmodel::__private::file!(),
        line : ::slotmodel::__private::line!(), }, __slotmodel_create,)
    }
};
::slotmodel::__private::link_guard!(
    "slotmodel: Exporter plugin name \"ms\" is registered twice; give one of the plugins another name"
);
