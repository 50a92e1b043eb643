use slotmodel::Validate;

#[derive(Validate, Debug)]
struct User {
    #[check(pattern = "^[a-z+$")]
    name: String,
}

fn main() {}
