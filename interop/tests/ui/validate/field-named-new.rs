use slotmodel::Validate;

#[derive(Validate)]
struct Order {
    #[bounded(max = 9)]
    new: u8,
}

fn main() {}
