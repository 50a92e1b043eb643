use slotmodel::Validate;

#[derive(Validate)]
struct Counter {
    #[bounded(min = -1)]
    hits: u32,
}

fn main() {}
