use slotmodel::Validate;

#[derive(Validate)]
pub enum Contact {
    #[check(email)]
    Mail(String),
    Phone(String),
}

fn main() {}
