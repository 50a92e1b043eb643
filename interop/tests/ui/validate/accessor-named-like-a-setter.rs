use slotmodel::Validate;

#[derive(Validate)]
struct Order {
    #[bounded(max = 9)]
    count: u8,
    set_count: u8,
}

fn main() {}
