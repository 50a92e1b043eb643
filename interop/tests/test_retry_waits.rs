//! The async retry's waits (feature `tokio`): inside a tokio runtime they are timer entries, not
//! threads; outside one they still end, on a thread of their own.

use std::future::Future;
use std::pin::pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use std::thread;
use std::time::{Duration, Instant};

use slotmodel::scope::{managed_retry_async, RetryPolicy, Retryable};

#[derive(Debug)]
struct Conflict;

impl std::fmt::Display for Conflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("serialization failure")
    }
}

impl Retryable for Conflict {
    fn is_retryable(&self) -> bool {
        true
    }
}

const WAIT: Duration = Duration::from_millis(400);

/// The threads of this process, as the kernel counts them.
fn threads() -> usize {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status (Linux)");
    let line = status.lines().find(|l| l.starts_with("Threads:")).unwrap();
    line["Threads:".len()..].trim().parse().unwrap()
}

#[cfg(target_os = "linux")]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_retrying_tasks_wait_without_a_thread_each() {
    const TASKS: usize = 1_000;
    let before = threads();
    let (failed_once, done) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let started = Instant::now();
    let tasks: Vec<_> = (0..TASKS)
        .map(|_| {
            let (failed_once, done) = (failed_once.clone(), done.clone());
            tokio::spawn(async move {
                // A closure returning a future that owns its data, not an async closure whose
                // future borrows the closure: rustc cannot yet prove such a spawned future
                // `Send` ("implementation of `Send` is not general enough").
                let policy = RetryPolicy::new(2).backoff(WAIT, WAIT).jitter(false);
                let attempts = managed_retry_async(&policy, "busy", move |attempt| {
                    let failed_once = failed_once.clone();
                    async move {
                        if attempt == 1 {
                            failed_once.fetch_add(1, Ordering::SeqCst);
                            Err(Conflict)
                        } else {
                            Ok(attempt)
                        }
                    }
                })
                .await;
                done.fetch_add(1, Ordering::SeqCst);
                attempts
            })
        })
        .collect();
    while failed_once.load(Ordering::SeqCst) < TASKS {
        assert!(
            started.elapsed() < WAIT / 2,
            "the first attempts took too long to measure the waits"
        );
        tokio::task::yield_now().await;
    }
    // Every task is now waiting for its second attempt.
    let during = threads();
    assert_eq!(done.load(Ordering::SeqCst), 0, "no wait has ended yet");
    assert!(
        during < before + 50,
        "{during} threads while {TASKS} tasks wait, {before} before: a thread per wait?"
    );
    for task in tasks {
        assert_eq!(task.await.unwrap().unwrap(), 2);
    }
    assert!(started.elapsed() >= WAIT, "the tasks waited {:?}", started.elapsed());
}

/// Runs `future` on this thread, with no runtime at all.
fn block_on<F: Future>(future: F) -> F::Output {
    struct Unpark(thread::Thread);
    impl Wake for Unpark {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Waker::from(Arc::new(Unpark(thread::current())));
    let mut cx = Context::from_waker(&waker);
    let mut future = pin!(future);
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut cx) {
            return output;
        }
        thread::park();
    }
}

#[test]
fn outside_a_tokio_runtime_the_wait_still_ends() {
    let policy = RetryPolicy::new(3)
        .backoff(Duration::from_millis(20), Duration::from_millis(20))
        .jitter(false);
    let started = Instant::now();
    let attempts = block_on(managed_retry_async(&policy, "plain", async |attempt| {
        if attempt < 3 {
            Err(Conflict)
        } else {
            Ok(attempt)
        }
    }));
    assert_eq!(attempts.unwrap(), 3);
    assert!(
        started.elapsed() >= Duration::from_millis(40),
        "{:?}",
        started.elapsed()
    );
}
