//! `ExitStack`: cleanups registered at run time, run in reverse order, every failure reported.

use std::any::Any;
use std::borrow::ToOwned;
use std::boxed::Box;
use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::string::String;
use std::vec::Vec;

/// A boxed error, the default error type of an [`ExitStack`].
type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// One registered cleanup.
trait Exit<'a, E> {
    fn exit(self: Box<Self>) -> Result<(), E>;
    fn resource(&mut self) -> Option<&mut dyn Any>;
}

struct Deferred<F>(F);

impl<'a, E, F: FnOnce() -> Result<(), E> + 'a> Exit<'a, E> for Deferred<F> {
    fn exit(self: Box<Self>) -> Result<(), E> {
        (self.0)()
    }
    fn resource(&mut self) -> Option<&mut dyn Any> {
        None
    }
}

struct Entered<T, F> {
    resource: T,
    cleanup: F,
}

impl<'a, E, T: 'static, F: FnOnce(T) -> Result<(), E> + 'a> Exit<'a, E> for Entered<T, F> {
    fn exit(self: Box<Self>) -> Result<(), E> {
        let Entered { resource, cleanup } = *self;
        cleanup(resource)
    }
    fn resource(&mut self) -> Option<&mut dyn Any> {
        Some(&mut self.resource)
    }
}

/// Why one cleanup did not finish.
///
/// # Examples
///
/// See [`ExitStack::close`].
#[derive(Debug)]
pub enum CleanupError<E> {
    /// It returned an error.
    Failed(E),
    /// It panicked; the message, when the panic carried text.
    Panicked(String),
}

impl<E: fmt::Display> fmt::Display for CleanupError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CleanupError::Failed(error) => write!(f, "{error}"),
            CleanupError::Panicked(message) => write!(f, "panicked: {message}"),
        }
    }
}

/// Every cleanup of an [`ExitStack`] that failed, in the order they ran (last registered first).
///
/// # Examples
///
/// See [`ExitStack::close`].
#[derive(Debug)]
pub struct CleanupErrors<E>(pub Vec<CleanupError<E>>);

impl<E: fmt::Display> fmt::Display for CleanupErrors<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} cleanup(s) failed", self.0.len())?;
        for error in &self.0 {
            write!(f, "; {error}")?;
        }
        Ok(())
    }
}

impl<E: fmt::Debug + fmt::Display> std::error::Error for CleanupErrors<E> {}

/// Python's `contextlib.ExitStack`: any number of cleanups registered at run time, run in reverse
/// order of registration by [`close`](ExitStack::close) or on drop. Every cleanup runs even when
/// an earlier one fails or panics, and `close` returns all their errors together.
///
/// # Examples
///
/// ```
/// use slotmodel::scope::ExitStack;
/// use std::cell::RefCell;
///
/// let log = RefCell::new(Vec::new());
/// let mut stack: ExitStack = ExitStack::new();
/// for name in ["a", "b", "c"] {
///     let log = &log;
///     stack.defer(move || { log.borrow_mut().push(name); Ok::<_, std::io::Error>(()) });
/// }
/// stack.close().unwrap();
/// assert_eq!(*log.borrow(), ["c", "b", "a"]);
/// ```
pub struct ExitStack<'a, E = BoxError> {
    exits: Vec<Box<dyn Exit<'a, E> + 'a>>,
}

