use slotmodel::View;

#[derive(View)]
pub enum Body {
    #[view(tag = 1)]
    Count(u32),
}

#[derive(View)]
pub struct Message {
    kind: u8,
    #[view(tag = knd)]
    body: Body,
}

fn main() {}
