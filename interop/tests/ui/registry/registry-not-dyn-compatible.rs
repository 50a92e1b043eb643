#[slotmodel::registry]
pub trait Cloner {
    fn duplicate(&self) -> Self;
}

fn main() {}
