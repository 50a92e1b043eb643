//! Properties over near-valid inputs, which count the cases that reached their assertions.
//!
//! Random bytes almost never make a valid record, so a property whose assertions sit behind
//! `if let Ok(..)` passes without asserting anything. The properties that use this module start
//! from valid records and [`Mutation`]s of them, and [`check`] runs them as `proptest!` does (the
//! same configuration, `PROPTEST_CASES` included, failures kept in the `*.proptest-regressions`
//! file beside the test and replayed first), counts the cases that reached the assertions,
//! prints the count (`--nocapture` shows it), and fails when too few did.

use std::cell::Cell;

use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, FileFailurePersistence, TestRunner};

/// What is done to valid bytes before they are read.
#[derive(Debug, Clone)]
pub enum Mutation {
    /// Nothing: the bytes stay valid.
    Keep,
    /// One byte set to a value.
    SetByte(Index, u8),
    /// The bytes cut short (possibly to nothing).
    Truncate(Index),
    /// Bytes added at the end.
    Append(Vec<u8>),
}

impl Mutation {
    /// Half of the bytes kept as they are; the other half changed in one of three ways.
    pub fn any() -> impl Strategy<Value = Self> {
        prop_oneof![
            4 => Just(Self::Keep),
            2 => (any::<Index>(), any::<u8>()).prop_map(|(at, value)| Self::SetByte(at, value)),
            1 => any::<Index>().prop_map(Self::Truncate),
            1 => prop::collection::vec(any::<u8>(), 1..4).prop_map(Self::Append),
        ]
    }

    /// `bytes` changed as this mutation says.
    pub fn apply(&self, mut bytes: Vec<u8>) -> Vec<u8> {
        match self {
            Self::Keep => {}
            Self::SetByte(at, value) => {
                if !bytes.is_empty() {
                    let at = at.index(bytes.len());
                    bytes[at] = *value;
                }
            }
            Self::Truncate(at) => bytes.truncate(at.index(bytes.len() + 1)),
            Self::Append(more) => bytes.extend(more),
        }
        bytes
    }
}

/// Runs `property` over the values of `strategy`; it returns `Ok(true)` when a case reached the
/// assertions that `reached` names, `Ok(false)` when the case was refused before them.
///
/// # Panics
///
/// When a case fails (with the minimal failing input, as `proptest!` reports it), or when fewer
/// than `min_share` of the cases reached the assertions.
pub fn check<S: Strategy>(
    name: &str,
    source_file: &'static str,
    strategy: S,
    reached: &str,
    min_share: f64,
    property: impl Fn(S::Value) -> Result<bool, TestCaseError>,
) {
    // Beside the test file, where `proptest!` falls back to when it finds no `lib.rs` or
    // `main.rs` above the file (as for the files of `tests/`), without its warning.
    let mut runner = TestRunner::new(Config {
        source_file: Some(source_file),
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..Config::default()
    });
    let cases = Cell::new(0_u32);
    let hits = Cell::new(0_u32);
    let result = runner.run(&strategy, |value| {
        cases.set(cases.get() + 1);
        if property(value)? {
            hits.set(hits.get() + 1);
        }
        Ok(())
    });
    if let Err(error) = result {
        panic!("{name}: {error}\n{runner}");
    }
    let (cases, hits) = (cases.get(), hits.get());
    let share = f64::from(hits) / f64::from(cases.max(1));
    println!(
        "{name}: {hits} of {cases} cases reached {reached} ({:.0}%; at least {:.0}% must)",
        share * 100.0,
        min_share * 100.0
    );
    assert!(
        share >= min_share,
        "{name}: only {hits} of {cases} cases reached {reached}, under the {:.0}% the property needs to mean something",
        min_share * 100.0
    );
}
