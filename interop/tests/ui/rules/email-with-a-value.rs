use slotmodel::Validate;

#[derive(Validate, Debug)]
struct User {
    #[check(email = "strict")]
    email: String,
}

fn main() {}
