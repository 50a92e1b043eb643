use slotmodel::View;

#[derive(View)]
pub struct Position {
    lat: i16,
    lon: i16,
}

#[derive(View)]
pub enum Body {
    #[view(tag = 1)]
    Count(#[bounded(..=100)] u32),
    #[view(tag = 2)]
    Position(Position),
}

fn main() {}
