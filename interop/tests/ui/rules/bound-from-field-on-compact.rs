use slotmodel::{Compact, Validate};

#[derive(Compact, Validate, Debug)]
struct Quota {
    #[bounded(max = 100)]
    limit: u8,
    #[bounded(max = self.limit)]
    used: u8,
}

fn main() {}
