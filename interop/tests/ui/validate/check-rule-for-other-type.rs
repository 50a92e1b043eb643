use slotmodel::{rules, Validate};

#[derive(Validate)]
struct Config {
    #[check(rules::finite())]
    name: String,
}

fn main() {}
