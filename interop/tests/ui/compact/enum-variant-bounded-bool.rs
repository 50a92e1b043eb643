use slotmodel::Compact;

#[derive(Compact)]
enum Reading {
    Missing,
    Flag(#[bounded(max = 1)] bool),
}

fn main() {}
