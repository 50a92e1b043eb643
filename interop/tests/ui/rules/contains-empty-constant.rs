use slotmodel::Validate;

const NEEDLE: &str = "";

#[derive(Validate)]
pub struct Link {
    #[check(contains = NEEDLE)]
    target: String,
}

fn main() {}
