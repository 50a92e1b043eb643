//! The programs some tests compare against (`python3`, scapy, `readelf`), and what a test does
//! when one is missing: in CI (`CI=true`, where `.ci/run` installs them) it fails and says which
//! and how to install it; elsewhere it prints `SKIPPED` with the same reason and returns.
//!
//! A program that started and then failed is never a reason to skip: the tests panic with its
//! error output, in CI and elsewhere.

/// Whether the tests run in CI, where every comparison must run.
fn in_ci() -> bool {
    std::env::var("CI").as_deref() == Ok("true")
}

/// Says that `test` cannot compare because `why`, and how to `install` what it needs.
///
/// # Panics
///
/// In CI, always: a comparison that cannot run there is a failure, not a pass.
pub fn missing(test: &str, why: &str, install: &str) {
    assert!(
        !in_ci(),
        "{test} cannot run in CI (CI=true): {why}; {install} (`.ci/run` does)"
    );
    eprintln!("SKIPPED {test}: {why}; {install}");
}
