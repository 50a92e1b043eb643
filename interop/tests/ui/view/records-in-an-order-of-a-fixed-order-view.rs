use slotmodel::{Endian, VarRecords, View};

#[derive(View, Debug, PartialEq)]
#[view(endian = "big")]
pub struct Message {
    len: u8,
    #[view(len = len)]
    text: Vec<u8>,
}

fn main() {
    let bytes = [1, b'a'];
    let _ = VarRecords::<MessageView, Endian>::new_in(&bytes, Endian::Little);
}
