use slotmodel::Validate;

const LIMIT: i64 = 300;

#[derive(Validate)]
struct Pixel {
    #[bounded(max = LIMIT)]
    red: u8,
}

fn main() {}
