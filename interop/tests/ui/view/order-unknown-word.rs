use slotmodel::View;

#[derive(View)]
#[view(endian = dynamic)]
struct Sample {
    value: u32,
}

fn main() {}
