//! The retry's wait: on tokio's timer inside a tokio runtime (feature `tokio`), else a timer
//! future that needs no runtime, where a short-lived thread sleeps and wakes the task.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll, Waker};
use std::thread;
use std::time::{Duration, Instant};

/// Waits `duration` without blocking the task's thread.
///
/// With the `tokio` feature, inside a tokio runtime, the wait is an entry in the runtime's timer:
/// a thousand tasks retrying at once hold no thread each. That runtime needs its time driver
/// (`enable_time`, which `#[tokio::main]` and `#[tokio::test]` turn on), as any `tokio::time`
/// user does. Elsewhere (another executor, or no `tokio` feature) a thread sleeps per wait.
pub(super) async fn wait(duration: Duration) {
    #[cfg(feature = "tokio")]
    if tokio::runtime::Handle::try_current().is_ok() {
        tokio::time::sleep(duration).await;
        return;
    }
    Delay::new(duration).await;
}

/// Completes once `duration` has passed. Without a runtime's timer, one thread per wait is the
/// price of tying the crate to no runtime: retries are rare and their waits milliseconds long.
pub(super) struct Delay {
    /// `None` when the wait ends past the last instant the clock can represent: it never ends.
    deadline: Option<Instant>,
    waker: Option<Arc<Mutex<Waker>>>,
}

impl Delay {
    pub(super) fn new(duration: Duration) -> Self {
        Delay {
            deadline: Instant::now().checked_add(duration),
            waker: None,
        }
    }
}

impl Future for Delay {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = self.get_mut();
        // A wait past the clock's end stays pending, with no thread to wake it.
        let Some(deadline) = this.deadline else {
            return Poll::Pending;
        };
        let now = Instant::now();
        if now >= deadline {
            return Poll::Ready(());
        }
        if let Some(waker) = &this.waker {
            // Polled again early: wake whichever task polls now.
            waker
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .clone_from(cx.waker());
        } else {
            let waker = Arc::new(Mutex::new(cx.waker().clone()));
            this.waker = Some(Arc::clone(&waker));
            let wait = deadline - now;
            thread::spawn(move || {
                thread::sleep(wait);
                waker.lock().unwrap_or_else(PoisonError::into_inner).wake_by_ref();
            });
        }
        Poll::Pending
    }
}
