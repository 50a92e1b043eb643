use slotmodel::Validate;

struct Address {
    street: String,
}

#[derive(Validate)]
struct User {
    #[bounded(min = 1)]
    address: Address,
}

fn main() {}
