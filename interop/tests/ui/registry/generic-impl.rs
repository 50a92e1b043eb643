#[slotmodel::registry]
pub trait Exporter {}

#[derive(Default)]
pub struct Wrapper<T>(T);

#[slotmodel::plugin(name = "wrapper")]
impl<T: Default + 'static> Exporter for Wrapper<T> {}

fn main() {}
