use slotmodel::View;

#[derive(View, Debug)]
#[view(endian = "big")]
struct Samples {
    rate: u16,
    #[view(rest)]
    values: Vec<u16>,
}

fn main() {}
