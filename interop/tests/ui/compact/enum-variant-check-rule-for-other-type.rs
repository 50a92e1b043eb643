use slotmodel::{rules, Compact};

#[derive(Compact)]
enum Command {
    Stop,
    Speed(#[check(rules::one_of(&["slow", "fast"]))] u8),
}

fn main() {}
