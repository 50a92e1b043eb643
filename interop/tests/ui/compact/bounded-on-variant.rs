use slotmodel::Compact;

#[derive(Compact)]
enum Shape {
    #[bounded(1..=10)]
    Circle(u16),
    Point,
}

fn main() {}
