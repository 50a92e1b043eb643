use slotmodel::Validate;

#[derive(Validate)]
struct Pixel {
    #[bounded(max = 300)]
    red: u8,
}

fn main() {}
