use slotmodel::Validate;

#[derive(Validate)]
struct NetworkConfig {
    #[bounded(min = 1, max = 65535)]
    port: u32,
}

const DEFAULT: NetworkConfig = NetworkConfig::new_const(70_000);

fn main() {
    let _ = DEFAULT.port();
}
