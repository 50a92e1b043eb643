//! The `tracing` events of a scope; nothing without the `tracing` feature.

use std::fmt::Display;
use std::time::Duration;

#[cfg(feature = "tracing")]
fn ms(elapsed: Duration) -> f64 {
    elapsed.as_secs_f64() * 1e3
}

pub(super) fn started(operation: &str) {
    #[cfg(feature = "tracing")]
    tracing::info!(operation, "started");
    let _ = operation;
}

pub(super) fn committed(operation: &str, elapsed: Duration) {
    #[cfg(feature = "tracing")]
    tracing::info!(operation, elapsed_ms = ms(elapsed), "committed");
    let _ = (operation, elapsed);
}

pub(super) fn commit_failed(operation: &str, error: &dyn Display, elapsed: Duration) {
    #[cfg(feature = "tracing")]
    tracing::error!(operation, error = %error, elapsed_ms = ms(elapsed), "commit failed");
    let _ = (operation, error, elapsed);
}

/// After the body failed (`cause`); `rollback` is the rollback's failure, if it failed.
pub(super) fn rolled_back(operation: &str, cause: &dyn Display, rollback: Option<&dyn Display>, elapsed: Duration) {
    #[cfg(feature = "tracing")]
    match rollback {
        None => {
            tracing::warn!(operation, cause = %cause, elapsed_ms = ms(elapsed), "rolled back");
        }
        Some(rollback) => {
            tracing::error!(operation, cause = %cause, rollback_error = %rollback, elapsed_ms = ms(elapsed), "rollback failed");
        }
    }
    let _ = (operation, cause, rollback, elapsed);
}

/// A `Guard` dropped without `commit`; `rollback` is the rollback's failure, if it failed.
pub(super) fn dropped_uncommitted(operation: &str, rollback: Option<&dyn Display>, elapsed: Duration) {
    #[cfg(feature = "tracing")]
    match rollback {
        None => tracing::warn!(
            operation,
            elapsed_ms = ms(elapsed),
            "dropped without commit: rolled back"
        ),
        Some(rollback) => tracing::error!(
            operation,
            rollback_error = %rollback,
            elapsed_ms = ms(elapsed),
            "dropped without commit: rollback failed"
        ),
    }
    let _ = (operation, rollback, elapsed);
}

pub(super) fn released(operation: &str) {
    #[cfg(feature = "tracing")]
    tracing::info!(operation, "released");
    let _ = operation;
}

pub(super) fn cleanup_failed(index: usize, error: &dyn Display) {
    #[cfg(feature = "tracing")]
    tracing::error!(cleanup = index, error = %error, "cleanup failed while dropping an ExitStack");
    let _ = (index, error);
}

/// The future of `managed_async` dropped before its body finished; `failure` is the message of
/// a `cancel` that panicked.
pub(super) fn cancelled(operation: &str, failure: Option<&str>, elapsed: Duration) {
    #[cfg(feature = "tracing")]
    match failure {
        None => tracing::warn!(
            operation,
            elapsed_ms = ms(elapsed),
            "cancelled: dropped before the body finished, rollback left to the resource"
        ),
        Some(failure) => tracing::error!(
            operation,
            panic = failure,
            elapsed_ms = ms(elapsed),
            "cancelled: dropped before the body finished, and cancelling panicked"
        ),
    }
    let _ = (operation, failure, elapsed);
}

/// An attempt of `managed_retry` failed with a retryable error; the next starts after `delay`.
pub(super) fn retrying(operation: &str, attempt: u32, error: &dyn Display, delay: Duration) {
    #[cfg(feature = "tracing")]
    tracing::warn!(operation, attempt, error = %error, delay_ms = ms(delay), "retrying");
    let _ = (operation, attempt, error, delay);
}

/// `managed_retry` stopped: the error was not retryable, or no attempt was left.
pub(super) fn gave_up(operation: &str, attempts: u32, error: &dyn Display, exhausted: bool) {
    #[cfg(feature = "tracing")]
    if exhausted {
        tracing::error!(operation, attempts, error = %error, "retries exhausted");
    } else {
        tracing::error!(operation, attempts, error = %error, "failed with an error that is not retried");
    }
    let _ = (operation, attempts, error, exhausted);
}

/// An `AsyncExitStack` dropped without `close`: its cleanups cannot be awaited in a drop.
pub(super) fn async_cleanups_dropped(count: usize) {
    #[cfg(feature = "tracing")]
    tracing::error!(
        cleanups = count,
        "AsyncExitStack dropped without close: its cleanups did not run"
    );
    let _ = count;
}
