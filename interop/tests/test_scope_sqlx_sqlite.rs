//! `managed_async` and `managed_retry_async` over sqlx's `SQLite` transactions (feature
//! `sqlx-sqlite`), on database files: commit, rollback, nested transactions (savepoints), and two
//! writers that contend for the write lock for real. Every connection has a zero busy timeout, so
//! a writer that meets a lock fails at once with `SQLITE_BUSY` instead of waiting. Each test has
//! a file of its own, so that they run in parallel.

use std::time::Duration;

use slotmodel::scope::{managed_async, managed_retry_async, RetryError, RetryPolicy, Retryable, ScopeError};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode};
use sqlx::{Connection, Executor, SqliteConnection};
use tempfile::TempDir;
use tokio::sync::Barrier;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// `SQLITE_BUSY`, and its extended code for a write from a stale WAL snapshot.
const SQLITE_BUSY: i32 = 5;
const SQLITE_BUSY_SNAPSHOT: i32 = 517;
const SQLITE_CONSTRAINT_NOTNULL: i32 = 1299;

/// A database file in a directory of its own, removed with it.
struct Db {
    _dir: TempDir,
    options: SqliteConnectOptions,
}

impl Db {
    fn new() -> Db {
        let dir = tempfile::tempdir().unwrap();
        let options = SqliteConnectOptions::new()
            .filename(dir.path().join("db.sqlite"))
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .busy_timeout(Duration::ZERO);
        Db { _dir: dir, options }
    }

    async fn connect(&self) -> SqliteConnection {
        SqliteConnection::connect_with(&self.options).await.unwrap()
    }
}

async fn rows(conn: &mut SqliteConnection) -> Vec<i64> {
    sqlx::query_scalar("SELECT x FROM t ORDER BY x")
        .fetch_all(conn)
        .await
        .unwrap()
}

