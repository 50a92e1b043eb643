pub trait Compressor {
    fn compress(&self, data: &[u8]) -> Vec<u8>;
}
::slotmodel::__private::impl_pluggable!(dyn Compressor, "Compressor", Options);
