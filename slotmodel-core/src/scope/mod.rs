//! Scoped lifecycles, Python's `@contextmanager` and `ExitStack` with fallible ends:
//! [`managed`] and [`Guard`] commit or roll back a [`Transactional`] resource (on error and on
//! panic too), and [`ExitStack`] runs any number of cleanups in reverse order, reporting every
//! failure.
//!
//! With the `tracing` feature, each step is an event: `started`, `committed` (with the elapsed
//! time), `rolled back` (with the cause and the elapsed time), `released`.

mod event;
mod exit_stack;
mod transaction;

pub use exit_stack::{CleanupError, CleanupErrors, ExitStack};
pub use transaction::{managed, Guard, ScopeError, Transactional};

#[cfg(feature = "rusqlite")]
mod sqlite;
