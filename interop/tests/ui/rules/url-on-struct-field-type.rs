use slotmodel::Validate;

#[derive(Debug)]
struct Address {
    host: String,
}

#[derive(Validate, Debug)]
struct Service {
    #[check(url)]
    address: Address,
}

fn main() {}
