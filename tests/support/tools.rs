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

/// Runs `command` for `test` and returns its output, or `None` after [`missing`] when its
/// program is not installed (`install` says how to install it).
///
/// # Panics
///
/// When the program cannot start for another reason, or starts and fails: a comparison whose
/// other side failed is never a reason to skip.
#[allow(
    dead_code,
    reason = "each test crate that includes this file uses the helpers it needs"
)]
pub fn output(test: &str, command: &mut std::process::Command, install: &str) -> Option<std::process::Output> {
    let program = command.get_program().to_string_lossy().into_owned();
    let output = match command.output() {
        Ok(output) => output,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            missing(test, &format!("{program} is not installed"), install);
            return None;
        }
        Err(error) => panic!("{program} did not start: {error}"),
    };
    assert!(
        output.status.success(),
        "{program} {:?} failed ({}): {}",
        command.get_args().collect::<Vec<_>>(),
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    Some(output)
}
