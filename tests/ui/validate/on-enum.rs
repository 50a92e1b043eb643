use slotmodel::Validate;

#[derive(Validate)]
enum Mode {
    Fast,
    Slow,
}

fn main() {}
