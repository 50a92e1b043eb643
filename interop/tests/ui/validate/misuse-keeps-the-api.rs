use slotmodel::Validate;

// One mistake in an attribute is one error: the constructor and accessors still exist, so the
// code that uses them reports nothing more.
#[derive(Validate, Debug)]
struct Config {
    #[bounded(min = 1, maximum = 65535)]
    port: u16,
    #[bounded(len = 1..=64)]
    name: String,
}

fn main() {
    let mut config = Config::new(80, "api".into()).unwrap();
    config.set_port(8080);
    let _ = (config.port(), config.name());
}
