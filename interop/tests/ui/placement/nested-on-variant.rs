use slotmodel::Validate;

#[derive(Validate)]
pub struct Address {
    #[check(email)]
    mail: String,
}

#[derive(Validate)]
pub enum Contact {
    #[nested]
    Home(Address),
    Unknown,
}

fn main() {}
