//! A timer future that needs no runtime: a short-lived thread sleeps and wakes the task.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll, Waker};
use std::thread;
use std::time::{Duration, Instant};

/// Completes once `duration` has passed. Retries are rare and their waits are milliseconds
/// long, so one thread per wait costs nothing that matters, and ties the crate to no runtime.
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
