use slotmodel::Compact;

#[derive(Compact)]
struct Job {
    #[bounded(max = 9)]
    unpack: u8,
}

fn main() {}
