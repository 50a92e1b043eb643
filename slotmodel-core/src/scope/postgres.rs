//! `AsyncTransactional` for `tokio_postgres::Transaction` (tokio-postgres 0.7), savepoints
//! included, and `Retryable` for its errors.

use tokio_postgres::{Error, Transaction};

use super::{AsyncTransactional, Retryable};

/// Commits or rolls back a `PostgreSQL` transaction, or releases a savepoint or rolls back to it
/// (a `Transaction` made by `Transaction::savepoint` or `Transaction::transaction`), so that
/// [`managed_async`](super::managed_async) nests as [`managed`](super::managed) does: an inner
/// failure undoes the inner work only. A savepoint rolled back to stays defined until its
/// transaction ends, as `PostgreSQL`'s `ROLLBACK TO` leaves it.
///
/// [`cancel`](AsyncTransactional::cancel) is the driver's drop: it queues `ROLLBACK` (or
/// `ROLLBACK TO` the savepoint) on the connection without waiting; the connection sends it
/// before the next statement the client sends.
///
/// # Examples
///
/// ```no_run
/// use slotmodel::scope::managed_async;
///
/// # #[tokio::main(flavor = "current_thread")] async fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
/// let (mut client, connection) = tokio_postgres::connect("host=127.0.0.1 user=postgres", tokio_postgres::NoTls).await?;
/// tokio::spawn(connection);
/// managed_async("outer", client.transaction().await?, async |tx| {
///     tx.execute("INSERT INTO t VALUES (1)", &[]).await?;
///     let inner = managed_async("inner", tx.savepoint("one").await?, async |sp| {
///         sp.execute("INSERT INTO t VALUES (2)", &[]).await?;
///         sp.execute("INSERT INTO t VALUES (1 / 0)", &[]).await // undoes the 2 only
///     })
///     .await;
///     assert!(inner.is_err());
///     Ok::<_, tokio_postgres::Error>(())
/// })
/// .await?;
/// # Ok(()) }
/// ```
impl AsyncTransactional for Transaction<'_> {
    type Error = Error;

    async fn commit(self) -> Result<(), Error> {
        Transaction::commit(self).await
    }

    async fn rollback(self) -> Result<(), Error> {
        Transaction::rollback(self).await
    }
}

/// SQLSTATE `40001` (serialization failure) and `40P01` (deadlock detected), from a statement
/// or from the commit.
///
/// # Examples
///
/// ```no_run
/// use slotmodel::scope::Retryable;
///
/// # #[tokio::main(flavor = "current_thread")] async fn main() {
/// let (client, connection) = tokio_postgres::connect("host=127.0.0.1 user=postgres", tokio_postgres::NoTls).await.unwrap();
/// tokio::spawn(connection);
/// let err = client.batch_execute("DO $$ BEGIN RAISE EXCEPTION USING ERRCODE = '40001'; END $$").await.unwrap_err();
/// assert!(err.is_retryable());
/// # }
/// ```
impl Retryable for Error {
    fn is_retryable(&self) -> bool {
        self.code()
            .is_some_and(|code| super::retryable::sqlstate_is_retryable(code.code()))
    }
}
