#[slotmodel::registry]
pub trait Exporter<T> {
    fn export(&self, data: &[T]) -> String;
}

fn main() {}
