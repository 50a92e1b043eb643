use slotmodel::Compact;

#[derive(Compact)]
struct Slot {
    #[bounded(min = f32::NAN)]
    level: f32,
}

fn main() {}
