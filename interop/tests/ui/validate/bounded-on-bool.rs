use slotmodel::Validate;

#[derive(Validate)]
struct Flags {
    #[bounded(max = 1)]
    enabled: bool,
}

fn main() {}
