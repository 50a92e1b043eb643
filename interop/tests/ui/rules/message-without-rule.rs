use slotmodel::Validate;

#[derive(Validate, Debug)]
struct Profile {
    #[check(message = "must be an email address")]
    email: String,
}

fn main() {}
