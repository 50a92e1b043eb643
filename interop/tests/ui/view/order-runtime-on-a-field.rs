use slotmodel::View;

#[derive(View)]
struct Sample {
    #[view(endian = runtime)]
    value: u32,
}

fn main() {}
