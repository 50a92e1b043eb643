use slotmodel::Validate;

#[derive(Validate)]
pub struct Port {
    #[slotmodel(getters = false)]
    #[bounded(1..=65535)]
    number: u32,
}

fn main() {}
