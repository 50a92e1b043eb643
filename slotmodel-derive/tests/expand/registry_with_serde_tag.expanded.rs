/// Chosen by a configuration file.
pub trait Format: ::slotmodel::__private01::SerdePlugin + Send + Sync
where
    Self: 'static,
{
    fn format(&self, data: &[i64]) -> String;
}
::slotmodel::__private01::serde_registry!(require);
::slotmodel::__private01::impl_pluggable!(dyn Format, "Format", Size, tagged "kind");
