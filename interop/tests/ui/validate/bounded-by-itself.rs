use slotmodel::Validate;

#[derive(Validate)]
pub struct Quota {
    #[bounded(max = self.used)]
    used: u64,
    limit: u64,
}

fn main() {}
