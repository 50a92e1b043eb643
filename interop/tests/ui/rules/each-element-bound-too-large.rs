use slotmodel::Validate;

#[derive(Validate, Debug)]
struct Order {
    #[bounded(each(..=300))]
    quantities: Vec<u8>,
}

fn main() {}
