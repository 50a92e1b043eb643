use slotmodel::Validate;

#[derive(Validate, Debug)]
struct Quota {
    limit: u64,
    #[bounded(max = self.limit)]
    used: u32,
}

fn main() {}
