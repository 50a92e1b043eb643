//! Replays the checked-in fuzz corpus (`fuzz/corpus/<target>/`) through the checks the fuzz
//! targets run, so that a stable `cargo test` keeps every input the fuzzers found interesting.
//! Fuzzing itself needs nightly: `cargo +nightly fuzz run <target>` in `fuzz/`.

use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;

#[path = "../fuzz/src/checks/mod.rs"]
mod checks;

/// Runs every input of one target's corpus, then fails naming each input whose check panicked.
fn replay(target: &str) {
    let (_, check) = checks::TARGETS
        .into_iter()
        .find(|(name, _)| *name == target)
        .expect("a known target");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus").join(target);
    let mut inputs: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a readable directory").path())
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty(), "{} holds no corpus", dir.display());
    let failed: Vec<String> = inputs
        .iter()
        .filter(|path| {
            let data = fs::read(path).expect("a readable corpus file");
            // The check's own panic message is printed by the panic hook; this names the file.
            panic::catch_unwind(AssertUnwindSafe(|| check(&data))).is_err()
        })
        .map(|path| path.display().to_string())
        .collect();
    assert!(failed.is_empty(), "{target}: checks failed for {failed:#?}");
}

#[test]
fn packed_file_corpus() {
    replay("packed_file");
}

#[test]
fn compact_values_corpus() {
    replay("compact_values");
}

#[test]
fn registry_config_corpus() {
    replay("registry_config");
}

#[test]
fn registry_names_corpus() {
    replay("registry_names");
}

#[test]
fn validate_setters_corpus() {
    replay("validate_setters");
}

#[test]
fn view_bytes_corpus() {
    replay("view_bytes");
}

#[test]
fn view_formats_corpus() {
    replay("view_formats");
}

#[test]
fn view_order_corpus() {
    replay("view_order");
}

#[test]
fn every_target_has_a_test() {
    let names: Vec<&str> = checks::TARGETS.iter().map(|(name, _)| *name).collect();
    assert_eq!(
        names,
        [
            "compact_values",
            "packed_file",
            "registry_config",
            "registry_names",
            "validate_setters",
            "view_bytes",
            "view_formats",
            "view_order"
        ]
    );
}
