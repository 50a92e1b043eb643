use slotmodel::View;

#[derive(View)]
struct Sample {
    #[view(bytes = 0)]
    level: i32,
}

fn main() {}
