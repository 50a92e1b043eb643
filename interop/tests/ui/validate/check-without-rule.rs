use slotmodel::Validate;

#[derive(Validate)]
struct Config {
    #[check]
    name: String,
}

fn main() {}
