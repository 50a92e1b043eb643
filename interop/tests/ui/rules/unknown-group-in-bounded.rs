use slotmodel::Validate;

#[derive(Validate, Debug)]
struct Order {
    #[bounded(every(1..=10))]
    quantities: Vec<u32>,
}

fn main() {}
