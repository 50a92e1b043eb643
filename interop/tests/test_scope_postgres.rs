//! `managed_async` and `managed_retry_async` against a real `PostgreSQL` server (tokio-postgres):
//! commit, rollback, panic, cancellation, savepoints, and two `SERIALIZABLE` transactions that
//! conflict for real. Each test has tables of its own, so that they run in parallel.
//!
//! They need the server of `SLOTMODEL_PG_URL`: run them with
//! `cargo test -p slotmodel-interop --test test_scope_postgres -- --include-ignored` (`.ci/run` starts one and does).

#[path = "support/postgres.rs"]
mod postgres;

use std::error::Error;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use postgres::{connect, sqlstate};
use slotmodel::scope::{managed_async, managed_retry_async, RetryError, RetryPolicy, Retryable, ScopeError};
use tokio::sync::{Barrier, Mutex};
use tokio_postgres::error::SqlState;
use tokio_postgres::{Client, IsolationLevel};

type BoxError = Box<dyn Error + Send + Sync>;

/// A fresh table `name (x integer)`.
async fn table(client: &Client, name: &str) {
    client
        .batch_execute(&format!(
            "DROP TABLE IF EXISTS {name}; CREATE TABLE {name} (x integer NOT NULL)"
        ))
        .await
        .unwrap();
}

async fn rows(client: &Client, name: &str) -> Vec<i32> {
    let rows = client
        .query(&format!("SELECT x FROM {name} ORDER BY x"), &[])
        .await
        .unwrap();
    rows.iter().map(|row| row.get(0)).collect()
}

/// Whether `client` is outside any transaction: a write it makes without one is seen at once by
/// another connection (inside a transaction left open, it would not be).
async fn autocommits(client: &Client, name: &str) -> bool {
    client
        .execute(&format!("INSERT INTO {name} VALUES (-1)"), &[])
        .await
        .unwrap();
    let seen = rows(&connect().await, name).await.contains(&-1);
    client
        .execute(&format!("DELETE FROM {name} WHERE x = -1"), &[])
        .await
        .unwrap();
    seen
}

#[tokio::test]
#[ignore = "needs PostgreSQL: set SLOTMODEL_PG_URL and pass --include-ignored (.ci/run does)"]
async fn commits_when_the_body_returns_ok() {
    let mut client = connect().await;
    table(&client, "pg_commit").await;
    let n = managed_async("fill", client.transaction().await.unwrap(), async |tx| {
        let n = tx.execute("INSERT INTO pg_commit VALUES (1), (2)", &[]).await?;
        // Not visible to another connection before the commit.
        assert!(rows(&connect().await, "pg_commit").await.is_empty());
        Ok::<_, tokio_postgres::Error>(n)
    })
    .await
    .unwrap();
    assert_eq!(n, 2);
    assert_eq!(rows(&connect().await, "pg_commit").await, [1, 2]);
}

#[tokio::test]
#[ignore = "needs PostgreSQL: set SLOTMODEL_PG_URL and pass --include-ignored (.ci/run does)"]
async fn rolls_back_when_a_statement_fails() {
    let mut client = connect().await;
    table(&client, "pg_rollback").await;
    let err = managed_async("fill", client.transaction().await.unwrap(), async |tx| {
        tx.execute("INSERT INTO pg_rollback VALUES (1)", &[]).await?;
        tx.execute("INSERT INTO pg_rollback VALUES (1 / 0)", &[]).await
    })
    .await
    .unwrap_err();
    assert!(matches!(err, ScopeError::RolledBack { .. }), "{err:?}");
    assert_eq!(
        err.cause().and_then(tokio_postgres::Error::code),
        Some(&SqlState::DIVISION_BY_ZERO)
    );
    assert!(!err.is_retryable());
    assert!(rows(&connect().await, "pg_rollback").await.is_empty());
    assert!(autocommits(&client, "pg_rollback").await);
}

