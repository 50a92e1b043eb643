use slotmodel::Validate;

#[derive(Validate)]
#[slotmodel(constructor = try_new)]
pub enum Contact {
    Mail(#[check(email)] String),
    Unknown,
}

fn main() {}
