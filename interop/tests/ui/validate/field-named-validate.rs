use slotmodel::Validate;

#[derive(Validate)]
struct Order {
    #[bounded(max = 9)]
    validate: u8,
}

fn main() {}
