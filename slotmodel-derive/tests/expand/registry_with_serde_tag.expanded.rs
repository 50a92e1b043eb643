/// Chosen by a configuration file.
pub trait Format: ::slotmodel::__private::SerdePlugin + Send + Sync
where
    Self: 'static,
{
    fn format(&self, data: &[i64]) -> String;
}
::slotmodel::__private::serde_registry!(require);
::slotmodel::__private::impl_pluggable!(dyn Format, "Format", Size, tagged "kind");
