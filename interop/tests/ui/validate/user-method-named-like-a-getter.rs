// A method of the user's named like a generated getter is a duplicate definition; the getter
// stays in the derive's expansion so that lints treat it as generated code.
// `#[slotmodel(getters = false)]` leaves the getters to the user.
use slotmodel::Validate;

#[derive(Validate)]
pub struct Config {
    #[bounded(min = 1, max = 65535)]
    port: u32,
}

impl Config {
    pub fn port(&self) -> u32 {
        self.port
    }
}

fn main() {}
