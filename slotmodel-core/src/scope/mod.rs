//! Scoped lifecycles, Python's `@contextmanager` and `ExitStack` with fallible ends:
//! [`managed`] and [`Guard`] commit or roll back a [`Transactional`] resource (on error and on
//! panic too), and [`ExitStack`] runs any number of cleanups in reverse order, reporting every
//! failure.
//!
//! With the `tracing` feature, each step is an event: `started`, `committed` (with the elapsed
//! time), `rolled back` (with the cause and the elapsed time), `released`, and every failure
//! that a drop cannot return, with the error's own text.
//!
//! The async forms: [`managed_async`] commits or rolls back an [`AsyncTransactional`] resource
//! (on error, on panic, and when its future is dropped before finishing: see its
//! cancellation section), and [`AsyncExitStack`] awaits async cleanups in reverse order.
//! [`managed_retry`] and [`managed_retry_async`] rerun a transaction that failed with a
//! [`Retryable`] error (a serialization failure or a deadlock), as a [`RetryPolicy`] says.
//!
//! With the `rusqlite` feature (rusqlite 0.32 to 0.43), `rusqlite::Transaction` and
//! `rusqlite::Savepoint` are [`Transactional`]. It does not choose how `SQLite` is linked: enable
//! rusqlite's `bundled` feature in your own `Cargo.toml` to compile `SQLite` in, or link the
//! system library. With the
//! `tokio-postgres` feature (tokio-postgres 0.7), `tokio_postgres::Transaction` (savepoints
//! included) is [`AsyncTransactional`]; with `sqlx-postgres` (sqlx 0.8),
//! `sqlx::Transaction<'_, Postgres>` (nested ones included) is, and with `sqlx-sqlite`
//! `sqlx::Transaction<'_, Sqlite>` (savepoints included); with either, `sqlx::Error` is
//! [`Retryable`].
//!
//! # Examples
//!
//! ```
//! use slotmodel::scope::{managed, ExitStack, Guard};
//!
//! let mut conn = rusqlite::Connection::open_in_memory().unwrap();
//! conn.execute_batch("CREATE TABLE t (x INTEGER)").unwrap();
//!
//! // Commits when the body returns Ok; rolls back on Err and on panic.
//! let n = managed("fill", conn.transaction().unwrap(), |tx| tx.execute("INSERT INTO t VALUES (1), (2)", [])).unwrap();
//! assert_eq!(n, 2);
//!
//! // The guard form, for code that cannot be a closure: derefs to the resource, and rolls back
//! // when dropped without `commit`.
//! {
//!     let tx = Guard::new("abandoned", conn.transaction().unwrap());
//!     tx.execute("DELETE FROM t", []).unwrap();
//! }
//! let tx = Guard::new("trim", conn.transaction().unwrap());
//! tx.execute("DELETE FROM t WHERE x = 2", []).unwrap();
//! tx.commit().unwrap();
//! let left: i64 = conn.query_row("SELECT count(*) FROM t", [], |row| row.get(0)).unwrap();
//! assert_eq!(left, 1);
//!
//! // Cleanups registered at run time, run last-in first-out; `close` returns every failure.
//! let stack: ExitStack = ExitStack::new();
//! let mut rows = stack.enter(Vec::new(), |rows: Vec<i64>| { assert_eq!(rows, [1, 2]); Ok::<_, std::io::Error>(()) });
//! rows.get_mut().extend([1, 2]);
//! stack.close().unwrap();
//! ```

mod async_exit_stack;
mod async_transactional;
mod catch_unwind;
mod cleanup_error;
mod delay;
mod entered;
mod event;
mod exit_stack;
mod guard;
mod managed;
mod managed_async;
mod panic;
mod retry;
mod retryable;
mod scope_error;
mod transactional;

pub use async_exit_stack::AsyncExitStack;
pub use async_transactional::AsyncTransactional;
pub use cleanup_error::{CleanupError, CleanupErrors};
pub use entered::{Entered, Lent};
pub use exit_stack::ExitStack;
pub use guard::Guard;
pub use managed::managed;
pub use managed_async::managed_async;
pub use retry::{managed_retry, managed_retry_async, RetryError, RetryPolicy};
pub use retryable::Retryable;
pub use scope_error::{PanicRollbackFailed, ScopeError};
pub use transactional::Transactional;

#[cfg(feature = "tokio-postgres")]
mod postgres;
#[cfg(feature = "rusqlite")]
mod sqlite;
#[cfg(any(feature = "sqlx-postgres", feature = "sqlx-sqlite"))]
mod sqlx_error;
#[cfg(feature = "sqlx-postgres")]
mod sqlx_postgres;
#[cfg(feature = "sqlx-sqlite")]
mod sqlx_sqlite;
