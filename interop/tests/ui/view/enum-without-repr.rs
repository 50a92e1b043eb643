use slotmodel::View;

#[derive(View, Clone, Copy)]
enum Kind {
    Data,
    Ack,
}

fn main() {}
