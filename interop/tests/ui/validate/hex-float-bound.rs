use slotmodel::Validate;

#[derive(Validate)]
struct Config {
    #[bounded(max = 0x1p3)]
    ratio: f32,
}

fn main() {}
