use slotmodel::Validate;

#[derive(Validate)]
struct User {
    #[bounded(len = 1..=3u8)]
    name: String,
}

fn main() {}
