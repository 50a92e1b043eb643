use slotmodel::{plugin, registry};

#[registry]
pub trait Greeter {
    fn greet(&self) -> String;
}

#[derive(Default)]
struct English;

#[plugin("en")]
impl Greeter for English {
    fn greet(&self) -> String {
        "hello".into()
    }
}

fn main() {}
