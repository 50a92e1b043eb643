use slotmodel::Validate;

#[derive(Validate, Debug)]
struct Upload {
    #[bounded(bytes = ..=1024)]
    chunks: Vec<u8>,
}

fn main() {}
