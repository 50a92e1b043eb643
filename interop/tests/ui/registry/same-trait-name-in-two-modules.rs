// Two different registry traits named `Exporter`, each with a plugin named "csv": the link guard
// only knows the trait's last name, so it cannot tell them apart, and its message says what to do.
// Both modules come from one macro, so the reported location is the same whichever of the two
// definitions the compiler meets second.
macro_rules! exporter_module {
    ($($module:ident),*) => {$(
        mod $module {
            #[slotmodel::registry]
            pub trait Exporter {}

            #[derive(Default)]
            pub struct Csv;

            #[slotmodel::plugin(name = "csv")]
            impl Exporter for Csv {}
        }
    )*};
}

exporter_module!(a, b);

fn main() {}
