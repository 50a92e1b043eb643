use slotmodel::Validate;

#[derive(Validate, Debug)]
struct Limits {
    soft: u32,
    #[check(matches = soft)]
    hard: u64,
}

fn main() {}
