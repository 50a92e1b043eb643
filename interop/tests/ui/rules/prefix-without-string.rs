use slotmodel::Validate;

#[derive(Validate, Debug)]
struct Link {
    #[check(prefix)]
    href: String,
}

fn main() {}
