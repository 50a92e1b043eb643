use slotmodel::Validate;

#[derive(Validate, Debug)]
struct Password {
    password: String,
    #[check(matches = pasword)]
    confirmation: String,
}

fn main() {}
