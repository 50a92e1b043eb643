//! Python's `__init_subclass__` plugin registry, done with one attribute per plugin.
//!
//! Each exporter registers itself where it is written; nothing keeps a central list. The
//! program looks exporters up by the name a user typed.
//!
//! Run: `cargo run --example exporters -- json` (or `csv`, `markdown`, `md`, or a typo)

use std::fmt::Write as _;

use slotmodel::PluginError;

/// Turns a series of numbers into text.
#[slotmodel::registry]
pub trait Exporter {
    /// The numbers as text.
    fn export(&self, data: &[i64]) -> String;
}

#[derive(Default)]
struct CsvExporter;

/// Comma-separated values.
#[slotmodel::plugin(name = "csv")]
impl Exporter for CsvExporter {
    fn export(&self, data: &[i64]) -> String {
        data.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
    }
}

#[derive(Default)]
struct JsonExporter;

/// A JSON array.
#[slotmodel::plugin(name = "json")]
impl Exporter for JsonExporter {
    fn export(&self, data: &[i64]) -> String {
        format!("[{}]", data.iter().map(i64::to_string).collect::<Vec<_>>().join(", "))
    }
}

#[derive(Default)]
struct MarkdownTable;

/// A one-column Markdown table.
#[slotmodel::plugin(alias = "md")]
impl Exporter for MarkdownTable {
    fn export(&self, data: &[i64]) -> String {
        let mut table = String::from("| value |\n| --- |\n");
        for n in data {
            // Writing to a String cannot fail.
            let _ = writeln!(table, "| {n} |");
        }
        table
    }
}

fn main() {
    let registry = slotmodel::registry::<dyn Exporter>();
    println!("registered exporters:");
    for plugin in registry.iter() {
        let aliases = if plugin.aliases.is_empty() {
            String::new()
        } else {
            format!(" (alias {})", plugin.aliases.join(", "))
        };
        println!(
            "  {:<16}{aliases:<12} {:<40} {}:{}",
            plugin.name, plugin.about, plugin.file, plugin.line
        );
    }

    let data = [3, 1, 4, 1, 5];
    let wanted: Vec<String> = std::env::args().skip(1).collect();
    let wanted = if wanted.is_empty() {
        vec!["csv".to_owned(), "json".to_owned(), "md".to_owned(), "jsn".to_owned()]
    } else {
        wanted
    };
    for name in wanted {
        match slotmodel::create::<dyn Exporter>(&name) {
            Ok(exporter) => println!("\n{name}:\n{}", exporter.export(&data)),
            Err(PluginError::Unknown {
                suggestion: Some(nearest),
                ..
            }) => {
                println!("\n{name}: no such exporter; using {nearest:?} instead");
                if let Ok(exporter) = slotmodel::create::<dyn Exporter>(nearest) {
                    println!("{}", exporter.export(&data));
                }
            }
            Err(err) => println!("\n{name}: error: {err}"),
        }
    }
    registry.check().expect("no two exporters share a name");
}