/// The `SQLite` result code (extended) of the first database error in `error`'s source chain.
fn sqlite_code(error: &(dyn std::error::Error + 'static)) -> Option<i32> {
    let mut next = Some(error);
    while let Some(error) = next {
        if let Some(sqlx::Error::Database(db)) = error.downcast_ref::<sqlx::Error>() {
            return db.code().and_then(|code| code.parse().ok());
        }
        next = error.source();
    }
    None
}

#[tokio::test]
async fn commits_when_the_body_returns_ok_and_rolls_back_when_a_statement_fails() {
    let db = Db::new();
    let mut conn = db.connect().await;
    conn.execute("CREATE TABLE t (x INTEGER NOT NULL)").await.unwrap();
    let mut other = db.connect().await;
    managed_async("fill", conn.begin().await.unwrap(), async |tx| {
        sqlx::query("INSERT INTO t VALUES (1), (2)").execute(&mut **tx).await?;
        // Not visible to another connection before the commit.
        assert!(rows(&mut other).await.is_empty());
        Ok::<_, sqlx::Error>(())
    })
    .await
    .unwrap();
    assert_eq!(rows(&mut other).await, [1, 2]);

    let err = managed_async("fill", conn.begin().await.unwrap(), async |tx| {
        sqlx::query("INSERT INTO t VALUES (3)").execute(&mut **tx).await?;
        sqlx::query("INSERT INTO t VALUES (NULL)").execute(&mut **tx).await
    })
    .await
    .unwrap_err();
    assert!(matches!(err, ScopeError::RolledBack { .. }), "{err:?}");
    assert_eq!(sqlite_code(&err), Some(SQLITE_CONSTRAINT_NOTNULL));
    assert!(!err.is_retryable());
    assert_eq!(
        rows(&mut conn).await,
        [1, 2],
        "the connection is usable and the 3 undone"
    );
    assert_eq!(rows(&mut other).await, [1, 2]);
}

#[tokio::test]
async fn nested_transactions_are_savepoints_and_an_inner_failure_undoes_the_inner_work_only() {
    let db = Db::new();
    let mut conn = db.connect().await;
    conn.execute("CREATE TABLE t (x INTEGER NOT NULL)").await.unwrap();
    managed_async("outer", conn.begin().await.unwrap(), async |tx| {
        sqlx::query("INSERT INTO t VALUES (1)").execute(&mut **tx).await?;
        let inner = managed_async("bad", tx.begin().await?, async |sp| {
            sqlx::query("INSERT INTO t VALUES (2)").execute(&mut **sp).await?;
            sqlx::query("INSERT INTO t VALUES (NULL)").execute(&mut **sp).await
        })
        .await;
        assert!(matches!(inner, Err(ScopeError::RolledBack { .. })), "{inner:?}");
        managed_async("good", tx.begin().await?, async |sp| {
            sqlx::query("INSERT INTO t VALUES (3)").execute(&mut **sp).await?;
            // Deeper still, cancelled: dropped before it finishes, rolled back to its savepoint.
            let deeper = tokio::time::timeout(
                Duration::from_millis(50),
                managed_async("deeper", sp.begin().await?, async |d| {
                    sqlx::query("INSERT INTO t VALUES (4)").execute(&mut **d).await?;
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
    assert_eq!(rows(&mut db.connect().await).await, [1, 3]);
}

async fn account(conn: &mut SqliteConnection) {
    conn.execute(
        "DROP TABLE IF EXISTS account;
         CREATE TABLE account (id INTEGER PRIMARY KEY, balance INTEGER NOT NULL);
         INSERT INTO account VALUES (1, 100);",
    )
    .await
    .unwrap();
}

async fn balance(conn: &mut SqliteConnection) -> i64 {
    sqlx::query_scalar("SELECT balance FROM account WHERE id = 1")
        .fetch_one(conn)
        .await
        .unwrap()
}

/// Reads the balance and writes balance + 10 in a transaction begun with `begin`: with
/// `BEGIN IMMEDIATE` the write lock is taken first; with `BEGIN` (deferred) the attempt reads,
/// waits on `barrier` for the other writer to have read too (first attempt only), then writes.
async fn add_ten(
    conn: &mut SqliteConnection,
    begin: &'static str,
    policy: &RetryPolicy,
    barrier: Option<&Barrier>,
) -> Result<u32, RetryError<BoxError>> {
    managed_retry_async(policy, "add ten", async |attempt| {
        let tx = conn.begin_with(begin).await?;
        managed_async("add ten", tx, async |tx| {
            let balance: i64 = sqlx::query_scalar("SELECT balance FROM account WHERE id = 1")
                .fetch_one(&mut **tx)
                .await?;
            if let (Some(barrier), 1) = (barrier, attempt) {
                barrier.wait().await;
            }
            sqlx::query("UPDATE account SET balance = ? WHERE id = 1")
                .bind(balance + 10)
                .execute(&mut **tx)
                .await
        })
        .await?;
        Ok::<_, BoxError>(attempt)
    })
    .await
}

/// The first writer holds `BEGIN IMMEDIATE` for a while, adds ten and commits.
async fn hold_then_add_ten(first: sqlx::Transaction<'_, sqlx::Sqlite>) {
    managed_async("hold", first, async |tx| {
        tokio::time::sleep(Duration::from_millis(100)).await;
        sqlx::query("UPDATE account SET balance = balance + 10 WHERE id = 1")
            .execute(&mut **tx)
            .await
    })
    .await
    .unwrap();
}

#[tokio::test]
async fn a_second_begin_immediate_is_busy_and_retry_commits_it_after_the_first() {
    let db = Db::new();
    let (mut a, mut b) = (db.connect().await, db.connect().await);
    account(&mut a).await;

    // Without retry (one attempt): the second writer fails at once with SQLITE_BUSY.
    let first = a.begin_with("BEGIN IMMEDIATE").await.unwrap();
    let once = RetryPolicy::new(1);
    let ((), lost) = tokio::join!(
        hold_then_add_ten(first),
        add_ten(&mut b, "BEGIN IMMEDIATE", &once, None)
    );
    let err = lost.unwrap_err();
    assert!(err.is_exhausted(), "{err}");
    assert_eq!(
        sqlite_code(err.error().as_ref()),
        Some(SQLITE_BUSY),
        "{:?}",
        err.error()
    );
    assert_eq!(balance(&mut b).await, 110, "one increment lost to the failure");

    // With retry: the second writer runs again until the first has committed, then adds its ten
    // to 110, as a serial order would.
    account(&mut a).await;
    let first = a.begin_with("BEGIN IMMEDIATE").await.unwrap();
    let retry = RetryPolicy::new(50).backoff(Duration::from_millis(5), Duration::from_millis(20));
    let ((), done) = tokio::join!(
        hold_then_add_ten(first),
        add_ten(&mut b, "BEGIN IMMEDIATE", &retry, None)
    );
    assert!(done.unwrap() > 1, "the first attempt met the lock");
    assert_eq!(balance(&mut b).await, 120);
}

#[tokio::test]
async fn two_deferred_writers_from_one_snapshot_conflict_and_retry_ends_in_a_serial_order() {
    let db = Db::new();
    let (mut a, mut b) = (db.connect().await, db.connect().await);
    account(&mut a).await;

    // Without retry: both read 100; the writer that comes second meets the first's write lock
    // (SQLITE_BUSY) or, once the first has committed, a stale snapshot (SQLITE_BUSY_SNAPSHOT).
    let once = RetryPolicy::new(1);
    let barrier = Barrier::new(2);
    let (ra, rb) = tokio::join!(
        add_ten(&mut a, "BEGIN", &once, Some(&barrier)),
        add_ten(&mut b, "BEGIN", &once, Some(&barrier))
    );
    let errors: Vec<_> = [ra, rb].into_iter().filter_map(Result::err).collect();
    assert_eq!(errors.len(), 1, "exactly one fails: {errors:?}");
    let code = sqlite_code(errors[0].error().as_ref());
    assert!(
        matches!(code, Some(SQLITE_BUSY | SQLITE_BUSY_SNAPSHOT)),
        "{:?}",
        errors[0].error()
    );
    assert!(errors[0].error().is_retryable());
    assert_eq!(balance(&mut a).await, 110, "one increment lost to the failure");

    // With retry: the loser reads again and adds its ten to the winner's, as a serial order would.
    account(&mut a).await;
    let retry = RetryPolicy::new(50).backoff(Duration::from_millis(5), Duration::from_millis(20));
    let barrier = Barrier::new(2);
    let (ra, rb) = tokio::join!(
        add_ten(&mut a, "BEGIN", &retry, Some(&barrier)),
        add_ten(&mut b, "BEGIN", &retry, Some(&barrier))
    );
    let mut attempts = [ra.unwrap(), rb.unwrap()];
    attempts.sort_unstable();
    assert_eq!(attempts[0], 1, "the winner committed at once");
    assert!(attempts[1] > 1, "the loser ran again");
    assert_eq!(balance(&mut a).await, 120);
}

#[tokio::test]
async fn busy_errors_are_retryable_and_other_errors_are_not() {
    let db = Db::new();
    let (mut a, mut b) = (db.connect().await, db.connect().await);
    a.execute("CREATE TABLE t (x INTEGER NOT NULL)").await.unwrap();

    let held = a.begin_with("BEGIN IMMEDIATE").await.unwrap();
    let busy = b.begin_with("BEGIN IMMEDIATE").await.unwrap_err();
    assert_eq!(sqlite_code(&busy), Some(SQLITE_BUSY));
    assert!(busy.is_retryable());
    let boxed: BoxError = busy.into();
    assert!(boxed.is_retryable(), "through a box too");
    held.rollback().await.unwrap();

    let constraint = b.execute("INSERT INTO t VALUES (NULL)").await.unwrap_err();
    assert_eq!(sqlite_code(&constraint), Some(SQLITE_CONSTRAINT_NOTNULL));
    assert!(!constraint.is_retryable());
    let syntax = b.execute("SELEC 1").await.unwrap_err();
    assert!(!syntax.is_retryable());
    // Errors that are not the database's are not retried.
    assert!(!sqlx::Error::RowNotFound.is_retryable());
    assert!(!sqlx::Error::PoolTimedOut.is_retryable());
}
