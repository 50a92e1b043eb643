use slotmodel::Validate;

const MAX_NAME: u32 = 64;

#[derive(Validate)]
struct User {
    #[bounded(len = 1..=MAX_NAME)]
    name: String,
}

fn main() {}
