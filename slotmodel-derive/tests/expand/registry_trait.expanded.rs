/// Turns a series of numbers into text.
pub trait Exporter: Send + Sync {
    /// The numbers as text.
    fn export(&self, data: &[i64]) -> String;
}
::slotmodel::__private01::impl_pluggable!(dyn Exporter, "Exporter", ());
