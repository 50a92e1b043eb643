use slotmodel::Compact;

#[derive(Compact)]
enum Shape<T> {
    Circle(T),
    Square { side: f32 },
    Point,
}

fn main() {}
