use slotmodel::Validate;

#[derive(Validate)]
#[slotmodel(constructer = try_new)]
struct Config {
    #[bounded(max = 5)]
    retries: u32,
}

fn main() {}
