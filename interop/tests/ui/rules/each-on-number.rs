use slotmodel::Validate;

#[derive(Validate, Debug)]
struct Server {
    #[bounded(each(1..=10))]
    port: u32,
}

fn main() {}
