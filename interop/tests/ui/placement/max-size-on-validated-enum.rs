use slotmodel::Validate;

#[derive(Validate)]
#[slotmodel(max_size = 8)]
pub enum Contact {
    Mail(#[check(email)] String),
    Unknown,
}

fn main() {}
