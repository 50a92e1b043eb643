use slotmodel::View;

#[derive(View)]
pub enum Body {
    #[view(tag = 1)]
    Count(u32),
    #[view(other)]
    Unknown([u8; 4]),
}

fn main() {}
