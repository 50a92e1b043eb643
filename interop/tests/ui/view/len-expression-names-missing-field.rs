use slotmodel::View;

#[derive(View)]
#[view(endian = "big")]
struct Tcp {
    data_offset: u8,
    #[view(count = data_ofset * 4 - 20)]
    options: Vec<u8>,
}

fn main() {}
