//! Transfers between bank accounts by concurrent workers, each transfer a `SERIALIZABLE`
//! transaction rerun by `managed_retry_async` when `PostgreSQL` aborts it for a conflict
//! (SQLSTATE 40001 or 40P01). Prints the attempts each worker needed and checks the invariant:
//! the total balance is what it was, and no account went below zero.
//!
//! Run against the server of `SLOTMODEL_PG_URL` (a libpq string such as
//! `host=127.0.0.1 port=54329 user=postgres dbname=postgres`); without it, the same transfers
//! run with `managed_retry` on an `SQLite` file, the workers being threads and the conflicts
//! `SQLITE_BUSY`.
//!
//! Run: `cargo run -p slotmodel-interop --example async_transfer [workers] [transfers per worker]`

use std::error::Error;
use std::time::Duration;

use rusqlite::TransactionBehavior;
use slotmodel::scope::{managed, managed_async, managed_retry, managed_retry_async, RetryPolicy};
use tokio_postgres::{Client, IsolationLevel, NoTls};

type BoxError = Box<dyn Error + Send + Sync>;

const ACCOUNTS: i32 = 5;
const OPENING: i64 = 1_000;

/// The `n`-th transfer of a worker: from, to, amount (a fixed pseudo-random sequence).
fn transfer(worker: usize, n: usize) -> (i32, i32, i64) {
    let mut x =
        (worker as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (n as u64).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x ^= x >> 31;
    let from = i32::try_from(x % 5).unwrap() + 1;
    let to = i32::try_from((x >> 8) % 4).unwrap();
    let to = if to + 1 >= from { to + 2 } else { to + 1 };
    let amount = i64::try_from((x >> 16) % 300).unwrap() + 1;
    (from, to, amount)
}

const POLICY_ATTEMPTS: u32 = 100;

fn policy() -> RetryPolicy {
    RetryPolicy::new(POLICY_ATTEMPTS).backoff(Duration::from_millis(2), Duration::from_millis(100))
}

/// One worker on its own connection: every transfer in a `SERIALIZABLE` transaction, retried.
/// Returns the attempts each transfer took.
async fn pg_worker(url: String, worker: usize, transfers: usize) -> Result<Vec<u32>, BoxError> {
    let (mut client, connection) = tokio_postgres::connect(&url, NoTls).await?;
    tokio::spawn(connection);
    let mut attempts = Vec::with_capacity(transfers);
    for n in 0..transfers {
        attempts.push(pg_transfer(&mut client, transfer(worker, n)).await?);
    }
    Ok(attempts)
}

/// One transfer, rerun while it loses a conflict; returns the attempts it took.
async fn pg_transfer(client: &mut Client, (from, to, amount): (i32, i32, i64)) -> Result<u32, BoxError> {
    let policy = policy();
    let attempts = managed_retry_async(&policy, "transfer", async |attempt| {
        let tx = client
            .build_transaction()
            .isolation_level(IsolationLevel::Serializable)
            .start()
            .await?;
        managed_async("transfer", tx, async |tx| {
            let balance: i64 = tx
                .query_one("SELECT balance FROM account WHERE id = $1", &[&from])
                .await?
                .get(0);
            if balance >= amount {
                tx.execute(
                    "UPDATE account SET balance = balance - $2 WHERE id = $1",
                    &[&from, &amount],
                )
                .await?;
                tx.execute(
                    "UPDATE account SET balance = balance + $2 WHERE id = $1",
                    &[&to, &amount],
                )
                .await?;
            }
            Ok::<_, tokio_postgres::Error>(())
        })
        .await?;
        Ok::<_, BoxError>(attempt)
    })
    .await?;
    Ok(attempts)
}

async fn on_postgres(url: String, workers: usize, transfers: usize) -> Result<(Vec<Vec<u32>>, Vec<i64>), BoxError> {
    let (client, connection) = tokio_postgres::connect(&url, NoTls).await?;
    tokio::spawn(connection);
    client
        .batch_execute(&format!(
            "DROP TABLE IF EXISTS account;
             CREATE TABLE account (id integer PRIMARY KEY, balance bigint NOT NULL CHECK (balance >= 0));
             INSERT INTO account SELECT id, {OPENING} FROM generate_series(1, {ACCOUNTS}) AS id;"
        ))
        .await?;
    // The workers run concurrently as local tasks of this thread (each with its own connection,
    // so the server runs their transactions in parallel): rustc cannot yet prove `Send` for a
    // future that nests async closures borrowing a `Transaction<'_>`, which `tokio::spawn` needs.
    let local = tokio::task::LocalSet::new();
    let tasks: Vec<_> = (0..workers)
        .map(|worker| local.spawn_local(pg_worker(url.clone(), worker, transfers)))
        .collect();
    local.await;
    let mut per_worker = Vec::new();
    for task in tasks {
        per_worker.push(task.await??);
    }
    let balances = client
        .query("SELECT balance FROM account ORDER BY id", &[])
        .await?
        .iter()
        .map(|row| row.get(0))
        .collect();
    client.batch_execute("DROP TABLE account").await?;
    Ok((per_worker, balances))
}

fn on_sqlite(workers: usize, transfers: usize) -> Result<(Vec<Vec<u32>>, Vec<i64>), BoxError> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("bank.db");
    let open = || -> rusqlite::Result<rusqlite::Connection> {
        let conn = rusqlite::Connection::open(&path)?;
        conn.busy_timeout(Duration::ZERO)?; // a conflict is an error at once, for the retry to handle
        Ok(conn)
    };
    open()?.execute_batch(&format!(
        "CREATE TABLE account (id INTEGER PRIMARY KEY, balance INTEGER NOT NULL CHECK (balance >= 0));
         WITH RECURSIVE n(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM n WHERE id < {ACCOUNTS})
         INSERT INTO account SELECT id, {OPENING} FROM n;"
    ))?;
    let handles: Vec<_> = (0..workers)
        .map(|worker| {
            let mut conn = open()?;
            Ok(std::thread::spawn(move || -> Result<Vec<u32>, BoxError> {
                let policy = policy();
                (0..transfers)
                    .map(|n| {
                        let (from, to, amount) = transfer(worker, n);
                        Ok(managed_retry(&policy, "transfer", |attempt| {
                            let tx = conn.transaction_with_behavior(TransactionBehavior::Deferred)?;
                            managed("transfer", tx, |tx| {
                                let balance: i64 =
                                    tx.query_row("SELECT balance FROM account WHERE id = ?1", [from], |r| r.get(0))?;
                                if balance >= amount {
                                    tx.execute(
                                        "UPDATE account SET balance = balance - ?2 WHERE id = ?1",
                                        (from, amount),
                                    )?;
                                    tx.execute(
                                        "UPDATE account SET balance = balance + ?2 WHERE id = ?1",
                                        (to, amount),
                                    )?;
                                }
                                Ok::<_, rusqlite::Error>(())
                            })?;
                            Ok::<_, BoxError>(attempt)
                        })?)
                    })
                    .collect()
            }))
        })
        .collect::<Result<_, rusqlite::Error>>()?;
    let per_worker = handles
        .into_iter()
        .map(|handle| handle.join().expect("a worker panicked"))
        .collect::<Result<_, _>>()?;
    let conn = open()?;
    let balances = conn
        .prepare("SELECT balance FROM account ORDER BY id")?
        .query_map([], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    Ok((per_worker, balances))
}

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let mut args = std::env::args().skip(1).map(|arg| arg.parse::<usize>());
    let workers = args.next().transpose()?.unwrap_or(4);
    let transfers = args.next().transpose()?.unwrap_or(50);
    let (database, (per_worker, balances)) = if let Ok(url) = std::env::var("SLOTMODEL_PG_URL") {
        ("PostgreSQL (SERIALIZABLE)", on_postgres(url, workers, transfers).await?)
    } else {
        println!("SLOTMODEL_PG_URL is not set: running on SQLite instead of PostgreSQL");
        (
            "SQLite",
            tokio::task::spawn_blocking(move || on_sqlite(workers, transfers)).await??,
        )
    };

    println!("{workers} workers x {transfers} transfers between {ACCOUNTS} accounts on {database}");
    let mut total_attempts = 0;
    for (worker, attempts) in per_worker.iter().enumerate() {
        let sum: u32 = attempts.iter().sum();
        let most = attempts.iter().max().copied().unwrap_or(0);
        let retried = attempts.iter().filter(|&&a| a > 1).count();
        println!("  worker {worker}: {sum} attempts, {retried} of its transfers rerun, the longest in {most} attempts");
        total_attempts += sum;
    }
    let count = u32::try_from(workers * transfers)?;
    println!(
        "  all: {total_attempts} attempts for {count} transfers ({} reruns)",
        total_attempts - count
    );
    let total: i64 = balances.iter().sum();
    println!("  balances: {balances:?}");
    let expected = OPENING * i64::from(ACCOUNTS);
    if total != expected || balances.iter().any(|&b| b < 0) {
        return Err(format!("invariant broken: total {total}, expected {expected}").into());
    }
    println!("invariant holds: total balance {total} = {ACCOUNTS} x {OPENING}, none below zero");
    Ok(())
}
