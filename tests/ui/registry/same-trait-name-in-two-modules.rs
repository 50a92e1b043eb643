// Two different registry traits named `Exporter`, each with a plugin named "csv": the link guard
// only knows the trait's last name, so it cannot tell them apart, and its message says what to do.
mod a {
    #[slotmodel::registry]
    pub trait Exporter {}

    #[derive(Default)]
    pub struct Csv;

    #[slotmodel::plugin(name = "csv")]
    impl Exporter for Csv {}
}

mod b {
    #[slotmodel::registry]
    pub trait Exporter {}

    #[derive(Default)]
    pub struct Csv;

    #[slotmodel::plugin(name = "csv")]
    impl Exporter for Csv {}
}

fn main() {}
