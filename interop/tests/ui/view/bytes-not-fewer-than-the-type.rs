use slotmodel::View;

#[derive(View)]
struct Sample {
    #[view(bytes = 4)]
    level: i32,
}

fn main() {}