#[tokio::test]
#[ignore = "needs PostgreSQL: set SLOTMODEL_PG_URL and pass --include-ignored (.ci/run does)"]
async fn a_panic_rolls_back_then_continues_and_the_connection_stays_usable() {
    let client = Arc::new(Mutex::new(connect().await));
    table(&*client.lock().await, "pg_panic").await;
    let task_client = Arc::clone(&client);
    let joined = tokio::spawn(async move {
        let mut client = task_client.lock().await;
        // Boxed as `dyn Future + Send` where it is made: the spawned task is then `Send`, which
        // rustc cannot yet see through a future whose resource borrows (`Transaction<'_>`).
        let scope: Pin<Box<dyn Future<Output = _> + Send + '_>> = Box::pin(managed_async(
            "fill",
            client.transaction().await.unwrap(),
            async |tx| -> Result<(), BoxError> {
                tx.execute("INSERT INTO pg_panic VALUES (1)", &[]).await?;
                panic!("bug after the insert")
            },
        ));
        scope.await
    })
    .await;
    let payload = joined.unwrap_err().into_panic();
    assert_eq!(payload.downcast_ref::<&str>(), Some(&"bug after the insert"));
    let client = client.lock().await;
    assert!(rows(&client, "pg_panic").await.is_empty());
    assert!(autocommits(&client, "pg_panic").await);
}

#[tokio::test]
#[ignore = "needs PostgreSQL: set SLOTMODEL_PG_URL and pass --include-ignored (.ci/run does)"]
async fn a_future_dropped_mid_body_rolls_back_on_the_connections_next_use() {
    let mut client = connect().await;
    table(&client, "pg_cancel").await;
    let timed_out = tokio::time::timeout(
        Duration::from_millis(200),
        managed_async("slow", client.transaction().await.unwrap(), async |tx| {
            tx.execute("INSERT INTO pg_cancel VALUES (1)", &[]).await?;
            tokio::time::sleep(Duration::from_secs(3600)).await;
            Ok::<_, tokio_postgres::Error>(())
        }),
    )
    .await;
    assert!(timed_out.is_err());
    // Never committed, so never seen.
    assert!(rows(&connect().await, "pg_cancel").await.is_empty());
    // The same connection: the queued ROLLBACK ran before this query, so the row is gone and
    // the connection is out of the transaction.
    assert!(rows(&client, "pg_cancel").await.is_empty());
    assert!(autocommits(&client, "pg_cancel").await);
}

#[tokio::test]
#[ignore = "needs PostgreSQL: set SLOTMODEL_PG_URL and pass --include-ignored (.ci/run does)"]
async fn a_future_dropped_while_a_statement_runs_rolls_back_after_it() {
    let mut client = connect().await;
    table(&client, "pg_cancel_stmt").await;
    let timed_out = tokio::time::timeout(
        Duration::from_millis(100),
        managed_async("slow", client.transaction().await.unwrap(), async |tx| {
            tx.execute("INSERT INTO pg_cancel_stmt VALUES (1)", &[]).await?;
            tx.execute("SELECT pg_sleep(0.5)", &[]).await?; // dropped while the server runs this
            Ok::<_, tokio_postgres::Error>(())
        }),
    )
    .await;
    assert!(timed_out.is_err());
    assert!(rows(&client, "pg_cancel_stmt").await.is_empty());
    assert!(autocommits(&client, "pg_cancel_stmt").await);
    assert!(rows(&connect().await, "pg_cancel_stmt").await.is_empty());
}

