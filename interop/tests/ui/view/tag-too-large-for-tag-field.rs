use slotmodel::View;

#[derive(View)]
pub enum Body {
    #[view(tag = 1)]
    Count(u32),
    #[view(tag = 300)]
    Stop,
}

#[derive(View)]
pub struct Message {
    kind: u8,
    #[view(tag = kind)]
    body: Body,
}

fn main() {}
