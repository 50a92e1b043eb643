//! The `PostgreSQL` server of the tests: `SLOTMODEL_PG_URL` (a libpq key-value string or URL),
//! which `.ci/run` sets after starting a throwaway server on loopback.
//!
//! The tests that need it are `#[ignore]`d, so that a plain `cargo test` counts them as skipped
//! rather than passed; `.ci/run` runs them with `--include-ignored`. Run explicitly without a
//! reachable server, they fail and say why: they never pass without having run.

use std::error::Error;

use tokio_postgres::error::SqlState;
use tokio_postgres::{Client, NoTls};

/// The variable that names the server.
pub const URL: &str = "SLOTMODEL_PG_URL";

/// A new connection to the test server, its connection task spawned on the current runtime.
///
/// # Panics
///
/// When the variable is unset or the server cannot be reached.
pub async fn connect() -> Client {
    let url = std::env::var(URL).unwrap_or_else(|_| {
        panic!("{URL} is not set: these tests need a PostgreSQL server (`.ci/run` starts one); a plain `cargo test` skips them")
    });
    let (client, connection) = tokio_postgres::connect(&url, NoTls)
        .await
        .unwrap_or_else(|err| panic!("the PostgreSQL server at {URL}={url:?} cannot be reached: {err}"));
    tokio::spawn(async move {
        if let Err(err) = connection.await {
            eprintln!("connection closed with an error: {err}");
        }
    });
    client
}

/// The SQLSTATE of the first `PostgreSQL` error in `error`'s source chain.
pub fn sqlstate(error: &(dyn Error + 'static)) -> Option<SqlState> {
    let mut next = Some(error);
    while let Some(error) = next {
        if let Some(code) = error
            .downcast_ref::<tokio_postgres::Error>()
            .and_then(tokio_postgres::Error::code)
        {
            return Some(code.clone());
        }
        next = error.source();
    }
    None
}
