use slotmodel::Validate;

#[derive(Validate, Debug)]
struct Ratio {
    #[bounded(min_exclusive = 1, max = 1)]
    share: u32,
}

fn main() {}
