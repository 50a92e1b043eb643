//! `managed_async`, `AsyncExitStack` and `managed_retry_async` against an in-memory resource
//! that behaves as a database connection does: writes go to an open transaction, a commit
//! publishes them, a rollback (or a savepoint's) undoes them, and a cancelled transaction is
//! rolled back by the connection on its next use.

use std::panic::AssertUnwindSafe;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use slotmodel::scope::{
    managed_async, managed_retry_async, AsyncExitStack, AsyncTransactional, CleanupError, PanicRollbackFailed,
    RetryError, RetryPolicy, Retryable, ScopeError,
};

#[derive(Default)]
struct State {
    committed: Vec<i32>,
    /// Writes of the open transaction.
    open: Vec<i32>,
    /// Set by `cancel`: the next use rolls back first, as a driver's connection does.
    needs_rollback: bool,
    log: Vec<String>,
}

/// A connection to the in-memory "database".
#[derive(Clone, Default)]
struct Conn(Arc<Mutex<State>>);

impl Conn {
    /// The state, after any rollback left pending by a cancelled transaction.
    fn use_(&self) -> MutexGuard<'_, State> {
        let mut state = self.0.lock().unwrap();
        if state.needs_rollback {
            state.needs_rollback = false;
            state.open.clear();
            state.log.push("deferred rollback".into());
        }
        state
    }

    fn begin(&self) -> Tx {
        self.use_().log.push("begin".into());
        Tx {
            conn: self.clone(),
            savepoint: None,
            fail_commit: false,
            fail_rollback: false,
        }
    }

    fn log(&self) -> Vec<String> {
        self.0.lock().unwrap().log.clone()
    }

    fn committed(&self) -> Vec<i32> {
        self.use_().committed.clone()
    }
}

struct Tx {
    conn: Conn,
    /// `Some(mark)` for a savepoint: the length of `open` when it was made.
    savepoint: Option<usize>,
    fail_commit: bool,
    fail_rollback: bool,
}

impl Tx {
    fn write(&mut self, x: i32) {
        self.conn.use_().open.push(x);
    }

    fn savepoint(&mut self) -> Tx {
        let mark = self.conn.use_().open.len();
        Tx {
            conn: self.conn.clone(),
            savepoint: Some(mark),
            fail_commit: false,
            fail_rollback: false,
        }
    }
}

impl AsyncTransactional for Tx {
    type Error = String;

    async fn commit(self) -> Result<(), String> {
        tokio::task::yield_now().await;
        let mut state = self.conn.use_();
        if self.fail_commit {
            // As a database does when a commit loses a conflict: the transaction is over.
            state.open.clear();
            state.log.push("commit failed".into());
            return Err("serialization failure".into());
        }
        if self.savepoint.is_none() {
            let open = std::mem::take(&mut state.open);
            state.committed.extend(open);
        }
        state
            .log
            .push(if self.savepoint.is_some() { "release" } else { "commit" }.into());
        Ok(())
    }

    async fn rollback(self) -> Result<(), String> {
        tokio::task::yield_now().await;
        let mut state = self.conn.use_();
        if self.fail_rollback {
            state.log.push("rollback failed".into());
            return Err("connection lost".into());
        }
        let mark = self.savepoint.unwrap_or(0);
        state.open.truncate(mark);
        state.log.push(
            if self.savepoint.is_some() {
                "rollback to savepoint"
            } else {
                "rollback"
            }
            .into(),
        );
        Ok(())
    }

    fn cancel(self) {
        let mut state = self.conn.0.lock().unwrap();
        state.needs_rollback = true;
        state.log.push("cancel".into());
    }
}

#[tokio::test]
async fn commits_when_the_body_returns_ok() {
    let conn = Conn::default();
    let n = managed_async("fill", conn.begin(), async |tx| {
        tx.write(1);
        tokio::task::yield_now().await;
        tx.write(2);
        Ok::<_, String>(2)
    })
    .await
    .unwrap();
    assert_eq!(n, 2);
    assert_eq!(conn.committed(), [1, 2]);
    assert_eq!(conn.log(), ["begin", "commit"]);
}

#[tokio::test]
async fn rolls_back_when_the_body_returns_err() {
    let conn = Conn::default();
    let err = managed_async("fill", conn.begin(), async |tx| {
        tx.write(1);
        tokio::task::yield_now().await;
        Err::<(), _>("constraint".to_owned())
    })
    .await
    .unwrap_err();
    assert!(matches!(err, ScopeError::RolledBack { ref cause, .. } if cause == "constraint"));
    assert_eq!(err.to_string(), "fill failed and was rolled back");
    assert!(conn.committed().is_empty());
    assert_eq!(conn.log(), ["begin", "rollback"]);
}

