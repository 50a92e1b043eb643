use slotmodel::View;

#[derive(View)]
pub enum Body {
    #[view(tag = 1)]
    Move(i16, i16),
    #[view(tag = 2)]
    Stop,
}

fn main() {}
