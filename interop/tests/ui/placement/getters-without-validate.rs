use slotmodel::View;

#[derive(View)]
#[slotmodel(getters = false)]
pub struct Header {
    version: u8,
    length: u16,
}

fn main() {}
