use slotmodel::Validate;

#[derive(Validate)]
struct NetworkConfig {
    #[bounded(min = 10, max = 1)]
    port: u32,
}

fn main() {}
