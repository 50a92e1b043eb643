//! `AsyncTransactional` for `sqlx::Transaction<'_, Sqlite>` (sqlx 0.8), nested transactions
//! (savepoints) included. `Retryable` for `sqlx::Error` is in `sqlx_error.rs`.

use sqlx::{Error, Sqlite, Transaction};

use super::AsyncTransactional;

/// Commits or rolls back an `SQLite` transaction of sqlx, or releases a savepoint or rolls back
/// to it (the nested transaction that `Connection::begin` starts on `&mut *tx`, which sqlx runs
/// as `SAVEPOINT`), so that [`managed_async`](super::managed_async) nests as
/// [`managed`](super::managed) does: an inner failure undoes the inner work only.
///
/// [`cancel`](AsyncTransactional::cancel) is sqlx's drop: it queues `ROLLBACK` (or
/// `ROLLBACK TO` the savepoint) on the connection, run before its next statement.
///
/// # Examples
///
/// ```
/// use slotmodel::scope::managed_async;
/// use sqlx::{Connection, SqliteConnection};
///
/// # #[tokio::main(flavor = "current_thread")] async fn main() -> Result<(), sqlx::Error> {
/// let mut conn = SqliteConnection::connect("sqlite::memory:").await?;
/// sqlx::query("CREATE TABLE t (x INTEGER NOT NULL)").execute(&mut conn).await?;
/// managed_async("outer", conn.begin().await?, async |tx| {
///     sqlx::query("INSERT INTO t VALUES (1)").execute(&mut **tx).await?;
///     let inner = managed_async("inner", tx.begin().await?, async |sp| {
///         sqlx::query("INSERT INTO t VALUES (2)").execute(&mut **sp).await?;
///         sqlx::query("INSERT INTO t VALUES (NULL)").execute(&mut **sp).await // undoes the 2 only
///     })
///     .await;
///     assert!(inner.is_err());
///     Ok::<_, sqlx::Error>(())
/// })
/// .await
/// .unwrap();
/// let xs: Vec<i64> = sqlx::query_scalar("SELECT x FROM t").fetch_all(&mut conn).await?;
/// assert_eq!(xs, [1]);
/// # Ok(()) }
/// ```
impl AsyncTransactional for Transaction<'_, Sqlite> {
    type Error = Error;

    async fn commit(self) -> Result<(), Error> {
        Transaction::commit(self).await
    }

    async fn rollback(self) -> Result<(), Error> {
        Transaction::rollback(self).await
    }
}
