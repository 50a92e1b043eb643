use slotmodel::View;

#[derive(View)]
struct Message {
    id: u32,
    text: String,
}

fn main() {}
