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