#[tokio::test]
#[ignore = "needs PostgreSQL: set SLOTMODEL_PG_URL and pass --include-ignored (.ci/run does)"]
async fn savepoints_nest_and_an_inner_failure_undoes_the_inner_work_only() {
    let mut client = connect().await;
    table(&client, "pg_nest").await;
    managed_async("outer", client.transaction().await.unwrap(), async |tx| {
        tx.execute("INSERT INTO pg_nest VALUES (1)", &[]).await?;
        let inner = managed_async("bad", tx.savepoint("bad").await?, async |sp| {
            sp.execute("INSERT INTO pg_nest VALUES (2)", &[]).await?;
            sp.execute("INSERT INTO pg_nest VALUES (2 / 0)", &[]).await
        })
        .await;
        assert!(matches!(inner, Err(ScopeError::RolledBack { .. })), "{inner:?}");
        managed_async("good", tx.transaction().await?, async |sp| {
            sp.execute("INSERT INTO pg_nest VALUES (3)", &[]).await?;
            // Deeper still, cancelled: dropped before it finishes, rolled back to its savepoint.
            let deeper = tokio::time::timeout(
                Duration::from_millis(50),
                managed_async("deeper", sp.savepoint("deeper").await?, async |d| {
                    d.execute("INSERT INTO pg_nest VALUES (4)", &[]).await?;
                    tokio::time::sleep(Duration::from_secs(3600)).await;
                    Ok::<_, tokio_postgres::Error>(())
                }),
            )
            .await;
            assert!(deeper.is_err());
            Ok::<_, tokio_postgres::Error>(())
        })
        .await
        .unwrap();
        Ok::<_, tokio_postgres::Error>(())
    })
    .await
    .unwrap();
    assert_eq!(rows(&connect().await, "pg_nest").await, [1, 3]);
}

/// Reads the balance, waits for the other transaction to have read it too (first attempt only),
/// and writes balance + 10: two of these conflict under `SERIALIZABLE`.
async fn add_ten(client: &mut Client, policy: &RetryPolicy, barrier: &Barrier) -> Result<u32, RetryError<BoxError>> {
    managed_retry_async(policy, "add ten", async |attempt| {
        let tx = client
            .build_transaction()
            .isolation_level(IsolationLevel::Serializable)
            .start()
            .await?;
        managed_async("add ten", tx, async |tx| {
            let balance: i64 = tx
                .query_one("SELECT balance FROM pg_account WHERE id = 1", &[])
                .await?
                .get(0);
            if attempt == 1 {
                barrier.wait().await;
            }
            tx.execute("UPDATE pg_account SET balance = $1 WHERE id = 1", &[&(balance + 10)])
                .await
        })
        .await?;
        Ok::<_, BoxError>(attempt)
    })
    .await
}

async fn account(client: &Client) {
    client
        .batch_execute(
            "DROP TABLE IF EXISTS pg_account;
             CREATE TABLE pg_account (id integer PRIMARY KEY, balance bigint NOT NULL);
             INSERT INTO pg_account VALUES (1, 100);",
        )
        .await
        .unwrap();
}

async fn balance(client: &Client) -> i64 {
    client
        .query_one("SELECT balance FROM pg_account WHERE id = 1", &[])
        .await
        .unwrap()
        .get(0)
}

#[tokio::test]
#[ignore = "needs PostgreSQL: set SLOTMODEL_PG_URL and pass --include-ignored (.ci/run does)"]
async fn two_serializable_transactions_conflict_and_retry_commits_both() {
    let (mut a, mut b) = (connect().await, connect().await);
    account(&a).await;

    // Without retry (one attempt): both read 100, one commits 110, the other fails with 40001.
    let once = RetryPolicy::new(1);
    let barrier = Barrier::new(2);
    let (ra, rb) = tokio::join!(add_ten(&mut a, &once, &barrier), add_ten(&mut b, &once, &barrier));
    let (ok, failed): (Vec<_>, Vec<_>) = [ra, rb].into_iter().partition(Result::is_ok);
    assert_eq!(ok.len(), 1, "exactly one commits");
    let err = failed.into_iter().next().unwrap().unwrap_err();
    assert!(err.is_exhausted(), "{err}");
    assert_eq!(
        sqlstate(err.error().as_ref()),
        Some(SqlState::T_R_SERIALIZATION_FAILURE),
        "{:?}",
        err.error()
    );
    assert_eq!(balance(&a).await, 110, "one increment lost to the failure");

    // With retry: the loser runs again, reads 110 and commits 120, as a serial order would.
    account(&a).await;
    let retry = RetryPolicy::new(5).backoff(Duration::from_millis(5), Duration::from_millis(50));
    let barrier = Barrier::new(2);
    let (ra, rb) = tokio::join!(add_ten(&mut a, &retry, &barrier), add_ten(&mut b, &retry, &barrier));
    let mut attempts = [ra.unwrap(), rb.unwrap()];
    attempts.sort_unstable();
    assert_eq!(attempts, [1, 2], "the loser committed on its second attempt");
    assert_eq!(balance(&a).await, 120);
}

