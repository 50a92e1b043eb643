use slotmodel::View;

#[derive(View)]
struct Frame<T> {
    body: T,
}

fn main() {}
