use slotmodel::Validate;

#[derive(Validate)]
#[check(email)]
pub struct Contact {
    address: String,
}

fn main() {}
