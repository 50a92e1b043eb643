use slotmodel::Validate;

#[derive(Validate, Debug)]
struct Ratio {
    #[bounded(min = 0.0, min_exclusive = 0.0)]
    share: f64,
}

fn main() {}
