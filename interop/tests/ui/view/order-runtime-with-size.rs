use slotmodel::View;

#[derive(View)]
#[view(endian = runtime, size = 4)]
struct Sample {
    value: u32,
}

fn main() {}
