//! Why a cleanup or a rollback did not finish, and every such failure of one [`ExitStack`].
//!
//! [`ExitStack`]: super::ExitStack

use std::fmt;
use std::string::String;

/// How an error is written, kept as a function so that a `Drop` impl, which cannot ask for
/// `E: Display`, can still put the error's text in its event.
pub(super) type ShowFn<E> = fn(&E, &mut fmt::Formatter<'_>) -> fmt::Result;

/// Why one cleanup (or a rollback) did not finish.
///
/// # Examples
///
/// ```
/// use slotmodel::scope::{CleanupError, ExitStack};
///
/// let stack: ExitStack<'_, String> = ExitStack::new();
/// stack.defer(|| Err::<(), _>("disk full".to_owned()));
/// stack.defer(|| -> Result<(), String> { panic!("bug") });
/// let errors = stack.close().unwrap_err();
/// assert_eq!(errors.as_slice(), [CleanupError::Panicked("bug".to_owned()), CleanupError::Failed("disk full".to_owned())]);
/// assert_eq!(errors.first().to_string(), "panicked: bug");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum CleanupError<E> {
    /// It returned an error.
    Failed(E),
    /// It panicked; the panic's message, when it carried text.
    Panicked(String),
}

impl<E> CleanupError<E> {
    /// The error it returned, if it did not panic.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::scope::CleanupError;
    ///
    /// assert_eq!(CleanupError::Failed("disk full").error(), Some(&"disk full"));
    /// assert_eq!(CleanupError::<&str>::Panicked("bug".to_owned()).error(), None);
    /// ```
    pub fn error(&self) -> Option<&E> {
        match self {
            CleanupError::Failed(error) => Some(error),
            CleanupError::Panicked(_) => None,
        }
    }

    pub(super) fn fmt_with(&self, f: &mut fmt::Formatter<'_>, show: ShowFn<E>) -> fmt::Result {
        match self {
            CleanupError::Failed(error) => show(error, f),
            CleanupError::Panicked(message) => write!(f, "panicked: {message}"),
        }
    }

    /// Displays through `show`, for code that cannot require `E: Display`.
    pub(super) fn shown(&self, show: ShowFn<E>) -> Shown<'_, E> {
        Shown { error: self, show }
    }
}

/// A value written with a stored [`ShowFn`].
pub(super) struct ShowWith<'e, E> {
    value: &'e E,
    show: ShowFn<E>,
}

impl<'e, E> ShowWith<'e, E> {
    pub(super) fn new(value: &'e E, show: ShowFn<E>) -> Self {
        ShowWith { value, show }
    }
}

impl<E> fmt::Display for ShowWith<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (self.show)(self.value, f)
    }
}

/// A [`CleanupError`] written with a stored [`ShowFn`].
pub(super) struct Shown<'e, E> {
    error: &'e CleanupError<E>,
    show: ShowFn<E>,
}

impl<E> fmt::Display for Shown<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.error.fmt_with(f, self.show)
    }
}

/// Writes the error itself, or `panicked: <message>`.
impl<E: fmt::Display> fmt::Display for CleanupError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.fmt_with(f, <E as fmt::Display>::fmt)
    }
}

// No `source()`: `Display` already writes the cleanup's error, and a report that walked on to it
// would print it twice.
impl<E: fmt::Debug + fmt::Display> std::error::Error for CleanupError<E> {}

/// Every cleanup of an [`ExitStack`](super::ExitStack) that failed, in the order they ran (last
/// registered first): the crate's one shape for many errors, never empty, one error per line.
///
/// # Examples
///
/// ```
/// use slotmodel::scope::{CleanupError, CleanupErrors, ExitStack};
///
/// let stack: ExitStack<'_, String> = ExitStack::new();
/// stack.defer(|| Err::<(), _>("first registered".to_owned()));
/// stack.defer(|| Err::<(), _>("last registered".to_owned()));
/// let errors: CleanupErrors<String> = stack.close().unwrap_err();
/// assert_eq!(errors.len(), 2);
/// assert_eq!(errors.to_string(), "last registered\nfirst registered");
/// for error in &errors {
///     assert!(matches!(error, CleanupError::Failed(_)));
/// }
/// ```
pub type CleanupErrors<E> = crate::Errors<CleanupError<E>>;
