//! `managed_retry` with two writers on one real `SQLite` file: the second writer meets
//! `SQLITE_BUSY` for real (busy timeout 0), fails without retry, and with retry commits after the
//! first, leaving the state of a serial order.

use std::error::Error;
use std::path::Path;
use std::sync::{mpsc, Arc, Barrier};
use std::thread;
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, TransactionBehavior};
use slotmodel::scope::{managed, managed_retry, RetryError, RetryPolicy, Retryable};

type BoxError = Box<dyn Error + Send + Sync>;

fn open(path: &Path) -> Connection {
    let conn = Connection::open(path).unwrap();
    // Fail at once when another connection holds the lock, instead of waiting for it.
    conn.busy_timeout(Duration::ZERO).unwrap();
    conn
}

fn bank(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("bank.db");
    open(&path)
        .execute_batch("CREATE TABLE account (id INTEGER PRIMARY KEY, balance INTEGER NOT NULL); INSERT INTO account VALUES (1, 100);")
        .unwrap();
    path
}

fn balance(path: &Path) -> i64 {
    open(path)
        .query_row("SELECT balance FROM account WHERE id = 1", [], |row| row.get(0))
        .unwrap()
}

/// Adds 10 in a write transaction, retried as `policy` says; returns the attempts it took.
fn add_ten(conn: &mut Connection, policy: &RetryPolicy) -> Result<u32, RetryError<BoxError>> {
    managed_retry(policy, "add ten", |attempt| {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        managed("add ten", tx, |tx| {
            let balance: i64 = tx.query_row("SELECT balance FROM account WHERE id = 1", [], |row| row.get(0))?;
            tx.execute("UPDATE account SET balance = ?1 WHERE id = 1", [balance + 10])
        })?;
        Ok::<_, BoxError>(attempt)
    })
}

/// The first writer: takes the write lock, tells `locked`, holds it for `hold`, adds 10, commits.
fn first_writer(path: &Path, locked: mpsc::Sender<()>, hold: Duration) -> thread::JoinHandle<()> {
    let mut conn = open(path);
    thread::spawn(move || {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate).unwrap();
        let balance: i64 = tx
            .query_row("SELECT balance FROM account WHERE id = 1", [], |row| row.get(0))
            .unwrap();
        locked.send(()).unwrap();
        thread::sleep(hold);
        tx.execute("UPDATE account SET balance = ?1 WHERE id = 1", [balance + 10])
            .unwrap();
        tx.commit().unwrap();
    })
}

#[test]
fn a_second_writer_fails_with_sqlite_busy_without_retry() {
    let dir = tempfile::tempdir().unwrap();
    let path = bank(dir.path());
    let (locked, is_locked) = mpsc::channel();
    let first = first_writer(&path, locked, Duration::from_millis(100));
    is_locked.recv().unwrap();
    let err = add_ten(&mut open(&path), &RetryPolicy::new(1)).unwrap_err();
    first.join().unwrap();
    assert!(err.is_exhausted());
    assert_eq!(err.attempts(), 1);
    assert!(err.error().is_retryable());
    let sqlite = err.error().downcast_ref::<rusqlite::Error>().unwrap();
    assert_eq!(sqlite.sqlite_error_code(), Some(ErrorCode::DatabaseBusy));
    assert_eq!(balance(&path), 110, "the second increment is lost");
}

#[test]
fn a_second_writer_commits_after_the_first_with_retry() {
    let dir = tempfile::tempdir().unwrap();
    let path = bank(dir.path());
    let (locked, is_locked) = mpsc::channel();
    let first = first_writer(&path, locked, Duration::from_millis(100));
    is_locked.recv().unwrap();
    let policy = RetryPolicy::new(50).backoff(Duration::from_millis(5), Duration::from_millis(20));
    let attempts = add_ten(&mut open(&path), &policy).unwrap();
    first.join().unwrap();
    assert!(attempts > 1, "the lock was held when the first attempt ran");
    assert_eq!(balance(&path), 120, "both increments, as in a serial order");
}

