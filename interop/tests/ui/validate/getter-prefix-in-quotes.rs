use slotmodel::Validate;

#[derive(Validate)]
#[slotmodel(getter_prefix = "get_")]
struct Order {
    #[bounded(max = 9)]
    new: u8,
}

fn main() {}
