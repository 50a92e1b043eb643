use slotmodel::Validate;

#[derive(Validate, Debug)]
struct Link {
    #[check(prefix = 8)]
    href: String,
}

fn main() {}
