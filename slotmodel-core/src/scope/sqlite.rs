//! `Transactional` for `rusqlite::Transaction` and `rusqlite::Savepoint` (rusqlite 0.32 to 0.43).

use rusqlite::{DropBehavior, Savepoint, Transaction};

use super::{Retryable, Transactional};

/// Commits or rolls back an `SQLite` transaction. When `SQLite` has already rolled it back itself
/// (`INSERT OR ROLLBACK`, or an error such as `SQLITE_FULL`), the rollback has nothing left to
/// do and succeeds, so [`managed`](super::managed) reports the body's error as
/// [`RolledBack`](super::ScopeError::RolledBack).
///
/// # Examples
///
/// ```
/// use slotmodel::scope::{managed, ScopeError};
///
/// let mut conn = rusqlite::Connection::open_in_memory().unwrap();
/// conn.execute_batch("CREATE TABLE t (x INTEGER UNIQUE); INSERT INTO t VALUES (1);").unwrap();
/// managed("insert", conn.transaction().unwrap(), |tx| tx.execute("INSERT INTO t VALUES (2)", [])).unwrap();
/// let err = managed("insert", conn.transaction().unwrap(), |tx| {
///     tx.execute("INSERT INTO t VALUES (3)", [])?;
///     tx.execute("INSERT OR ROLLBACK INTO t VALUES (1)", []) // SQLite ends the transaction itself
/// })
/// .unwrap_err();
/// assert!(matches!(err, ScopeError::RolledBack { .. }));
/// let count: i64 = conn.query_row("SELECT count(*) FROM t", [], |r| r.get(0)).unwrap();
/// assert_eq!(count, 2);
/// ```
impl Transactional for Transaction<'_> {
    type Error = rusqlite::Error;

    fn commit(self) -> Result<(), rusqlite::Error> {
        Transaction::commit(self)
    }

    fn rollback(self) -> Result<(), rusqlite::Error> {
        // Autocommit inside a transaction means SQLite ended it: a ROLLBACK would only fail with
        // "no transaction is active". Dropping `self` then does nothing either.
        if self.is_autocommit() {
            return Ok(());
        }
        Transaction::rollback(self)
    }
}

/// Releases a savepoint, or rolls back to it and then releases it, so that [`managed`] nests
/// inside a transaction: an inner failure undoes only the inner work.
///
/// [`managed`]: super::managed
///
/// # Examples
///
/// ```
/// use slotmodel::scope::managed;
///
/// let mut conn = rusqlite::Connection::open_in_memory().unwrap();
/// conn.execute_batch("CREATE TABLE t (x INTEGER)").unwrap();
/// managed("outer", conn.transaction().unwrap(), |tx| {
///     tx.execute("INSERT INTO t VALUES (1)", [])?;
///     let inner = managed("inner", tx.savepoint()?, |sp| {
///         sp.execute("INSERT INTO t VALUES (2)", [])?;
///         Err::<(), _>(rusqlite::Error::InvalidQuery) // undoes the 2 only
///     });
///     assert!(inner.is_err());
///     Ok::<_, rusqlite::Error>(())
/// })
/// .unwrap();
/// let xs: Vec<i64> = conn.prepare("SELECT x FROM t").unwrap().query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
/// assert_eq!(xs, [1]);
/// ```
impl Transactional for Savepoint<'_> {
    type Error = rusqlite::Error;

    fn commit(self) -> Result<(), rusqlite::Error> {
        Savepoint::commit(self)
    }

    fn rollback(mut self) -> Result<(), rusqlite::Error> {
        if self.is_autocommit() {
            // SQLite rolled back the whole transaction, savepoints included: nothing to undo,
            // nothing to release, and the drop must not try either.
            self.set_drop_behavior(DropBehavior::Ignore);
            return Ok(());
        }
        Savepoint::rollback(&mut self)?;
        Savepoint::commit(self)
    }
}

/// `SQLITE_BUSY` (another connection holds the lock, past the busy timeout) and `SQLITE_LOCKED`
/// (a conflict inside one shared cache), extended codes included: what a second writer meets.
///
/// # Examples
///
/// ```
/// use slotmodel::scope::Retryable;
///
/// let dir = tempfile::tempdir().unwrap();
/// let first = rusqlite::Connection::open(dir.path().join("db")).unwrap();
/// let second = rusqlite::Connection::open(dir.path().join("db")).unwrap();
/// second.busy_timeout(std::time::Duration::ZERO).unwrap();
/// first.execute_batch("BEGIN IMMEDIATE").unwrap();
/// let err = second.execute_batch("BEGIN IMMEDIATE").unwrap_err();
/// assert!(err.is_retryable());
/// assert!(!rusqlite::Error::InvalidQuery.is_retryable());
/// ```
impl Retryable for rusqlite::Error {
    fn is_retryable(&self) -> bool {
        self.sqlite_error()
            .is_some_and(|error| super::retryable::sqlite_code_is_retryable(error.extended_code))
    }
}
