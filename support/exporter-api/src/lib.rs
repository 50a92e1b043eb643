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

/// Turns a series of numbers into text, chosen and set up by a configuration file: a table such
/// as `{ type = "csv", delimiter = ";" }` builds a [`Delimited`] with that delimiter.
///
/// ```
/// let format: Box<dyn exporter_api::Format> = serde_json::from_str(r#"{"type": "csv", "delimiter": ";"}"#).unwrap();
/// assert_eq!(format.format(&[1, 2]), "1;2");
/// ```
#[slotmodel::registry(serde(tag = "type"))]
pub trait Format: Send + Sync {
    /// The numbers as text.
    fn format(&self, data: &[i64]) -> String;
}

/// Numbers joined by a delimiter (`,` unless set).
#[derive(Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Delimited {
    /// What goes between two numbers.
    pub delimiter: String,
}

impl Default for Delimited {
    fn default() -> Self {
        Delimited {
            delimiter: ",".to_owned(),
        }
    }
}

/// Numbers joined by a delimiter.
#[slotmodel::plugin(name = "csv", alias = "delimited")]
impl Format for Delimited {
    fn format(&self, data: &[i64]) -> String {
        data.iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(&self.delimiter)
    }
}

/// A JSON array, on one line or one number per line.
#[derive(Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct JsonArray {
    /// One number per line.
    pub pretty: bool,
}

/// A JSON array of numbers.
#[slotmodel::plugin(name = "json")]
impl Format for JsonArray {
    fn format(&self, data: &[i64]) -> String {
        let numbers: Vec<String> = data.iter().map(i64::to_string).collect();
        if self.pretty {
            format!("[\n  {}\n]", numbers.join(",\n  "))
        } else {
            format!("[{}]", numbers.join(", "))
        }
    }
}
