//! The whole expansion of one small crate, `support/expand-fixture`, as the compiler finally
//! sees it: the derives' output with the runtime's `macro_rules!` helpers expanded too. The
//! snapshots of `src/snapshots.rs` stop at the helpers' calls, so a change to a helper shows
//! only here.
//!
//! The expansion is nightly's `-Zunpretty=expanded`, as `cargo expand` runs it. Without a
//! nightly toolchain the test says SKIPPED, except in CI (`CI=true`), where it fails. After an
//! intended change, rewrite the snapshot and review the diff:
//!
//! ```text
//! SLOTMODEL_BLESS=1 cargo test -p slotmodel-derive --test expand_full
//! ```

use std::path::{Path, PathBuf};
use std::process::Command;

const FIXTURE: &str = "slotmodel-expand-fixture";

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("slotmodel-derive sits in the workspace")
        .to_path_buf()
}

fn snapshot_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expand_full/fixture.expanded.rs")
}

/// `cargo +nightly` with nothing inherited from the stable build running this test: the
/// toolchain, the compiler and the target directory are nightly's own.
fn nightly_cargo() -> Command {
    let mut command = Command::new("cargo");
    command.arg("+nightly").current_dir(workspace_root());
    for var in [
        "RUSTUP_TOOLCHAIN",
        "RUSTC",
        "RUSTDOC",
        "RUSTC_WRAPPER",
        "RUSTC_WORKSPACE_WRAPPER",
        "CARGO",
    ] {
        command.env_remove(var);
    }
    // A directory of its own: nightly's artifacts would otherwise evict stable's.
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| workspace_root().join("target"), PathBuf::from);
    command.env("CARGO_TARGET_DIR", target.join("expand-nightly"));
    command
}

fn nightly_available() -> bool {
    nightly_cargo()
        .arg("--version")
        .output()
        .is_ok_and(|output| output.status.success())
}

fn expand_fixture() -> String {
    let output = nightly_cargo()
        .args([
            "rustc",
            "--locked",
            "--quiet",
            "-p",
            FIXTURE,
            "--lib",
            "--profile=check",
            "--",
        ])
        .arg("-Zunpretty=expanded")
        .output()
        .expect("cargo +nightly runs");
    assert!(
        output.status.success(),
        "expanding {FIXTURE} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("the expansion is UTF-8")
}

#[test]
fn fixture_expands_as_the_snapshot() {
    if !nightly_available() {
        let reason = "no nightly toolchain (`cargo +nightly --version` failed); install one with `rustup toolchain install nightly`";
        assert!(std::env::var_os("CI").is_none_or(|ci| ci != "true"), "{reason}");
        eprintln!("SKIPPED fixture_expands_as_the_snapshot: {reason}");
        return;
    }
    let actual = expand_fixture();
    let path = snapshot_path();
    if std::env::var_os("SLOTMODEL_BLESS").is_some_and(|value| value == "1") {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &actual).unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| {
            panic!(
                "cannot read {}: {error}; write it with SLOTMODEL_BLESS=1",
                path.display()
            )
        })
        .replace("\r\n", "\n");
    if expected != actual {
        let (expected, actual): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
        // Past the last line of both, the files differ in the final newline alone.
        let line = (0..expected.len().max(actual.len()))
            .find(|&i| expected.get(i) != actual.get(i))
            .unwrap_or(expected.len());
        panic!(
            "the expansion of {FIXTURE} differs from {} at line {}:\n  snapshot:  {:?}\n  expansion: {:?}\n\
             If the change is intended, rerun with `SLOTMODEL_BLESS=1 cargo test -p slotmodel-derive --test expand_full` \
             and review the diff.",
            path.display(),
            line + 1,
            expected.get(line),
            actual.get(line)
        );
    }
}
