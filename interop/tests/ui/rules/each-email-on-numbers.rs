use slotmodel::Validate;

#[derive(Validate, Debug)]
struct Order {
    #[check(each(email))]
    ids: Vec<u64>,
}

fn main() {}
