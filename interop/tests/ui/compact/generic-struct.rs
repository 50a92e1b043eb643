use slotmodel::Compact;

#[derive(Compact)]
struct Wrapper<T> {
    value: T,
}

fn main() {}
