//! [`managed_async`]: the async form of [`managed`](super::managed), cancellation included.

use std::borrow::Cow;
use std::fmt;
use std::time::Instant;

use super::catch_unwind::caught;
use super::managed::{committed, panicked, rolled_back};
use super::{event, panic, AsyncTransactional, CleanupError, ScopeError};

/// Runs the async `body` with `resource`: commits when its future returns `Ok`, rolls back when
/// it returns `Err` and when it panics (the panic then continues, after the rollback). The async
/// form of [`managed`](super::managed), with the same [`ScopeError`], the same
/// [`PanicRollbackFailed`](super::PanicRollbackFailed) and the same `tracing` events. The body is an async closure,
/// `async |tx| { .. }`, so that its future can borrow the resource.
///
/// Needs no particular runtime: panics are caught around each poll of the body's future.
///
/// # Cancellation
///
/// The future returned here may be dropped before it finishes. What runs then, and when:
///
/// - dropped **before its first poll**: nothing of it ran, no event either; the resource, held
///   as an argument, is dropped like any argument of an unpolled future (for a driver's
///   transaction that is the same rollback on drop), without `cancel`.
/// - dropped while the **body** runs (at any of its `.await`s): the body's future is dropped,
///   then, in the same drop, a `cancelled` event and [`AsyncTransactional::cancel`] on the
///   resource. Nothing is awaited. For `tokio_postgres::Transaction` (feature `tokio-postgres`)
///   `cancel` drops the transaction, which queues a `ROLLBACK` (`ROLLBACK TO` for a savepoint)
///   on its connection; the connection task sends it after any statement still in flight and
///   before whatever the client is asked next, so the next use of the connection finds the work
///   undone, and nothing is committed.
/// - dropped while the **commit** is awaited: the commit's own future is dropped; whether the
///   server committed is unknown, as for any interrupted commit (the driver's drop applies).
/// - dropped while the **rollback** is awaited: the rollback's own future is dropped (the driver's
///   drop applies; with tokio-postgres the `ROLLBACK` is already queued).
///
/// # Sending to another thread
///
/// The future is `Send` when the resource, the body and what it holds across `.await` are. With
/// a resource that borrows (`tokio_postgres::Transaction<'_>`), rustc cannot yet prove that from
/// inside another future (the error reads "implementation of `AsyncFnOnce` is not general
/// enough"). Box the scope where it is made, where the proof succeeds:
/// `let scope: Pin<Box<dyn Future<Output = _> + Send + '_>> = Box::pin(managed_async(..));`, or
/// run the task locally (`tokio::task::LocalSet`).
///
/// # Errors
///
/// The body's error after a rollback, the body's and the rollback's errors when both fail, or
/// the commit's error.
///
/// # Panics
///
/// When the body panics, its panic continues once the rollback is done: unchanged, or as a
/// [`PanicRollbackFailed`](super::PanicRollbackFailed) when the rollback failed too.
///
/// # Examples
///
/// ```
/// use slotmodel::scope::{managed_async, AsyncTransactional};
/// use std::sync::{Arc, Mutex};
///
/// struct Staged { table: Arc<Mutex<Vec<i32>>>, rows: Vec<i32> }
///
/// impl AsyncTransactional for Staged {
///     type Error = String;
///     async fn commit(self) -> Result<(), String> { self.table.lock().unwrap().extend(self.rows); Ok(()) }
///     async fn rollback(self) -> Result<(), String> { Ok(()) }
/// }
///
/// # #[tokio::main(flavor = "current_thread")] async fn main() {
/// let table = Arc::new(Mutex::new(Vec::new()));
/// let staged = || Staged { table: table.clone(), rows: Vec::new() };
///
/// let n = managed_async("import", staged(), async |tx| {
///     tx.rows.extend([1, 2]);
///     tokio::task::yield_now().await;
///     Ok::<_, String>(tx.rows.len())
/// })
/// .await
/// .unwrap();
/// assert_eq!(n, 2);
///
/// let err = managed_async("import", staged(), async |tx| {
///     tx.rows.push(3);
///     Err::<(), _>("row 3 is bad".to_owned())
/// })
/// .await
/// .unwrap_err();
/// assert_eq!(err.to_string(), "import failed and was rolled back");
/// assert_eq!(*table.lock().unwrap(), [1, 2]);
/// # }
/// ```
pub async fn managed_async<R, T, E, F, N>(operation: N, resource: R, body: F) -> Result<T, ScopeError<E, R::Error>>
where
    R: AsyncTransactional,
    R::Error: fmt::Display + Send + 'static,
    E: fmt::Display,
    F: AsyncFnOnce(&mut R) -> Result<T, E>,
    N: Into<Cow<'static, str>>,
{
    let operation = operation.into();
    let started = Instant::now();
    event::started(&operation);
    let mut open = Open {
        operation: &operation,
        started,
        resource: Some(resource),
    };
    let outcome = caught(|| body(open.resource.as_mut().expect(OPEN))).await;
    let resource = open.resource.take().expect(OPEN);
    drop(open);
    match outcome {
        Ok(Ok(value)) => committed(operation, value, resource.commit().await, started),
        Ok(Err(cause)) => Err(rolled_back(operation, cause, roll_back(resource).await, started)),
        Err(payload) => panicked(operation, payload, roll_back(resource).await, started),
    }
}

const OPEN: &str = "the resource stays in place until the body's future has finished";

/// Rolls back; `None` when that worked, the error or the panic's message when it did not.
async fn roll_back<R: AsyncTransactional>(resource: R) -> Option<CleanupError<R::Error>> {
    match caught(|| resource.rollback()).await {
        Ok(Ok(())) => None,
        Ok(Err(error)) => Some(CleanupError::Failed(error)),
        Err(payload) => {
            let message = panic::message(payload.as_ref());
            panic::drop_quietly(payload);
            Some(CleanupError::Panicked(message))
        }
    }
}

/// The resource while the body runs. Dropped with the resource still inside only when the
/// future of `managed_async` is dropped before the body finished: then the resource is cancelled.
struct Open<'o, R: AsyncTransactional> {
    operation: &'o str,
    started: Instant,
    resource: Option<R>,
}

impl<R: AsyncTransactional> Drop for Open<'_, R> {
    fn drop(&mut self) {
        if let Some(resource) = self.resource.take() {
            // Caught: a panic escaping a drop that runs during another panic aborts the process.
            let failure = panic::catch(|| resource.cancel()).err();
            event::cancelled(self.operation, failure.as_deref(), self.started.elapsed());
            event::released(self.operation);
        }
    }
}