impl<'a, E: 'a> ExitStack<'a, E> {
    /// An empty stack.
    ///
    /// # Examples
    ///
    /// See [`ExitStack`].
    #[must_use]
    pub fn new() -> Self {
        ExitStack { exits: Vec::new() }
    }

    /// Registers a cleanup to run when the stack closes.
    ///
    /// # Examples
    ///
    /// See [`ExitStack`].
    pub fn defer<F, Err>(&mut self, cleanup: F)
    where
        F: FnOnce() -> Result<(), Err> + 'a,
        Err: Into<E>,
    {
        self.exits
            .push(Box::new(Deferred(move || cleanup().map_err(Into::into))));
    }

    /// Takes ownership of `resource`, registers `cleanup` to release it when the stack closes,
    /// and lends the resource back: Python's `enter_context`.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::scope::ExitStack;
    ///
    /// let mut stack: ExitStack = ExitStack::new();
    /// let buffer = stack.enter(Vec::new(), |buffer: Vec<u8>| {
    ///     assert_eq!(buffer, b"done");
    ///     Ok::<_, std::io::Error>(())
    /// });
    /// buffer.extend_from_slice(b"done");
    /// stack.close().unwrap();
    /// ```
    ///
    /// # Panics
    ///
    /// Never: the entry just registered always holds a `T`.
    pub fn enter<T, F, Err>(&mut self, resource: T, cleanup: F) -> &mut T
    where
        T: 'static,
        F: FnOnce(T) -> Result<(), Err> + 'a,
        Err: Into<E>,
    {
        self.exits.push(Box::new(Entered {
            resource,
            cleanup: move |resource| cleanup(resource).map_err(Into::into),
        }));
        self.exits
            .last_mut()
            .and_then(|exit| exit.resource())
            .and_then(|resource| resource.downcast_mut::<T>())
            .expect("the entry just pushed holds a `T`")
    }

    /// The number of registered cleanups.
    ///
    /// # Examples
    ///
    /// ```
    /// # use slotmodel::scope::ExitStack;
    /// let mut stack: ExitStack = ExitStack::new();
    /// stack.defer(|| Ok::<_, std::io::Error>(()));
    /// assert_eq!(stack.len(), 1);
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.exits.len()
    }

    /// Whether no cleanup is registered.
    ///
    /// # Examples
    ///
    /// ```
    /// # use slotmodel::scope::ExitStack;
    /// assert!(ExitStack::<'_, std::io::Error>::new().is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.exits.is_empty()
    }

    /// Moves every registered cleanup into a new stack and leaves this one empty: acquire N
    /// resources, and if the k-th fails the first k-1 are released when this stack drops; if all
    /// succeed, hand the new stack to the caller.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::scope::ExitStack;
    ///
    /// fn open_all(names: &[&str]) -> std::io::Result<ExitStack<'static, std::io::Error>> {
    ///     let mut stack = ExitStack::new();
    ///     for name in names {
    ///         if name.is_empty() {
    ///             return Err(std::io::Error::other("empty name")); // `stack` drops: all opened so far are closed
    ///         }
    ///         stack.enter(name.to_string(), |_| Ok::<_, std::io::Error>(()));
    ///     }
    ///     Ok(stack.pop_all()) // success: the caller now owns the cleanups
    /// }
    ///
    /// assert_eq!(open_all(&["a", "b"]).unwrap().len(), 2);
    /// assert!(open_all(&["a", ""]).is_err());
    /// ```
    #[must_use]
    pub fn pop_all(&mut self) -> ExitStack<'a, E> {
        ExitStack {
            exits: std::mem::take(&mut self.exits),
        }
    }

    /// Runs every cleanup, last registered first, and reports every failure.
    ///
    /// # Errors
    ///
    /// Every cleanup that returned an error or panicked; the others ran all the same.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::scope::{CleanupError, ExitStack};
    ///
    /// let mut stack: ExitStack<'_, String> = ExitStack::new();
    /// stack.defer(|| Ok::<_, String>(()));
    /// stack.defer(|| Err::<(), _>("disk full".to_owned()));
    /// stack.defer(|| -> Result<(), String> { panic!("bug") });
    /// let errors = stack.close().unwrap_err();
    /// assert_eq!(errors.to_string(), "2 cleanup(s) failed; panicked: bug; disk full");
    /// assert!(matches!(errors.0[1], CleanupError::Failed(_)));
    /// ```
    pub fn close(mut self) -> Result<(), CleanupErrors<E>> {
        let errors = self.unwind();
        if errors.is_empty() {
            Ok(())
        } else {
            Err(CleanupErrors(errors))
        }
    }

    fn unwind(&mut self) -> Vec<CleanupError<E>> {
        let mut errors = Vec::new();
        while let Some(exit) = self.exits.pop() {
            match catch_unwind(AssertUnwindSafe(|| exit.exit())) {
                Ok(Ok(())) => {}
                Ok(Err(error)) => errors.push(CleanupError::Failed(error)),
                Err(panic) => errors.push(CleanupError::Panicked(panic_message(panic.as_ref()))),
            }
        }
        errors
    }
}

impl<'a, E: 'a> Default for ExitStack<'a, E> {
    fn default() -> Self {
        ExitStack::new()
    }
}

impl<E> fmt::Debug for ExitStack<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ExitStack")
            .field("cleanups", &self.exits.len())
            .finish()
    }
}

impl<E> Drop for ExitStack<'_, E> {
    /// Runs the cleanups not yet run. Errors cannot be returned from a drop: each is emitted as
    /// a `tracing` event (with the `tracing` feature); call [`close`](ExitStack::close) to get them.
    fn drop(&mut self) {
        let mut index = 0;
        while let Some(exit) = self.exits.pop() {
            match catch_unwind(AssertUnwindSafe(|| exit.exit())) {
                Ok(Ok(())) => {}
                Ok(Err(_)) => super::event::cleanup_failed(index, &"returned an error"),
                Err(panic) => super::event::cleanup_failed(index, &panic_message(panic.as_ref())),
            }
            index += 1;
        }
    }
}

fn panic_message(panic: &(dyn Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a non-text panic payload".to_owned())
}
