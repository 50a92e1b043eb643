use slotmodel::View;

#[derive(View)]
pub enum Body {
    #[view(tag = 1)]
    Count(u32),
}

#[derive(View)]
pub struct Message {
    #[view(tag = kind)]
    body: Body,
    kind: u8,
}

fn main() {}
