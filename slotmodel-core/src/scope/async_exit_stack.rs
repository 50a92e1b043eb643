//! [`AsyncExitStack`]: async cleanups registered at run time, awaited in reverse order.

use std::boxed::Box;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::vec::Vec;

use super::catch_unwind::caught;
use super::{event, panic, CleanupError, CleanupErrors};

/// A boxed error, the default error type of an [`AsyncExitStack`].
type BoxError = Box<dyn std::error::Error + Send + Sync>;

type Cleanup<'a, E> = Box<dyn FnOnce() -> Pin<Box<dyn Future<Output = Result<(), E>> + Send + 'a>> + Send + 'a>;

/// Python's `contextlib.AsyncExitStack`: async cleanups registered at run time, awaited one after
/// the other in reverse order of registration by [`close`](AsyncExitStack::close). Every cleanup
/// runs even when an earlier one fails or panics, and `close` returns all their errors together,
/// as [`ExitStack::close`](super::ExitStack::close) does.
///
/// The cleanups and their futures are `Send`, so a stack can be held across `.await` in a task
/// of a multi-threaded runtime; one that is not is refused at compile time:
///
/// ```compile_fail,E0277
/// use slotmodel::scope::AsyncExitStack;
/// use std::rc::Rc;
///
/// let mut stack: AsyncExitStack<'_, String> = AsyncExitStack::new();
/// let shared = Rc::new(1);
/// stack.defer(move || async move { drop(shared); Ok::<_, String>(()) }); // `Rc` is not `Send`
/// ```
///
/// No async drop exists: a stack dropped without `close` cannot await its cleanups. It drops
/// them unrun and reports how many as a `tracing` event (with the `tracing` feature); call
/// `close().await` on every path, as the examples do.
///
/// # Examples
///
/// ```
/// use slotmodel::scope::AsyncExitStack;
/// use std::sync::{Arc, Mutex};
///
/// # #[tokio::main(flavor = "current_thread")] async fn main() {
/// let log = Arc::new(Mutex::new(Vec::new()));
/// let mut stack: AsyncExitStack<'_, String> = AsyncExitStack::new();
/// for name in ["a", "b", "c"] {
///     let log = log.clone();
///     stack.defer(move || async move {
///         tokio::task::yield_now().await;
///         log.lock().unwrap().push(name);
///         if name == "b" { Err(format!("{name} failed")) } else { Ok(()) }
///     });
/// }
/// let errors = stack.close().await.unwrap_err();
/// assert_eq!(*log.lock().unwrap(), ["c", "b", "a"]); // all of them, last registered first
/// assert_eq!(errors.to_string(), "b failed");
/// # }
/// ```
pub struct AsyncExitStack<'a, E = BoxError> {
    cleanups: Vec<Cleanup<'a, E>>,
}

impl<'a, E: 'a> AsyncExitStack<'a, E> {
    /// An empty stack.
    ///
    /// # Examples
    ///
    /// See [`AsyncExitStack`].
    #[must_use]
    pub fn new() -> Self {
        AsyncExitStack { cleanups: Vec::new() }
    }

    /// Registers an async cleanup to run when the stack closes: a function that starts it, so
    /// nothing of it runs before `close`.
    ///
    /// # Examples
    ///
    /// See [`AsyncExitStack`].
    pub fn defer<F, Fut, Err>(&mut self, cleanup: F)
    where
        F: FnOnce() -> Fut + Send + 'a,
        Fut: Future<Output = Result<(), Err>> + Send + 'a,
        Err: Into<E>,
    {
        self.cleanups.push(Box::new(move || {
            let future = cleanup();
            Box::pin(async move { future.await.map_err(Into::into) })
        }));
    }

    /// The number of registered cleanups.
    ///
    /// # Examples
    ///
    /// ```
    /// # use slotmodel::scope::AsyncExitStack;
    /// let mut stack: AsyncExitStack = AsyncExitStack::new();
    /// stack.defer(|| async { Ok::<_, std::io::Error>(()) });
    /// assert_eq!(stack.len(), 1);
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.cleanups.len()
    }

    /// Whether no cleanup is registered.
    ///
    /// # Examples
    ///
    /// ```
    /// # use slotmodel::scope::AsyncExitStack;
    /// assert!(AsyncExitStack::<'_, std::io::Error>::new().is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.cleanups.is_empty()
    }

    /// Moves every registered cleanup into a new stack and leaves this one empty, for
    /// all-or-nothing acquisition, as [`ExitStack::pop_all`](super::ExitStack::pop_all).
    ///
    /// # Examples
    ///
    /// ```
    /// # use slotmodel::scope::AsyncExitStack;
    /// let mut stack: AsyncExitStack<'_, String> = AsyncExitStack::new();
    /// stack.defer(|| async { Ok::<_, String>(()) });
    /// let kept = stack.pop_all();
    /// assert!(stack.is_empty());
    /// assert_eq!(kept.len(), 1);
    /// ```
    #[must_use]
    pub fn pop_all(&mut self) -> AsyncExitStack<'a, E> {
        AsyncExitStack {
            cleanups: std::mem::take(&mut self.cleanups),
        }
    }

    /// Awaits every cleanup, last registered first, one at a time, and reports every failure.
    ///
    /// # Errors
    ///
    /// Every cleanup that returned an error or panicked (while starting or while awaited), in
    /// the order they ran; the others ran all the same. A panic is reported, never continued.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::scope::{AsyncExitStack, CleanupError};
    ///
    /// # #[tokio::main(flavor = "current_thread")] async fn main() {
    /// let mut stack: AsyncExitStack<'_, String> = AsyncExitStack::new();
    /// stack.defer(|| async { Err::<(), _>("disk full".to_owned()) });
    /// stack.defer(|| async {
    ///     if "bug".len() == 3 { panic!("bug") }
    ///     Ok::<_, String>(())
    /// });
    /// let errors = stack.close().await.unwrap_err();
    /// assert_eq!(errors.to_string(), "panicked: bug\ndisk full");
    /// assert!(matches!(errors.as_slice()[1], CleanupError::Failed(_)));
    /// # }
    /// ```
    pub async fn close(mut self) -> Result<(), CleanupErrors<E>> {
        let mut errors = Vec::new();
        while let Some(cleanup) = self.cleanups.pop() {
            match caught(cleanup).await {
                Ok(Ok(())) => {}
                Ok(Err(error)) => errors.push(CleanupError::Failed(error)),
                Err(payload) => {
                    errors.push(CleanupError::Panicked(panic::message(payload.as_ref())));
                    panic::drop_quietly(payload);
                }
            }
        }
        CleanupErrors::from_vec(errors).map_or(Ok(()), Err)
    }
}

/// The same as [`AsyncExitStack::new`].
///
/// # Examples
///
/// ```
/// use slotmodel::scope::AsyncExitStack;
///
/// assert!(AsyncExitStack::<'_, String>::default().is_empty());
/// ```
impl<'a, E: 'a> Default for AsyncExitStack<'a, E> {
    fn default() -> Self {
        AsyncExitStack::new()
    }
}

impl<E> fmt::Debug for AsyncExitStack<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AsyncExitStack")
            .field("cleanups", &self.cleanups.len())
            .finish()
    }
}

impl<E> Drop for AsyncExitStack<'_, E> {
    /// Drops the cleanups not yet run, unrun: a drop cannot await them. Reported as a `tracing`
    /// event (with the `tracing` feature).
    fn drop(&mut self) {
        if !self.cleanups.is_empty() {
            event::async_cleanups_dropped(self.cleanups.len());
        }
    }
}