#[tokio::test]
async fn keeps_both_errors_when_the_rollback_fails_too() {
    let conn = Conn::default();
    let mut tx = conn.begin();
    tx.fail_rollback = true;
    let err = managed_async("fill", tx, async |_| Err::<(), _>("constraint".to_owned()))
        .await
        .unwrap_err();
    assert_eq!(err.cause().map(String::as_str), Some("constraint"));
    assert_eq!(
        err.rollback_error(),
        Some(&CleanupError::Failed("connection lost".to_owned()))
    );
    assert_eq!(
        err.to_string(),
        "fill failed, and rolling back failed too: connection lost"
    );
}

#[tokio::test]
async fn reports_a_failed_commit() {
    let conn = Conn::default();
    let mut tx = conn.begin();
    tx.fail_commit = true;
    let err = managed_async("fill", tx, async |tx| {
        tx.write(1);
        Ok::<_, String>(())
    })
    .await
    .unwrap_err();
    assert_eq!(err.commit_error().map(String::as_str), Some("serialization failure"));
    assert_eq!(err.to_string(), "fill could not commit");
}

#[tokio::test]
async fn a_panic_rolls_back_then_continues() {
    let conn = Conn::default();
    let task_conn = conn.clone();
    let joined = tokio::spawn(async move {
        managed_async("fill", task_conn.begin(), async |tx| -> Result<(), String> {
            tx.write(1);
            tokio::task::yield_now().await;
            panic!("bug in the body")
        })
        .await
    })
    .await;
    let payload = joined.unwrap_err().into_panic();
    assert_eq!(payload.downcast_ref::<&str>(), Some(&"bug in the body"));
    assert_eq!(conn.log(), ["begin", "rollback"]);
    assert!(conn.committed().is_empty());
}

#[tokio::test]
async fn a_panic_whose_rollback_fails_continues_with_both() {
    let conn = Conn::default();
    let mut tx = conn.begin();
    tx.fail_rollback = true;
    let joined = tokio::spawn(managed_async("fill", tx, async |_| -> Result<(), String> {
        panic!("bug in the body")
    }))
    .await;
    let payload = joined.unwrap_err().into_panic();
    let failed = payload.downcast::<PanicRollbackFailed<String>>().unwrap();
    assert_eq!(failed.panic_message(), "bug in the body");
    assert_eq!(
        failed.rollback_error(),
        &CleanupError::Failed("connection lost".to_owned())
    );
}

#[tokio::test]
async fn a_panicking_rollback_is_reported_not_continued() {
    struct Bad;
    impl AsyncTransactional for Bad {
        type Error = String;
        async fn commit(self) -> Result<(), String> {
            Ok(())
        }
        async fn rollback(self) -> Result<(), String> {
            tokio::task::yield_now().await;
            panic!("rollback bug")
        }
    }
    let err = managed_async("fill", Bad, async |_| Err::<(), _>("constraint".to_owned()))
        .await
        .unwrap_err();
    assert_eq!(
        err.rollback_error(),
        Some(&CleanupError::Panicked("rollback bug".to_owned()))
    );
}

#[tokio::test]
async fn a_future_dropped_mid_body_cancels_and_the_connection_rolls_back_on_next_use() {
    let conn = Conn::default();
    let reached = Arc::new(Mutex::new(false));
    let outcome = tokio::time::timeout(
        Duration::from_millis(20),
        managed_async("slow", conn.begin(), async |tx| {
            tx.write(1);
            *reached.lock().unwrap() = true;
            tokio::time::sleep(Duration::from_secs(3600)).await;
            Ok::<_, String>(())
        }),
    )
    .await;
    assert!(outcome.is_err(), "the timeout fired");
    assert!(*reached.lock().unwrap());
    // At the drop: `cancel`, nothing awaited, nothing committed; the write is still open.
    assert_eq!(conn.log(), ["begin", "cancel"]);
    assert_eq!(conn.0.lock().unwrap().open, [1]);
    // The next use of the connection rolls back first.
    assert!(conn.committed().is_empty());
    assert_eq!(conn.log(), ["begin", "cancel", "deferred rollback"]);
    assert!(conn.0.lock().unwrap().open.is_empty());
    // And the connection is usable.
    managed_async("next", conn.begin(), async |tx| {
        tx.write(2);
        Ok::<_, String>(())
    })
    .await
    .unwrap();
    assert_eq!(conn.committed(), [2]);
}