#[test]
fn racing_deferred_writers_all_commit_with_retry() {
    // Deferred transactions read under a shared lock and take the write lock at their UPDATE:
    // two of them at once deadlock, and SQLite fails one with SQLITE_BUSY at that statement.
    // The first attempts of the two writers wait for each other after their read, so that they
    // meet at least once; the other increments race as they come.
    let dir = tempfile::tempdir().unwrap();
    let path = bank(dir.path());
    let policy = RetryPolicy::new(200).backoff(Duration::from_millis(1), Duration::from_millis(10));
    let both_read = Arc::new(Barrier::new(2));
    let workers: Vec<_> = (0..2)
        .map(|_| {
            let mut conn = open(&path);
            let policy = policy.clone();
            let both_read = Arc::clone(&both_read);
            thread::spawn(move || {
                let mut attempts = 0;
                let mut waited = false;
                for _ in 0..25 {
                    attempts += managed_retry(&policy, "increment", |attempt| {
                        managed("increment", conn.transaction()?, |tx| {
                            let balance: i64 =
                                tx.query_row("SELECT balance FROM account WHERE id = 1", [], |row| row.get(0))?;
                            if !waited {
                                waited = true;
                                both_read.wait();
                            }
                            thread::yield_now();
                            tx.execute("UPDATE account SET balance = ?1 WHERE id = 1", [balance + 1])
                        })?;
                        Ok::<_, BoxError>(attempt)
                    })
                    .unwrap();
                }
                attempts
            })
        })
        .collect();
    let attempts: u32 = workers.into_iter().map(|worker| worker.join().unwrap()).sum();
    eprintln!("{attempts} attempts for 50 increments");
    assert!(
        attempts > 50,
        "{attempts} attempts for 50 increments: no writer met SQLITE_BUSY and retried"
    );
    assert_eq!(balance(&path), 150, "50 increments, none lost");
}

#[derive(Debug, PartialEq)]
struct Conflict;

impl Retryable for Conflict {
    fn is_retryable(&self) -> bool {
        true
    }
}

impl std::fmt::Display for Conflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("conflict")
    }
}

#[test]
fn the_longest_backoff_neither_panics_nor_waits_when_no_wait_is_due() {
    let policy = RetryPolicy::new(3).backoff(Duration::MAX, Duration::MAX);
    assert_eq!(managed_retry(&policy, "quick", Ok::<_, Conflict>), Ok(1));
    let once = RetryPolicy::new(1).backoff(Duration::MAX, Duration::MAX);
    let err = managed_retry(&once, "once", |_| Err::<(), _>(Conflict)).unwrap_err();
    assert_eq!(
        err,
        RetryError::Exhausted {
            operation: "once".into(),
            attempts: 1,
            error: Conflict
        }
    );
}

#[test]
fn backoff_growth_saturates_at_the_cap() {
    let longest = RetryPolicy::new(3).backoff(Duration::MAX, Duration::MAX).jitter(false);
    assert_eq!(longest.delay_after(1), Duration::MAX);
    assert_eq!(longest.delay_after(u32::MAX), Duration::MAX);
    let growing = RetryPolicy::new(u32::MAX).backoff(Duration::from_millis(1), Duration::MAX);
    assert_eq!(growing.delay_after(11), Duration::from_millis(1024));
    assert_eq!(growing.delay_after(100), Duration::MAX);
    assert_eq!(growing.delay_after(u32::MAX), Duration::MAX);
    let fast = RetryPolicy::new(3).factor(f64::INFINITY);
    assert_eq!(fast.delay_after(1), Duration::from_millis(5));
    assert_eq!(fast.delay_after(2), Duration::from_millis(500));
    // No wait grows from zero, however far the exponent overflows.
    let none = RetryPolicy::new(u32::MAX).backoff(Duration::ZERO, Duration::from_secs(1));
    assert_eq!(none.delay_after(1), Duration::ZERO);
    assert_eq!(none.delay_after(2000), Duration::ZERO);
    assert_eq!(none.factor(f64::INFINITY).delay_after(2), Duration::ZERO);
}

#[test]
fn the_attempt_count_agrees_with_its_noun() {
    let message = |policy: RetryPolicy| {
        managed_retry(
            &policy.jitter(false).backoff(Duration::ZERO, Duration::ZERO),
            "write",
            |_| Err::<(), _>(Conflict),
        )
        .unwrap_err()
        .to_string()
    };
    let once = "write failed 1 time with a retryable error; gave up: conflict";
    assert_eq!(message(RetryPolicy::new(0)), once);
    assert_eq!(message(RetryPolicy::new(1)), once);
    assert_eq!(
        message(RetryPolicy::new(2)),
        "write failed 2 times with a retryable error; gave up: conflict"
    );
    assert_eq!(
        message(RetryPolicy::new(3)),
        "write failed 3 times with a retryable error; gave up: conflict"
    );
}
