use slotmodel::View;

#[derive(View)]
struct Message {
    id: u32,
    body: Vec<u8>,
}

fn main() {}
