use slotmodel::Validate;

#[derive(Validate)]
pub struct Contact {
    #[check(emial)]
    address: String,
}

fn main() {}
