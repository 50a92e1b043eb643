use slotmodel::View;

#[derive(Clone, Copy)]
struct Point {
    x: u16,
    y: u16,
}

#[derive(View)]
struct Frame {
    origin: Point,
}

fn main() {}
