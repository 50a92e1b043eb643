use slotmodel::Validate;

#[derive(Validate)]
pub struct Name {
    #[check(not_contains = "")]
    text: String,
}

fn main() {}
