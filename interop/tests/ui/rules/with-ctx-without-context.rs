use slotmodel::{ErrorKind, Validate};

fn free(_: &String, _: &Vec<String>) -> Result<(), ErrorKind> {
    Ok(())
}

#[derive(Validate, Debug)]
struct Account {
    #[check(with_ctx(free))]
    name: String,
}

fn main() {}
