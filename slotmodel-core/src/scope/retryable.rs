//! [`Retryable`]: errors that say whether running the same work again may succeed.

use std::boxed::Box;
use std::error::Error;

use super::ScopeError;

/// An error that tells whether running the same transaction again may succeed: a serialization
/// failure or a deadlock, which the database resolves by aborting one of the transactions that
/// conflicted. [`managed_retry`](super::managed_retry) reruns its body on such errors only.
///
/// Implemented for `rusqlite::Error` (`SQLITE_BUSY`, `SQLITE_LOCKED`; feature `rusqlite`),
/// `tokio_postgres::Error` (SQLSTATE `40001` serialization failure, `40P01` deadlock; feature
/// `tokio-postgres`), `sqlx::Error` (the same codes of its `PostgreSQL` and `SQLite` drivers;
/// features `sqlx-postgres`, `sqlx-sqlite`), [`ScopeError`] (the body's error, or the commit's) and boxed errors, which
/// are retryable when an error of their [`source`](Error::source) chain is one of those driver
/// errors and is retryable. Implement it for your own error types by asking the errors they wrap.
///
/// # Examples
///
/// ```
/// use slotmodel::scope::Retryable;
///
/// #[derive(Debug)]
/// enum AppError { Db(rusqlite::Error), Rejected }
///
/// impl Retryable for AppError {
///     fn is_retryable(&self) -> bool {
///         matches!(self, AppError::Db(error) if error.is_retryable())
///     }
/// }
///
/// let busy = rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY), None);
/// assert!(AppError::Db(busy).is_retryable());
/// assert!(!AppError::Rejected.is_retryable());
/// ```
pub trait Retryable {
    /// Whether the work that failed with this error may succeed when run again from its start.
    ///
    /// # Examples
    ///
    /// See [`Retryable`].
    fn is_retryable(&self) -> bool;
}

/// The body's error when the body failed, the commit's error when the commit failed; a failed
/// rollback does not matter, since a new attempt starts a new transaction.
///
/// # Examples
///
/// ```
/// use slotmodel::scope::{managed, Retryable};
///
/// let busy = || rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY), None);
/// let mut conn = rusqlite::Connection::open_in_memory().unwrap();
/// let err = managed("write", conn.transaction().unwrap(), |_| Err::<(), _>(busy())).unwrap_err();
/// assert!(err.is_retryable());
/// ```
impl<E: Retryable, R: Retryable> Retryable for ScopeError<E, R> {
    fn is_retryable(&self) -> bool {
        match self {
            ScopeError::RolledBack { cause, .. } | ScopeError::RollbackFailed { cause, .. } => cause.is_retryable(),
            ScopeError::CommitFailed { commit, .. } => commit.is_retryable(),
        }
    }
}

/// Retryable when an error of the chain (this one, then each [`source`](Error::source)) is a
/// driver error of an enabled feature, and that one is retryable.
///
/// # Examples
///
/// ```
/// use slotmodel::scope::{managed, Retryable};
///
/// let busy = rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY), None);
/// let mut conn = rusqlite::Connection::open_in_memory().unwrap();
/// let err = managed("write", conn.transaction().unwrap(), |_| Err::<(), _>(busy)).unwrap_err();
/// let boxed: Box<dyn std::error::Error + Send + Sync> = err.into(); // the ScopeError, its source the busy error
/// assert!(boxed.is_retryable());
/// let other: Box<dyn std::error::Error + Send + Sync> = "no such account".into();
/// assert!(!other.is_retryable());
/// ```
impl Retryable for Box<dyn Error + Send + Sync> {
    fn is_retryable(&self) -> bool {
        chain_is_retryable(self.as_ref())
    }
}

/// The same as for `Box<dyn Error + Send + Sync>`.
///
/// # Examples
///
/// ```
/// use slotmodel::scope::Retryable;
///
/// let other: Box<dyn std::error::Error> = "no such account".into();
/// assert!(!other.is_retryable());
/// ```
impl Retryable for Box<dyn Error> {
    fn is_retryable(&self) -> bool {
        chain_is_retryable(self.as_ref())
    }
}

