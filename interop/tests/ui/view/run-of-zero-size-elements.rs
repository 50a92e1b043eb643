use slotmodel::View;

#[derive(View, Debug, PartialEq, Clone, Copy)]
pub struct Nothing {
    reserved: [u8; 0],
}

#[derive(View, Debug, PartialEq)]
pub struct Holder {
    count: u8,
    #[view(count = count)]
    items: Vec<Nothing>,
}

fn main() {}
