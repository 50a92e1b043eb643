use slotmodel::Validate;

#[derive(Validate, Debug)]
struct Config {
    #[bounded(min = 1, max = 300u8)]
    port: u16,
}

fn adjust(config: &mut Config) -> Result<(), slotmodel::FieldError> {
    config.set_port(8)?;
    Ok(())
}

fn main() {}
