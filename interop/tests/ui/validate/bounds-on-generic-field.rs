use slotmodel::Validate;

#[derive(Validate)]
struct Wrapper<T> {
    #[bounded(min = 1, max = 10)]
    value: T,
}

fn main() {}
