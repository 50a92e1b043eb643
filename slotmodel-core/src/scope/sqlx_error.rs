//! `Retryable` for `sqlx::Error` (sqlx 0.8), one impl whichever of the `sqlx-postgres` and
//! `sqlx-sqlite` features are on: each driver's database errors are asked for their own codes.

use sqlx::Error;

use super::Retryable;

/// A database error, from a statement, a `BEGIN` or the commit, that running the transaction
/// again may cure: from `PostgreSQL` (feature `sqlx-postgres`) SQLSTATE `40001` (serialization
/// failure) or `40P01` (deadlock detected); from `SQLite` (feature `sqlx-sqlite`) `SQLITE_BUSY` or
/// `SQLITE_LOCKED`, extended codes included (`SQLITE_BUSY_SNAPSHOT`, a write from a read
/// snapshot that another connection's commit made stale in WAL mode). Other errors (a lost
/// connection, a row not found, a constraint) are not.
///
/// # Examples
///
/// A second writer on an `SQLite` file that does not wait (a zero busy timeout) is refused with
/// `SQLITE_BUSY` while the first holds the write lock:
///
/// ```
/// use std::time::Duration;
///
/// use slotmodel::scope::Retryable;
/// use sqlx::sqlite::SqliteConnectOptions;
/// use sqlx::{Connection, SqliteConnection};
///
/// # #[tokio::main(flavor = "current_thread")] async fn main() -> Result<(), sqlx::Error> {
/// let dir = tempfile::tempdir()?;
/// let options = SqliteConnectOptions::new()
///     .filename(dir.path().join("db"))
///     .create_if_missing(true)
///     .busy_timeout(Duration::ZERO);
/// let mut first = SqliteConnection::connect_with(&options).await?;
/// let mut second = SqliteConnection::connect_with(&options).await?;
/// let _write = first.begin_with("BEGIN IMMEDIATE").await?;
/// let err = second.begin_with("BEGIN IMMEDIATE").await.unwrap_err();
/// assert_eq!(err.as_database_error().and_then(|e| e.code()).as_deref(), Some("5"));
/// assert!(err.is_retryable());
/// assert!(!sqlx::Error::RowNotFound.is_retryable());
/// # Ok(()) }
/// ```
///
/// A `PostgreSQL` error with a retryable SQLSTATE:
///
/// ```no_run
/// use slotmodel::scope::Retryable;
/// use sqlx::{Connection, Executor, PgConnection};
///
/// # #[tokio::main(flavor = "current_thread")] async fn main() {
/// let mut conn = PgConnection::connect("postgres://postgres@127.0.0.1/postgres").await.unwrap();
/// let err = conn.execute("DO $$ BEGIN RAISE EXCEPTION USING ERRCODE = '40001'; END $$").await.unwrap_err();
/// assert!(err.is_retryable());
/// # }
/// ```
impl Retryable for Error {
    fn is_retryable(&self) -> bool {
        let Error::Database(error) = self else {
            return false;
        };
        #[cfg(feature = "sqlx-postgres")]
        if let Some(error) = error.try_downcast_ref::<sqlx::postgres::PgDatabaseError>() {
            return super::retryable::sqlstate_is_retryable(error.code());
        }
        #[cfg(feature = "sqlx-sqlite")]
        if error.try_downcast_ref::<sqlx::sqlite::SqliteError>().is_some() {
            // sqlx gives the extended result code, as a decimal number.
            return error
                .code()
                .and_then(|code| code.parse().ok())
                .is_some_and(super::retryable::sqlite_code_is_retryable);
        }
        false
    }
}
