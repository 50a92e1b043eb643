use slotmodel::Validate;

#[derive(Validate)]
struct User {
    #[bounded(max = 64)]
    name: String,
}

fn main() {}
