use slotmodel::View;

#[derive(View)]
#[view(endian = runtime)]
struct Name {
    len: u8,
    #[view(len = len)]
    text: Vec<u8>,
}

#[derive(View)]
#[view(endian = runtime)]
struct Person {
    age: u8,
    name: Name,
}

fn main() {}
