use slotmodel::Validate;

#[derive(Validate, Debug)]
struct Profile {
    #[bounded(13..=130, message = too_young)]
    age: u32,
}

fn main() {}
