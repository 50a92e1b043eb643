use slotmodel::Validate;

fn is_even(value: &u32) -> bool {
    value % 2 == 0
}

#[derive(Validate)]
struct Config {
    #[check(is_even)]
    level: u32,
}

fn main() {}
