//! Plugins for `exporter_api::Exporter` that live outside the trait's crate. Nothing here is
//! called by name: a binary that wants these plugins links the crate with
//! `use exporter_plugins as _;`.
#![forbid(unsafe_code)]

use exporter_api::Exporter;

/// Tab-separated values.
#[derive(Default)]
pub struct TsvExporter;

/// Tab-separated values, one line.
#[slotmodel::plugin(alias = "tab")]
impl Exporter for TsvExporter {
    fn export(&self, data: &[i64]) -> String {
        data.iter().map(i64::to_string).collect::<Vec<_>>().join("\t")
    }
}

/// Numbers with a unit suffix, built from a constructor rather than `Default`.
pub struct SuffixExporter {
    suffix: &'static str,
}

impl SuffixExporter {
    /// Suffixes every number with "ms".
    #[must_use]
    pub fn milliseconds() -> Self {
        SuffixExporter { suffix: "ms" }
    }
}

#[slotmodel::plugin(name = "ms", new = SuffixExporter::milliseconds, about = "Numbers in milliseconds")]
impl Exporter for SuffixExporter {
    fn export(&self, data: &[i64]) -> String {
        data.iter()
            .map(|n| format!("{n}{}", self.suffix))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Numbers divided by a scale and followed by a unit, for the configurable `Format` registry: a
/// plugin that lives outside the trait's crate and is still chosen by a configuration file.
#[derive(Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Units {
    /// Written after each number.
    pub unit: String,
    /// Each number is divided by this first (1 unless set; 0 is read as 1).
    #[serde(default = "one")]
    pub scale: i64,
}

fn one() -> i64 {
    1
}

impl Default for Units {
    fn default() -> Self {
        Units {
            unit: String::new(),
            scale: 1,
        }
    }
}

/// Numbers with a unit, optionally scaled.
#[slotmodel::plugin(name = "units", alias = "unit")]
impl exporter_api::Format for Units {
    fn format(&self, data: &[i64]) -> String {
        let scale = if self.scale == 0 { 1 } else { self.scale };
        data.iter()
            .map(|n| format!("{}{}", n.checked_div(scale).unwrap_or(*n), self.unit))
            .collect::<Vec<_>>()
            .join(" ")
    }
}
