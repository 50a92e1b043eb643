//! A registry trait and its built-in plugins. Other crates add plugins without editing this one.
//!
//! ```
//! let csv = slotmodel::create::<dyn exporter_api::Exporter>("csv").unwrap();
//! assert_eq!(csv.export(&[1, 2, 3]), "1,2,3");
//! ```

/// Turns a series of numbers into text.
#[slotmodel::registry]
pub trait Exporter: Send + Sync {
    /// The numbers as text.
    fn export(&self, data: &[i64]) -> String;
}

/// Comma-separated values.
#[derive(Default)]
pub struct CsvExporter;

/// Comma-separated values, one line.
#[slotmodel::plugin(name = "csv", alias = "comma")]
impl Exporter for CsvExporter {
    fn export(&self, data: &[i64]) -> String {
        data.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
    }
}

/// A JSON array.
#[derive(Default)]
pub struct JsonExporter;

/// A JSON array of numbers.
#[slotmodel::plugin(name = "json")]
impl Exporter for JsonExporter {
    fn export(&self, data: &[i64]) -> String {
        format!("[{}]", data.iter().map(i64::to_string).collect::<Vec<_>>().join(", "))
    }
}
