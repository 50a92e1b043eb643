//! [`managed`]: a body whose resource is committed on success and rolled back on error or panic.

use std::any::Any;
use std::borrow::Cow;
use std::boxed::Box;
use std::fmt;
use std::format;
use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::time::Instant;

use super::{event, panic, CleanupError, PanicRollbackFailed, ScopeError, Transactional};

/// Runs `body` with `resource`: commits when it returns `Ok`, rolls back when it returns `Err`
/// and when it panics (the panic then continues). Python's `@contextmanager` around a
/// transaction, with a fallible end that is reported, never lost. `operation` names it in errors
/// and events: a `&'static str` or a `String` (`format!("row {i}")`).
///
/// A rollback that panics is caught and reported like one that returns an error. When the body
/// panicked and the rollback failed, the panic continues as a [`PanicRollbackFailed`] that holds
/// the original payload and the rollback's error.
///
/// The closure's error type is whatever it returns; when `?` is its only use, name it once, as
/// with any closure that uses `?` (`Ok::<_, rusqlite::Error>(n)`).
///
/// # Errors
///
/// The body's error after a rollback, the body's and the rollback's errors when both fail, or
/// the commit's error.
///
/// # Examples
///
/// ```
/// use slotmodel::scope::{managed, ScopeError};
///
/// fn upgrade(conn: &mut rusqlite::Connection) -> Result<usize, Box<dyn std::error::Error>> {
///     let upgraded = managed("user_migration", conn.transaction()?, |tx| {
///         let n = tx.execute("UPDATE users SET tier = 'pro' WHERE tier = 'free'", [])?;
///         tx.execute("INSERT INTO audit (note) VALUES ('upgraded')", [])?; // fails? the UPDATE is undone
///         Ok::<_, rusqlite::Error>(n)
///     })?;
///     Ok(upgraded)
/// }
///
/// let mut conn = rusqlite::Connection::open_in_memory().unwrap();
/// conn.execute_batch(
///     "CREATE TABLE users (name TEXT, tier TEXT); CREATE TABLE audit (note TEXT UNIQUE);
///      INSERT INTO users VALUES ('ada', 'free'), ('grace', 'free');",
/// )
/// .unwrap();
/// assert_eq!(upgrade(&mut conn).unwrap(), 2);
/// let err = upgrade(&mut conn).unwrap_err(); // `upgraded` is already in the UNIQUE column
/// assert_eq!(err.to_string(), "user_migration failed and was rolled back");
/// assert!(err.source().unwrap().to_string().contains("UNIQUE"));
///
/// for i in 0..2 {
///     managed(format!("row {i}"), conn.transaction().unwrap(), |tx| tx.execute("INSERT INTO users VALUES ('new', 'free')", []))
///         .unwrap();
/// }
/// ```
pub fn managed<R, T, E, F, N>(operation: N, resource: R, body: F) -> Result<T, ScopeError<E, R::Error>>
where
    R: Transactional,
    R::Error: fmt::Display + Send + 'static,
    E: fmt::Display,
    F: FnOnce(&mut R) -> Result<T, E>,
    N: Into<Cow<'static, str>>,
{
    let operation = operation.into();
    let started = Instant::now();
    event::started(&operation);
    let mut resource = resource;
    match catch_unwind(AssertUnwindSafe(|| body(&mut resource))) {
        Ok(Ok(value)) => committed(operation, value, resource.commit(), started),
        Ok(Err(cause)) => Err(rolled_back(operation, cause, roll_back(resource), started)),
        Err(payload) => panicked(operation, payload, roll_back(resource), started),
    }
}

/// Rolls back; `None` when that worked, the error or the panic's message when it did not.
fn roll_back<R: Transactional>(resource: R) -> Option<CleanupError<R::Error>> {
    match panic::catch(|| resource.rollback()) {
        Ok(Ok(())) => None,
        Ok(Err(error)) => Some(CleanupError::Failed(error)),
        Err(message) => Some(CleanupError::Panicked(message)),
    }
}

/// The outcome of a commit: the value, or the commit's error; with its events.
pub(super) fn committed<T, E, C: fmt::Display>(
    operation: Cow<'static, str>,
    value: T,
    commit: Result<(), C>,
    started: Instant,
) -> Result<T, ScopeError<E, C>> {
    let elapsed = started.elapsed();
    match &commit {
        Ok(()) => event::committed(&operation, elapsed),
        Err(error) => event::commit_failed(&operation, error, elapsed),
    }
    event::released(&operation);
    match commit {
        Ok(()) => Ok(value),
        Err(commit) => Err(ScopeError::CommitFailed {
            operation,
            commit,
            elapsed,
        }),
    }
}

/// The error of a body that returned `Err`, after its rollback; with its events.
pub(super) fn rolled_back<E: fmt::Display, C: fmt::Display>(
    operation: Cow<'static, str>,
    cause: E,
    rollback: Option<CleanupError<C>>,
    started: Instant,
) -> ScopeError<E, C> {
    let elapsed = started.elapsed();
    event::rolled_back(
        &operation,
        &cause,
        rollback.as_ref().map(|e| e as &dyn fmt::Display),
        elapsed,
    );
    event::released(&operation);
    match rollback {
        None => ScopeError::RolledBack {
            operation,
            cause,
            elapsed,
        },
        Some(rollback) => ScopeError::RollbackFailed {
            operation,
            cause,
            rollback,
            elapsed,
        },
    }
}

/// Resumes a body's panic after its rollback, carrying the rollback's error when it failed too.
pub(super) fn panicked<C: fmt::Display + Send + 'static>(
    operation: Cow<'static, str>,
    payload: Box<dyn Any + Send>,
    rollback: Option<CleanupError<C>>,
    started: Instant,
) -> ! {
    let cause = format!("panic: {}", panic::message(payload.as_ref()));
    let shown = rollback.as_ref().map(|e| e as &dyn fmt::Display);
    event::rolled_back(&operation, &cause, shown, started.elapsed());
    event::released(&operation);
    match rollback {
        None => resume_unwind(payload),
        Some(rollback) => resume_unwind(Box::new(PanicRollbackFailed::new(operation, payload, rollback))),
    }
}
