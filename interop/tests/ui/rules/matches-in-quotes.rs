use slotmodel::Validate;

#[derive(Validate, Debug)]
struct Password {
    password: String,
    #[check(matches = "password")]
    confirmation: String,
}

fn main() {}
