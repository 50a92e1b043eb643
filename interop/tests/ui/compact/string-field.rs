use slotmodel::Compact;

#[derive(Compact)]
struct User {
    id: u32,
    name: String,
}

fn main() {}
