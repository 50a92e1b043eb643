//! Plugins chosen and set up by a configuration file, as `typetag` does for serde, with the
//! registry's names, aliases and typo suggestions.
//!
//! `exporter_api::Format` is declared with `#[slotmodel::registry(serde(tag = "type"))]`: each
//! table under `[[outputs]]` names its plugin with `type`, and its other keys become that plugin.
//! `units` is registered by another crate, `exporter-plugins`, linked below.
//!
//! Run: `cargo run --example config_plugins -- FILE` with a `.toml` or `.json` file; without a
//! file it reads `examples/config_plugins.toml`. Try `type = "jsno"` to see the suggestion.

use std::process::ExitCode;

use exporter_api::Format;
use serde::{Deserialize, Serialize};

// Links the crate that registers the `units` plugin; without it, `type = "units"` is unknown.
use exporter_plugins as _;

/// The configuration file: the numbers and the outputs to write them to.
#[derive(Serialize, Deserialize)]
struct Config {
    data: Vec<i64>,
    outputs: Vec<Box<dyn Format>>,
}

/// The default configuration, kept in the repository beside this example.
const DEFAULT: &str = include_str!("config_plugins.toml");

fn read(path: Option<&str>) -> Result<Config, String> {
    let Some(path) = path else {
        return toml::from_str(DEFAULT).map_err(|e| format!("examples/config_plugins.toml: {e}"));
    };
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let is_json = std::path::Path::new(path)
        .extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("json"));
    if is_json {
        serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))
    } else {
        toml::from_str(&text).map_err(|e| format!("{path}: {e}"))
    }
}

fn main() -> ExitCode {
    let path = std::env::args().nth(1);
    let config = match read(path.as_deref()) {
        Ok(config) => config,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    let registry = slotmodel::registry::<dyn Format>();
    println!("formats: {}", registry.names().collect::<Vec<_>>().join(", "));
    for (i, output) in config.outputs.iter().enumerate() {
        println!("output {}:\n{}", i + 1, output.format(&config.data));
    }
    // Writing the configuration back puts each plugin's name under `type`, before its settings.
    match toml::to_string(&config) {
        Ok(text) => println!("\nwritten back:\n{text}"),
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
