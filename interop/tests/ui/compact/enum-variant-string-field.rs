use slotmodel::Compact;

#[derive(Compact, Debug)]
enum Message {
    Ping,
    Text { body: String },
}

// Holds the enum all the same: the one error is the field above.
#[derive(Compact, Debug)]
struct Envelope {
    id: u16,
    message: Message,
}

fn main() {}
