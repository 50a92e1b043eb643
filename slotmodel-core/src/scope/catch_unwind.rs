//! Panics caught while a future is polled, so that an async scope can roll back before the panic
//! continues. No `unsafe`: the future is pinned on the caller's stack with `pin!`.

use std::any::Any;
use std::boxed::Box;
use std::future::Future;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::pin::{pin, Pin};
use std::task::{Context, Poll};

/// A payload of a caught panic.
pub(super) type Payload = Box<dyn Any + Send>;

struct CatchUnwind<'a, F: ?Sized>(Pin<&'a mut F>);

impl<F: Future + ?Sized> Future for CatchUnwind<'_, F> {
    type Output = Result<F::Output, Payload>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let inner = self.get_mut().0.as_mut();
        match catch_unwind(AssertUnwindSafe(|| inner.poll(cx))) {
            Ok(Poll::Pending) => Poll::Pending,
            Ok(Poll::Ready(output)) => Poll::Ready(Ok(output)),
            Err(payload) => Poll::Ready(Err(payload)),
        }
    }
}

/// Calls `start` and awaits the future it returns; a panic in either becomes `Err(payload)`.
/// The future is dropped before this returns, so what it borrowed is free again.
pub(super) async fn caught<F: Future>(start: impl FnOnce() -> F) -> Result<F::Output, Payload> {
    let future = catch_unwind(AssertUnwindSafe(start))?;
    let future = pin!(future);
    CatchUnwind(future).await
}