/// The SQLSTATEs a database answers when running the transaction again may succeed: `40001`
/// (serialization failure) and `40P01` (deadlock detected). Every `PostgreSQL` driver module asks
/// [`sqlstate_is_retryable`], so the drivers agree.
#[cfg_attr(not(any(feature = "tokio-postgres", feature = "sqlx-postgres")), allow(dead_code))]
pub(crate) const RETRYABLE_SQLSTATES: [&str; 2] = ["40001", "40P01"];

/// The primary result codes `SQLite` answers when running the transaction again may succeed:
/// `SQLITE_BUSY` (5: another connection holds the lock, past the busy timeout) and `SQLITE_LOCKED`
/// (6: a conflict inside one connection or shared cache). An extended code carries its primary
/// code in its low 8 bits (`SQLITE_BUSY_SNAPSHOT` is 517, `(2 << 8) | 5`), so those are retryable too.
#[cfg_attr(not(any(feature = "rusqlite", feature = "sqlx-sqlite")), allow(dead_code))]
pub(crate) const RETRYABLE_SQLITE_CODES: [i32; 2] = [5, 6];

/// Whether a SQLSTATE is one of [`RETRYABLE_SQLSTATES`].
#[cfg_attr(not(any(feature = "tokio-postgres", feature = "sqlx-postgres")), allow(dead_code))]
pub(crate) fn sqlstate_is_retryable(sqlstate: &str) -> bool {
    RETRYABLE_SQLSTATES.contains(&sqlstate)
}

/// Whether an `SQLite` result code, primary or extended, is one of [`RETRYABLE_SQLITE_CODES`].
#[cfg_attr(not(any(feature = "rusqlite", feature = "sqlx-sqlite")), allow(dead_code))]
pub(crate) fn sqlite_code_is_retryable(code: i32) -> bool {
    RETRYABLE_SQLITE_CODES.contains(&(code & 0xff))
}

fn chain_is_retryable(error: &(dyn Error + 'static)) -> bool {
    let mut next = Some(error);
    while let Some(error) = next {
        #[cfg(feature = "rusqlite")]
        if let Some(error) = error.downcast_ref::<rusqlite::Error>() {
            return error.is_retryable();
        }
        #[cfg(feature = "tokio-postgres")]
        if let Some(error) = error.downcast_ref::<tokio_postgres::Error>() {
            return error.is_retryable();
        }
        #[cfg(any(feature = "sqlx-postgres", feature = "sqlx-sqlite"))]
        if let Some(error) = error.downcast_ref::<sqlx::Error>() {
            return error.is_retryable();
        }
        next = error.source();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::{sqlite_code_is_retryable, sqlstate_is_retryable};

    #[test]
    fn sqlstates_of_serialization_failures_and_deadlocks_only() {
        assert!(sqlstate_is_retryable("40001"));
        assert!(sqlstate_is_retryable("40P01"));
        for other in ["23505", "22012", "40000", "40002", "4000", ""] {
            assert!(!sqlstate_is_retryable(other), "{other}");
        }
    }

    #[test]
    fn sqlite_busy_and_locked_with_their_extended_codes_only() {
        // SQLITE_BUSY, _RECOVERY, _SNAPSHOT, _TIMEOUT; SQLITE_LOCKED, _SHAREDCACHE, _VTAB.
        for code in [5, 261, 517, 773, 6, 262, 518] {
            assert!(sqlite_code_is_retryable(code), "{code}");
        }
        // SQLITE_ERROR, SQLITE_CONSTRAINT_NOTNULL, SQLITE_READONLY, SQLITE_IOERR_READ, SQLITE_FULL.
        for code in [1, 1299, 8, 266, 13, 0] {
            assert!(!sqlite_code_is_retryable(code), "{code}");
        }
    }
}
