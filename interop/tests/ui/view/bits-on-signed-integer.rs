use slotmodel::View;

#[derive(View)]
pub struct Sample {
    #[view(bits = 4)]
    delta: i8,
    #[view(bits = 4)]
    scale: u8,
}

fn main() {}
