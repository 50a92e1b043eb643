//! `managed_async` and `managed_retry_async` over sqlx's `PostgreSQL` transactions (feature
//! `sqlx-postgres`), against a real server: commit, rollback, nested transactions, and two
//! `SERIALIZABLE` transactions that conflict for real. Each test has tables of its own, so that
//! they run in parallel.
//!
//! They need the server of `SLOTMODEL_PG_URL`: run them with
//! `cargo test -p slotmodel-interop --test test_scope_sqlx -- --include-ignored` (`.ci/run` starts one and does).

use std::time::Duration;

use slotmodel::scope::{managed_async, managed_retry_async, RetryError, RetryPolicy, Retryable, ScopeError};
use sqlx::postgres::PgConnectOptions;
use sqlx::{Connection, Executor, PgConnection};
use tokio::sync::Barrier;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// A new connection to the server of `SLOTMODEL_PG_URL`, a URL or a libpq key-value string.
async fn connect() -> PgConnection {
    let url = std::env::var("SLOTMODEL_PG_URL").unwrap_or_else(|_| {
        panic!("SLOTMODEL_PG_URL is not set: these tests need a PostgreSQL server (`.ci/run` starts one); a plain `cargo test` skips them")
    });
    let options = if url.starts_with("postgres") {
        url.parse().unwrap()
    } else {
        url.split_whitespace().fold(PgConnectOptions::new(), |options, pair| {
            match pair.split_once('=').unwrap() {
                ("host", host) => options.host(host),
                ("port", port) => options.port(port.parse().unwrap()),
                ("user", user) => options.username(user),
                ("dbname", db) => options.database(db),
                ("password", password) => options.password(password),
                (key, _) => panic!("{key} in SLOTMODEL_PG_URL is not read by these tests"),
            }
        })
    };
    PgConnection::connect_with(&options)
        .await
        .unwrap_or_else(|err| panic!("the PostgreSQL server at SLOTMODEL_PG_URL={url:?} cannot be reached: {err}"))
}

async fn table(conn: &mut PgConnection, name: &str) {
    conn.execute(&*format!(
        "DROP TABLE IF EXISTS {name}; CREATE TABLE {name} (x integer NOT NULL)"
    ))
    .await
    .unwrap();
}

async fn rows(conn: &mut PgConnection, name: &str) -> Vec<i32> {
    sqlx::query_scalar(&format!("SELECT x FROM {name} ORDER BY x"))
        .fetch_all(conn)
        .await
        .unwrap()
}

