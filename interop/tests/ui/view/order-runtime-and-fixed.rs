use slotmodel::View;

#[derive(View)]
#[view(endian = "big", endian = runtime)]
struct Sample {
    value: u32,
}

fn main() {}
