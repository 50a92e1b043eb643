use slotmodel::{plugin, registry};

#[registry]
pub trait Greeter {
    fn greet(&self) -> String;
}

struct English;

#[plugin(name = "en", new = || English)]
impl Greeter for English {
    fn greet(&self) -> String {
        "hello".into()
    }
}

fn main() {}
