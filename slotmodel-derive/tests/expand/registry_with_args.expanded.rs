pub trait Compressor {
    fn compress(&self, data: &[u8]) -> Vec<u8>;
}
::slotmodel::__private01::impl_pluggable!(dyn Compressor, "Compressor", Options);
