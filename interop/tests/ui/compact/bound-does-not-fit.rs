use slotmodel::Compact;

#[derive(Compact)]
struct Pixel {
    #[bounded(max = 256)]
    red: u8,
}

fn main() {}
