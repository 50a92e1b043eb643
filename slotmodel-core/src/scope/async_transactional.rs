//! [`AsyncTransactional`]: a resource that ends by committing or rolling back, asynchronously.

use std::future::Future;

/// A resource that ends by committing or rolling back, each of which is awaited and can fail:
/// the async form of [`Transactional`](super::Transactional), for
/// [`managed_async`](super::managed_async).
///
/// No async drop exists, so a future dropped before it finishes (a timeout, a `select!` that
/// took another branch, an aborted task) cannot await a rollback. [`cancel`](Self::cancel) is
/// what runs then, synchronously, inside the drop: it must not block, and it arranges for the
/// rollback to happen without being awaited. The database drivers do exactly that: a
/// `tokio_postgres::Transaction` dropped unfinished queues a `ROLLBACK` (or `ROLLBACK TO` its
/// savepoint) on the connection, which sends it before anything the connection is asked next.
/// The default `cancel` drops the resource, which is right for such resources.
///
/// # Examples
///
/// ```
/// use slotmodel::scope::AsyncTransactional;
/// use std::sync::{Arc, Mutex};
///
/// /// Rows staged in memory, appended to the shared table on commit.
/// struct Staged { table: Arc<Mutex<Vec<i32>>>, rows: Vec<i32> }
///
/// impl AsyncTransactional for Staged {
///     type Error = std::convert::Infallible;
///     async fn commit(self) -> Result<(), Self::Error> { self.table.lock().unwrap().extend(self.rows); Ok(()) }
///     async fn rollback(self) -> Result<(), Self::Error> { Ok(()) }
/// }
///
/// # #[tokio::main(flavor = "current_thread")] async fn main() {
/// let table = Arc::new(Mutex::new(vec![1]));
/// Staged { table: table.clone(), rows: vec![2, 3] }.commit().await.unwrap();
/// assert_eq!(*table.lock().unwrap(), [1, 2, 3]);
/// # }
/// ```
pub trait AsyncTransactional {
    /// What a failed commit or rollback reports.
    type Error;

    /// Makes the work permanent.
    ///
    /// # Errors
    ///
    /// The resource's own error.
    fn commit(self) -> impl Future<Output = Result<(), Self::Error>>;

    /// Undoes the work.
    ///
    /// # Errors
    ///
    /// The resource's own error.
    fn rollback(self) -> impl Future<Output = Result<(), Self::Error>>;

    /// Ends the resource when the future of [`managed_async`](super::managed_async) is dropped
    /// before its body finished: without awaiting, so the rollback is left to the resource (the
    /// default drops it, and a driver's transaction rolls back on drop). Must not block or panic;
    /// a panic is caught and reported as a `tracing` event.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::scope::AsyncTransactional;
    /// use std::sync::atomic::{AtomicBool, Ordering};
    ///
    /// /// A connection flag: when set, the connection rolls back before its next statement.
    /// struct Tx<'a> { needs_rollback: &'a AtomicBool }
    ///
    /// impl AsyncTransactional for Tx<'_> {
    ///     type Error = String;
    ///     async fn commit(self) -> Result<(), String> { Ok(()) }
    ///     async fn rollback(self) -> Result<(), String> { Ok(()) }
    ///     fn cancel(self) { self.needs_rollback.store(true, Ordering::SeqCst) }
    /// }
    ///
    /// let flag = AtomicBool::new(false);
    /// Tx { needs_rollback: &flag }.cancel();
    /// assert!(flag.load(Ordering::SeqCst));
    /// ```
    fn cancel(self)
    where
        Self: Sized,
    {
        drop(self);
    }
}
