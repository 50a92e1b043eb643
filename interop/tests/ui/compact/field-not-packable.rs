use slotmodel::Compact;

struct Address {
    number: u32,
}

#[derive(Compact)]
struct User {
    id: u32,
    address: Address,
}

fn main() {}
