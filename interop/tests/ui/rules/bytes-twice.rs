use slotmodel::Validate;

#[derive(Validate, Debug)]
struct Name {
    #[bounded(len = 1..=10, bytes = 1..=40, bytes = ..=40)]
    text: String,
}

fn main() {}
