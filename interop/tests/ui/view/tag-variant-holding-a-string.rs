use slotmodel::View;

#[derive(View, Debug)]
enum Body {
    #[view(tag = 1)]
    Text(String),
    #[view(tag = 2)]
    Word(u16),
}

#[derive(View, Debug)]
#[view(endian = "big")]
struct Message {
    kind: u8,
    #[view(tag = kind)]
    body: Body,
}

fn main() {}
