use slotmodel::View;

#[derive(View)]
struct Sample {
    #[view(bytes = 3)]
    level: u8,
}

fn main() {}
