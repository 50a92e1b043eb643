use slotmodel::Validate;

const WORD: &str = "^[a-z]+$";

#[derive(Validate)]
pub struct Name {
    #[check(pattern = WORD)]
    text: String,
}

fn main() {}
