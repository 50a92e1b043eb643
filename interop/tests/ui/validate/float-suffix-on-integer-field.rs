use slotmodel::Validate;

#[derive(Validate)]
struct Order {
    #[bounded(max = 10f32)]
    count: u32,
}

fn main() {}
