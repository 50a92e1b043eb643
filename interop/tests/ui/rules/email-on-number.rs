use slotmodel::Validate;

#[derive(Validate, Debug)]
struct Server {
    #[check(email)]
    port: u32,
}

fn main() {}