/// Write skew, which only `SERIALIZABLE` catches: each transaction reads the whole table and
/// inserts the sum it saw. Run one after the other, the rows are 1, 1 (sum of {1}) and 2
/// (sum of {1, 1}); concurrently, without a serialization failure, both would insert 1.
async fn insert_sum(client: &mut Client, policy: &RetryPolicy, barrier: &Barrier) -> Result<u32, RetryError<BoxError>> {
    managed_retry_async(policy, "insert sum", async |attempt| {
        let tx = client
            .build_transaction()
            .isolation_level(IsolationLevel::Serializable)
            .start()
            .await?;
        managed_async("insert sum", tx, async |tx| {
            let sum: i64 = tx.query_one("SELECT sum(x)::bigint FROM pg_skew", &[]).await?.get(0);
            if attempt == 1 {
                barrier.wait().await;
            }
            tx.execute("INSERT INTO pg_skew VALUES ($1::bigint)", &[&sum]).await
        })
        .await?;
        Ok::<_, BoxError>(attempt)
    })
    .await
}

#[tokio::test]
#[ignore = "needs PostgreSQL: set SLOTMODEL_PG_URL and pass --include-ignored (.ci/run does)"]
async fn write_skew_fails_without_retry_and_ends_in_a_serial_order_with_it() {
    let (mut a, mut b) = (connect().await, connect().await);
    let reset = async |client: &Client| {
        table(client, "pg_skew").await;
        client.execute("INSERT INTO pg_skew VALUES (1)", &[]).await.unwrap();
    };

    reset(&a).await;
    let once = RetryPolicy::new(1);
    let barrier = Barrier::new(2);
    let (ra, rb) = tokio::join!(insert_sum(&mut a, &once, &barrier), insert_sum(&mut b, &once, &barrier));
    let errors: Vec<_> = [ra, rb].into_iter().filter_map(Result::err).collect();
    assert_eq!(errors.len(), 1, "exactly one fails: {errors:?}");
    assert_eq!(
        sqlstate(errors[0].error().as_ref()),
        Some(SqlState::T_R_SERIALIZATION_FAILURE)
    );
    assert_eq!(rows(&a, "pg_skew").await, [1, 1]);

    reset(&a).await;
    let retry = RetryPolicy::new(5).backoff(Duration::from_millis(5), Duration::from_millis(50));
    let barrier = Barrier::new(2);
    let (ra, rb) = tokio::join!(
        insert_sum(&mut a, &retry, &barrier),
        insert_sum(&mut b, &retry, &barrier)
    );
    let mut attempts = [ra.unwrap(), rb.unwrap()];
    attempts.sort_unstable();
    assert_eq!(attempts, [1, 2]);
    assert_eq!(rows(&a, "pg_skew").await, [1, 1, 2], "the rows of a serial order");
}

#[tokio::test]
#[ignore = "needs PostgreSQL: set SLOTMODEL_PG_URL and pass --include-ignored (.ci/run does)"]
async fn serialization_failures_and_deadlocks_are_retryable_and_other_errors_are_not() {
    let client = connect().await;
    for (code, retryable) in [("40001", true), ("40P01", true), ("23505", false)] {
        let err = client
            .batch_execute(&format!("DO $$ BEGIN RAISE EXCEPTION USING ERRCODE = '{code}'; END $$"))
            .await
            .unwrap_err();
        assert_eq!(err.code().map(SqlState::code), Some(code));
        assert_eq!(err.is_retryable(), retryable, "{code}");
        let boxed: BoxError = err.into();
        assert_eq!(boxed.is_retryable(), retryable, "{code}");
    }
}
