use slotmodel::View;

#[derive(View)]
#[repr(u8)]
pub enum Body {
    #[view(tag = 1)]
    Count(u32),
}

fn main() {}
