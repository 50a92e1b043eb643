use slotmodel::Compact;

#[derive(Compact)]
enum Reading {
    Missing,
    Level {
        #[bounded(max = 300)]
        value: u8,
    },
}

fn main() {}
