use slotmodel::Validate;

#[derive(Validate, Debug)]
struct User {
    #[check(required)]
    name: String,
}

fn main() {}
