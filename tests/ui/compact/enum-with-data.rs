use slotmodel::Compact;

#[derive(Compact)]
enum Shape {
    Circle(f32),
    Square { side: f32 },
    Point,
}

fn main() {}
