use slotmodel::View;

#[derive(View)]
struct Sample {
    #[bounded(max = f32::NAN)]
    level: f32,
}

fn main() {}
