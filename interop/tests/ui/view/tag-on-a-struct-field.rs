use slotmodel::View;

#[derive(View)]
pub struct Position {
    lat: i16,
    lon: i16,
}

#[derive(View)]
pub struct Message {
    kind: u8,
    #[view(tag = kind)]
    body: Position,
}

fn main() {}
