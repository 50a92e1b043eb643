// A method of the user's named like a generated getter: the duplicate is reported on the field.
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