#[tokio::test]
async fn a_select_that_takes_the_other_branch_cancels() {
    let conn = Conn::default();
    let (ready, ready_rx) = tokio::sync::oneshot::channel::<()>();
    tokio::select! {
        biased; // the scope is polled first, so its body starts
        _ = managed_async("loser", conn.begin(), async |tx| {
            tx.write(1);
            std::future::pending::<()>().await;
            Ok::<_, String>(())
        }) => unreachable!("the body never finishes"),
        () = async { ready.send(()).unwrap(); } => {}
    }
    drop(ready_rx);
    assert!(conn.committed().is_empty());
    assert_eq!(conn.log(), ["begin", "cancel", "deferred rollback"]);
}

#[tokio::test]
async fn a_future_dropped_before_its_first_poll_drops_the_resource_and_runs_nothing() {
    let conn = Conn::default();
    let scope = managed_async("never", conn.begin(), async |tx| {
        tx.write(1);
        Ok::<_, String>(())
    });
    drop(scope);
    assert!(conn.committed().is_empty());
    assert_eq!(conn.log(), ["begin"]);
}

#[tokio::test]
async fn savepoints_nest_and_an_inner_failure_undoes_the_inner_work_only() {
    let conn = Conn::default();
    managed_async("outer", conn.begin(), async |tx| {
        tx.write(1);
        let inner = managed_async("inner", tx.savepoint(), async |sp| {
            sp.write(2);
            Err::<(), _>("bad row".to_owned())
        })
        .await;
        assert!(matches!(inner, Err(ScopeError::RolledBack { .. })));
        managed_async("kept", tx.savepoint(), async |sp| {
            sp.write(3);
            Ok::<_, String>(())
        })
        .await
        .unwrap();
        Ok::<_, String>(())
    })
    .await
    .unwrap();
    assert_eq!(conn.committed(), [1, 3]);
    assert_eq!(conn.log(), ["begin", "rollback to savepoint", "release", "commit"]);
}

#[test]
fn the_futures_are_send_when_the_resource_is() {
    fn send<T: Send>(_: &T) {}
    let conn = Conn::default();
    let scope = managed_async("send", conn.begin(), async |tx| {
        tx.write(1);
        tokio::task::yield_now().await;
        Ok::<_, String>(())
    });
    send(&scope);
    let policy = RetryPolicy::new(2);
    let retry = managed_retry_async(&policy, "send", async |_| Ok::<_, Conflict>(()));
    send(&retry);
    let stack: AsyncExitStack = AsyncExitStack::new();
    send(&stack);
    send(&stack.close());
}

#[tokio::test]
async fn async_exit_stack_runs_every_cleanup_in_reverse_and_collects_the_errors() {
    let log = Arc::new(Mutex::new(Vec::new()));
    let mut stack: AsyncExitStack<'_, String> = AsyncExitStack::new();
    for i in 0..5 {
        let log = log.clone();
        stack.defer(move || async move {
            tokio::time::sleep(Duration::from_millis(1)).await;
            log.lock().unwrap().push(i);
            match i {
                1 => Err(format!("cleanup {i} failed")),
                3 => panic!("cleanup {i} panicked"),
                _ => Ok(()),
            }
        });
    }
    assert_eq!(stack.len(), 5);
    let errors = stack.close().await.unwrap_err();
    assert_eq!(*log.lock().unwrap(), [4, 3, 2, 1, 0]);
    assert_eq!(
        errors.as_slice(),
        [
            CleanupError::Panicked("cleanup 3 panicked".to_owned()),
            CleanupError::Failed("cleanup 1 failed".to_owned())
        ]
    );
}

#[tokio::test]
async fn async_exit_stack_catches_a_panic_while_a_cleanup_starts() {
    let mut stack: AsyncExitStack<'_, String> = AsyncExitStack::new();
    let ran = Arc::new(Mutex::new(false));
    let flag = ran.clone();
    stack.defer(move || async move {
        *flag.lock().unwrap() = true;
        Ok::<_, String>(())
    });
    stack.defer(|| -> std::future::Ready<Result<(), String>> { panic!("could not start") });
    let errors = stack.close().await.unwrap_err();
    assert_eq!(
        errors.as_slice(),
        [CleanupError::Panicked("could not start".to_owned())]
    );
    assert!(*ran.lock().unwrap());
}

