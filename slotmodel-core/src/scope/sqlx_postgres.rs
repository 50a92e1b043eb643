//! `AsyncTransactional` for `sqlx::Transaction<'_, Postgres>` (sqlx 0.8), nested transactions
//! included. `Retryable` for `sqlx::Error` is in `sqlx_error.rs`, shared with `SQLite`.

use sqlx::{Error, Postgres, Transaction};

use super::AsyncTransactional;

/// Commits or rolls back a `PostgreSQL` transaction of sqlx, or releases a savepoint or rolls
/// back to it (the nested transaction that `Connection::begin` starts on `&mut *tx`), so that
/// [`managed_async`](super::managed_async) nests as [`managed`](super::managed) does: an inner
/// failure undoes the inner work only.
///
/// [`cancel`](AsyncTransactional::cancel) is sqlx's drop: it queues `ROLLBACK` (or
/// `ROLLBACK TO` the savepoint) on the connection, sent before its next statement.
///
/// # Examples
///
/// ```no_run
/// use slotmodel::scope::managed_async;
/// use sqlx::{Connection, PgConnection};
///
/// # #[tokio::main(flavor = "current_thread")] async fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
/// let mut conn = PgConnection::connect("postgres://postgres@127.0.0.1/postgres").await?;
/// managed_async("outer", conn.begin().await?, async |tx| {
///     sqlx::query("INSERT INTO t VALUES (1)").execute(&mut **tx).await?;
///     let inner = managed_async("inner", tx.begin().await?, async |sp| {
///         sqlx::query("INSERT INTO t VALUES (2)").execute(&mut **sp).await?;
///         sqlx::query("INSERT INTO t VALUES (1 / 0)").execute(&mut **sp).await // undoes the 2 only
///     })
///     .await;
///     assert!(inner.is_err());
///     Ok::<_, sqlx::Error>(())
/// })
/// .await?;
/// # Ok(()) }
/// ```
impl AsyncTransactional for Transaction<'_, Postgres> {
    type Error = Error;

    async fn commit(self) -> Result<(), Error> {
        Transaction::commit(self).await
    }

    async fn rollback(self) -> Result<(), Error> {
        Transaction::rollback(self).await
    }
}
