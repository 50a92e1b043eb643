use slotmodel::Validate;

#[derive(Validate, Debug)]
struct User {
    #[check(email, emial)]
    email: String,
}

fn main() {}
