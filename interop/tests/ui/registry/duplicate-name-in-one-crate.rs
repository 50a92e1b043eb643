#[slotmodel::registry]
pub trait Exporter {}

// Both claims come from one macro, so the reported location is the same whichever of the two
// definitions the compiler meets second.
macro_rules! claim_csv {
    ($($plugin:ident),*) => {$(
        #[derive(Default)]
        pub struct $plugin;

        #[slotmodel::plugin(name = "csv")]
        impl Exporter for $plugin {}
    )*};
}

claim_csv!(CsvExporter, OtherCsv);

fn main() {}