#[tokio::test]
async fn async_exit_stack_pop_all_hands_the_cleanups_on_and_a_drop_runs_none() {
    let log = Arc::new(Mutex::new(Vec::new()));
    let mut stack: AsyncExitStack<'_, String> = AsyncExitStack::new();
    for i in 0..2 {
        let log = log.clone();
        stack.defer(move || async move {
            log.lock().unwrap().push(i);
            Ok::<_, String>(())
        });
    }
    let kept = stack.pop_all();
    assert!(stack.is_empty());
    stack.close().await.unwrap();
    assert!(log.lock().unwrap().is_empty());
    let mut dropped: AsyncExitStack<'_, String> = AsyncExitStack::new();
    let other = log.clone();
    dropped.defer(move || async move {
        other.lock().unwrap().push(99);
        Ok::<_, String>(())
    });
    drop(dropped);
    kept.close().await.unwrap();
    assert_eq!(*log.lock().unwrap(), [1, 0]);
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

#[tokio::test]
async fn retry_reruns_a_whole_transaction_until_it_commits() {
    let conn = Conn::default();
    let policy = RetryPolicy::new(5).backoff(Duration::from_millis(5), Duration::from_millis(50));
    let attempts = managed_retry_async(&policy, "transfer", async |attempt| {
        let mut tx = conn.begin();
        tx.fail_commit = attempt < 3; // the commit loses a conflict twice
        managed_async("transfer", tx, async |tx| {
            tx.write(attempt.try_into().unwrap());
            Ok::<_, String>(())
        })
        .await
        .map_err(|err| {
            assert!(err.commit_error().is_some(), "only the commit fails here");
            Conflict
        })?;
        Ok::<_, Conflict>(attempt)
    })
    .await
    .unwrap();
    assert_eq!(attempts, 3);
    // The failed attempts' writes were never published.
    assert_eq!(conn.committed(), [3]);
}

#[tokio::test]
async fn retry_waits_as_the_policy_says_and_gives_up_with_the_last_error() {
    let policy = RetryPolicy::new(4)
        .backoff(Duration::from_millis(10), Duration::from_millis(25))
        .jitter(false);
    let started = Instant::now();
    let mut runs = Vec::new();
    let err = managed_retry_async(&policy, "hopeless", async |attempt| {
        runs.push(attempt);
        Err::<(), _>(Conflict)
    })
    .await
    .unwrap_err();
    // Waits of 10, 20 and 25 ms between four runs.
    assert!(
        started.elapsed() >= Duration::from_millis(55),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(runs, [1, 2, 3, 4]);
    assert_eq!(
        err,
        RetryError::Exhausted {
            operation: "hopeless".into(),
            attempts: 4,
            error: Conflict
        }
    );
}

#[tokio::test]
async fn retry_stops_at_once_on_an_error_that_is_not_retryable() {
    let mut runs = 0;
    let err = managed_retry_async(&RetryPolicy::new(5), "strict", async |_| {
        runs += 1;
        Err::<(), Box<dyn std::error::Error + Send + Sync>>("no such account".into())
    })
    .await
    .unwrap_err();
    assert_eq!(runs, 1);
    assert!(matches!(err, RetryError::Failed { attempts: 1, .. }));
    assert_eq!(err.to_string(), "strict failed on attempt 1: no such account");
}

#[tokio::test]
async fn the_longest_backoff_neither_panics_nor_waits_when_no_wait_is_due() {
    let policy = RetryPolicy::new(3).backoff(Duration::MAX, Duration::MAX);
    let done = managed_retry_async(&policy, "quick", async |attempt| Ok::<_, Conflict>(attempt)).await;
    assert_eq!(done, Ok(1));
    let once = RetryPolicy::new(1).backoff(Duration::MAX, Duration::MAX);
    let err = managed_retry_async(&once, "once", async |_| Err::<(), _>(Conflict))
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "once failed 1 time with a retryable error; gave up: conflict"
    );
}

#[tokio::test]
async fn a_wait_past_the_clock_s_end_stays_pending() {
    for jitter in [false, true] {
        let policy = RetryPolicy::new(2).backoff(Duration::MAX, Duration::MAX).jitter(jitter);
        let mut runs = Vec::new();
        let retry = managed_retry_async(&policy, "patient", async |attempt| {
            runs.push(attempt);
            Err::<(), _>(Conflict)
        });
        let waited = tokio::time::timeout(Duration::from_millis(20), retry).await;
        assert!(waited.is_err(), "still waiting for the second attempt");
        assert_eq!(runs, [1]);
    }
}

#[test]
fn a_panic_in_the_body_does_not_poison_the_caller() {
    // Caught with std only: the future is driven by a runtime inside the closure.
    let conn = Conn::default();
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    let result = std::panic::catch_unwind(AssertUnwindSafe(|| {
        runtime.block_on(managed_async("fill", conn.begin(), async |_| -> Result<(), String> {
            panic!("bug")
        }))
    }));
    assert!(result.is_err());
    assert_eq!(conn.log(), ["begin", "rollback"]);
}
