//! `Transactional` for `rusqlite::Transaction`.

use super::Transactional;

/// Commits or rolls back an `SQLite` transaction.
///
/// # Examples
///
/// ```
/// use slotmodel::scope::managed;
///
/// let mut conn = rusqlite::Connection::open_in_memory().unwrap();
/// conn.execute_batch("CREATE TABLE t (x INTEGER)").unwrap();
/// managed("insert", conn.transaction().unwrap(), |tx| tx.execute("INSERT INTO t VALUES (1)", [])).unwrap();
/// let count: i64 = conn.query_row("SELECT count(*) FROM t", [], |r| r.get(0)).unwrap();
/// assert_eq!(count, 1);
/// ```
impl Transactional for rusqlite::Transaction<'_> {
    type Error = rusqlite::Error;

    fn commit(self) -> Result<(), rusqlite::Error> {
        rusqlite::Transaction::commit(self)
    }

    fn rollback(self) -> Result<(), rusqlite::Error> {
        rusqlite::Transaction::rollback(self)
    }
}
