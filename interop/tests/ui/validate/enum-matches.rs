use slotmodel::Validate;

#[derive(Validate)]
enum Login {
    Password {
        password: String,
        #[check(matches = password)]
        confirmation: String,
    },
    Token(String),
}

fn main() {}
