use slotmodel::View;

#[derive(View)]
pub enum Body {
    #[view(tag = -1)]
    Count(u32),
    #[view(tag = 2)]
    Stop,
}

fn main() {}
