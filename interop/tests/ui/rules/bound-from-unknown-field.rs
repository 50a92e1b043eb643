use slotmodel::Validate;

#[derive(Validate, Debug)]
struct Quota {
    limit: u32,
    #[bounded(max = self.limt)]
    used: u32,
}

fn main() {}