/// The SQLSTATE of the first database error in `error`'s source chain.
fn sqlstate(error: &(dyn std::error::Error + 'static)) -> Option<String> {
    let mut next = Some(error);
    while let Some(error) = next {
        if let Some(sqlx::Error::Database(db)) = error.downcast_ref::<sqlx::Error>() {
            return db.code().map(std::borrow::Cow::into_owned);
        }
        next = error.source();
    }
    None
}

#[tokio::test]
#[ignore = "needs PostgreSQL: set SLOTMODEL_PG_URL and pass --include-ignored (.ci/run does)"]
async fn commits_when_the_body_returns_ok_and_rolls_back_when_a_statement_fails() {
    let mut conn = connect().await;
    table(&mut conn, "sqlx_commit").await;
    managed_async("fill", conn.begin().await.unwrap(), async |tx| {
        sqlx::query("INSERT INTO sqlx_commit VALUES (1), (2)")
            .execute(&mut **tx)
            .await?;
        // Not visible to another connection before the commit.
        assert!(rows(&mut connect().await, "sqlx_commit").await.is_empty());
        Ok::<_, sqlx::Error>(())
    })
    .await
    .unwrap();
    assert_eq!(rows(&mut connect().await, "sqlx_commit").await, [1, 2]);

    let err = managed_async("fill", conn.begin().await.unwrap(), async |tx| {
        sqlx::query("INSERT INTO sqlx_commit VALUES (3)")
            .execute(&mut **tx)
            .await?;
        sqlx::query("INSERT INTO sqlx_commit VALUES (1 / 0)")
            .execute(&mut **tx)
            .await
    })
    .await
    .unwrap_err();
    assert!(matches!(err, ScopeError::RolledBack { .. }), "{err:?}");
    assert_eq!(sqlstate(&err).as_deref(), Some("22012"), "division by zero");
    assert!(!err.is_retryable());
    assert_eq!(
        rows(&mut conn, "sqlx_commit").await,
        [1, 2],
        "the connection is usable and the 3 undone"
    );
}

#[tokio::test]
#[ignore = "needs PostgreSQL: set SLOTMODEL_PG_URL and pass --include-ignored (.ci/run does)"]
async fn nested_transactions_and_an_inner_failure_undoes_the_inner_work_only() {
    let mut conn = connect().await;
    table(&mut conn, "sqlx_nest").await;
    managed_async("outer", conn.begin().await.unwrap(), async |tx| {
        sqlx::query("INSERT INTO sqlx_nest VALUES (1)")
            .execute(&mut **tx)
            .await?;
        let inner = managed_async("bad", tx.begin().await?, async |sp| {
            sqlx::query("INSERT INTO sqlx_nest VALUES (2)")
                .execute(&mut **sp)
                .await?;
            sqlx::query("INSERT INTO sqlx_nest VALUES (2 / 0)")
                .execute(&mut **sp)
                .await
        })
        .await;
        assert!(matches!(inner, Err(ScopeError::RolledBack { .. })), "{inner:?}");
        managed_async("good", tx.begin().await?, async |sp| {
            sqlx::query("INSERT INTO sqlx_nest VALUES (3)")
                .execute(&mut **sp)
                .await?;
            // Deeper still, cancelled: dropped before it finishes, rolled back to its savepoint.
            let deeper = tokio::time::timeout(
                Duration::from_millis(50),
                managed_async("deeper", sp.begin().await?, async |d| {
                    sqlx::query("INSERT INTO sqlx_nest VALUES (4)")
                        .execute(&mut **d)
                        .await?;
                    tokio::time::sleep(Duration::from_secs(3600)).await;
                    Ok::<_, sqlx::Error>(())
                }),
            )
            .await;
            assert!(deeper.is_err());
            Ok::<_, sqlx::Error>(())
        })
        .await
        .unwrap();
        Ok::<_, sqlx::Error>(())
    })
    .await
    .unwrap();
    assert_eq!(rows(&mut connect().await, "sqlx_nest").await, [1, 3]);
}

/// Reads the balance, waits for the other transaction to have read it too (first attempt only),
/// and writes balance + 10: two of these conflict under `SERIALIZABLE`.
async fn add_ten(
    conn: &mut PgConnection,
    policy: &RetryPolicy,
    barrier: &Barrier,
) -> Result<u32, RetryError<BoxError>> {
    managed_retry_async(policy, "add ten", async |attempt| {
        let mut tx = conn.begin().await?;
        tx.execute("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE").await?;
        managed_async("add ten", tx, async |tx| {
            let balance: i64 = sqlx::query_scalar("SELECT balance FROM sqlx_account WHERE id = 1")
                .fetch_one(&mut **tx)
                .await?;
            if attempt == 1 {
                barrier.wait().await;
            }
            sqlx::query("UPDATE sqlx_account SET balance = $1 WHERE id = 1")
                .bind(balance + 10)
                .execute(&mut **tx)
                .await
        })
        .await?;
        Ok::<_, BoxError>(attempt)
    })
    .await
}

async fn account(conn: &mut PgConnection) {
    conn.execute(
        "DROP TABLE IF EXISTS sqlx_account;
         CREATE TABLE sqlx_account (id integer PRIMARY KEY, balance bigint NOT NULL);
         INSERT INTO sqlx_account VALUES (1, 100);",
    )
    .await
    .unwrap();
}

async fn balance(conn: &mut PgConnection) -> i64 {
    sqlx::query_scalar("SELECT balance FROM sqlx_account WHERE id = 1")
        .fetch_one(conn)
        .await
        .unwrap()
}

#[tokio::test]
#[ignore = "needs PostgreSQL: set SLOTMODEL_PG_URL and pass --include-ignored (.ci/run does)"]
async fn two_serializable_transactions_conflict_and_retry_commits_both() {
    let (mut a, mut b) = (connect().await, connect().await);
    account(&mut a).await;

    // Without retry (one attempt): both read 100, one commits 110, the other fails with 40001.
    let once = RetryPolicy::new(1);
    let barrier = Barrier::new(2);
    let (ra, rb) = tokio::join!(add_ten(&mut a, &once, &barrier), add_ten(&mut b, &once, &barrier));
    let (ok, failed): (Vec<_>, Vec<_>) = [ra, rb].into_iter().partition(Result::is_ok);
    assert_eq!(ok.len(), 1, "exactly one commits");
    let err = failed.into_iter().next().unwrap().unwrap_err();
    assert!(err.is_exhausted(), "{err}");
    assert_eq!(
        sqlstate(err.error().as_ref()).as_deref(),
        Some("40001"),
        "{:?}",
        err.error()
    );
    assert_eq!(balance(&mut a).await, 110, "one increment lost to the failure");

    // With retry: the loser runs again, reads 110 and commits 120, as a serial order would.
    account(&mut a).await;
    let retry = RetryPolicy::new(5).backoff(Duration::from_millis(5), Duration::from_millis(50));
    let barrier = Barrier::new(2);
    let (ra, rb) = tokio::join!(add_ten(&mut a, &retry, &barrier), add_ten(&mut b, &retry, &barrier));
    let mut attempts = [ra.unwrap(), rb.unwrap()];
    attempts.sort_unstable();
    assert_eq!(attempts, [1, 2], "the loser committed on its second attempt");
    assert_eq!(balance(&mut a).await, 120);
}

/// Write skew, which only `SERIALIZABLE` catches: each transaction reads the whole table and
/// inserts the sum it saw. Run one after the other, the rows are 1, 1 and 2; concurrently,
/// without a serialization failure, both would insert 1.
async fn insert_sum(
    conn: &mut PgConnection,
    policy: &RetryPolicy,
    barrier: &Barrier,
) -> Result<u32, RetryError<BoxError>> {
    managed_retry_async(policy, "insert sum", async |attempt| {
        let mut tx = conn.begin().await?;
        tx.execute("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE").await?;
        managed_async("insert sum", tx, async |tx| {
            let sum: i64 = sqlx::query_scalar("SELECT sum(x)::bigint FROM sqlx_skew")
                .fetch_one(&mut **tx)
                .await?;
            if attempt == 1 {
                barrier.wait().await;
            }
            sqlx::query("INSERT INTO sqlx_skew VALUES ($1::bigint)")
                .bind(sum)
                .execute(&mut **tx)
                .await
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
    let reset = async |conn: &mut PgConnection| {
        table(conn, "sqlx_skew").await;
        conn.execute("INSERT INTO sqlx_skew VALUES (1)").await.unwrap();
    };

    reset(&mut a).await;
    let once = RetryPolicy::new(1);
    let barrier = Barrier::new(2);
    let (ra, rb) = tokio::join!(insert_sum(&mut a, &once, &barrier), insert_sum(&mut b, &once, &barrier));
    let errors: Vec<_> = [ra, rb].into_iter().filter_map(Result::err).collect();
    assert_eq!(errors.len(), 1, "exactly one fails: {errors:?}");
    assert_eq!(sqlstate(errors[0].error().as_ref()).as_deref(), Some("40001"));
    assert_eq!(rows(&mut a, "sqlx_skew").await, [1, 1]);

    reset(&mut a).await;
    let retry = RetryPolicy::new(5).backoff(Duration::from_millis(5), Duration::from_millis(50));
    let barrier = Barrier::new(2);
    let (ra, rb) = tokio::join!(
        insert_sum(&mut a, &retry, &barrier),
        insert_sum(&mut b, &retry, &barrier)
    );
    let mut attempts = [ra.unwrap(), rb.unwrap()];
    attempts.sort_unstable();
    assert_eq!(attempts, [1, 2]);
    assert_eq!(rows(&mut a, "sqlx_skew").await, [1, 1, 2], "the rows of a serial order");
}

#[tokio::test]
#[ignore = "needs PostgreSQL: set SLOTMODEL_PG_URL and pass --include-ignored (.ci/run does)"]
async fn serialization_failures_and_deadlocks_are_retryable_and_other_errors_are_not() {
    let mut conn = connect().await;
    for (code, retryable) in [("40001", true), ("40P01", true), ("23505", false)] {
        let err = conn
            .execute(&*format!(
                "DO $$ BEGIN RAISE EXCEPTION USING ERRCODE = '{code}'; END $$"
            ))
            .await
            .unwrap_err();
        assert_eq!(sqlstate(&err).as_deref(), Some(code));
        assert_eq!(err.is_retryable(), retryable, "{code}");
        let boxed: BoxError = err.into();
        assert_eq!(boxed.is_retryable(), retryable, "{code}");
    }
    // Errors that are not the database's are not retried.
    assert!(!sqlx::Error::RowNotFound.is_retryable());
}
