use slotmodel::Validate;

#[derive(Validate)]
struct User {
    #[bounded(min_len = -1)]
    name: String,
}

fn main() {}
