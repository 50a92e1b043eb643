use slotmodel::Validate;

#[derive(Validate)]
pub struct Link {
    #[check(contains = "")]
    target: String,
}

fn main() {}
