use slotmodel::Validate;

#[derive(Validate)]
struct Counter {
    #[bounded(max = 1.5)]
    hits: u32,
}

fn main() {}
