use slotmodel::View;

#[derive(View)]
pub enum Body {
    #[view(tagg = 1)]
    Count(u32),
}

fn main() {}
