use slotmodel::Validate;

#[derive(Validate, Debug)]
struct Order {
    #[check(each())]
    items: Vec<String>,
}

fn main() {}
