//! Why a scope did not commit: [`ScopeError`] when its body returned, [`PanicRollbackFailed`]
//! when it panicked and the rollback failed too.

use std::any::Any;
use std::borrow::Cow;
use std::boxed::Box;
use std::error::Error;
use std::fmt;
use std::time::Duration;

use super::{panic, CleanupError};

/// Why a [`managed`](super::managed) operation did not commit. The body's error is never lost:
/// when the rollback fails too, both are kept.
///
/// `E` is the body's error and `R` the resource's (commit and rollback); they are often the same
/// type, the default. The `Display` text is this level only; the error it wraps is its
/// [`source`](Error::source): the body's error when the body failed (even if the rollback failed
/// too, whose error is written in the text and kept in [`rollback_error`](ScopeError::rollback_error)),
/// or the commit's error.
///
/// # Examples
///
/// ```
/// use slotmodel::scope::{managed, ScopeError};
/// use std::error::Error;
///
/// let mut conn = rusqlite::Connection::open_in_memory().unwrap();
/// conn.execute_batch("CREATE TABLE t (x INTEGER NOT NULL)").unwrap();
/// let err: ScopeError<rusqlite::Error> =
///     managed("migrate", conn.transaction().unwrap(), |tx| tx.execute("INSERT INTO t VALUES (NULL)", [])).unwrap_err();
/// assert!(matches!(err, ScopeError::RolledBack { .. }));
/// assert_eq!(err.operation(), "migrate");
/// assert_eq!(err.to_string(), "migrate failed and was rolled back");
/// assert!(err.source().unwrap().to_string().contains("NOT NULL"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ScopeError<E, R = E> {
    /// The body failed and the resource was rolled back.
    RolledBack {
        /// The operation's name.
        operation: Cow<'static, str>,
        /// The body's error.
        cause: E,
        /// Time from start to the end of the rollback.
        elapsed: Duration,
    },
    /// The body failed, and so did the rollback (it returned an error or panicked).
    RollbackFailed {
        /// The operation's name.
        operation: Cow<'static, str>,
        /// The body's error.
        cause: E,
        /// The rollback's error or panic.
        rollback: CleanupError<R>,
        /// Time from start to the failed rollback.
        elapsed: Duration,
    },
    /// The body succeeded but the commit failed.
    CommitFailed {
        /// The operation's name.
        operation: Cow<'static, str>,
        /// The commit's error.
        commit: R,
        /// Time from start to the failed commit.
        elapsed: Duration,
    },
}

impl<E, R> ScopeError<E, R> {
    /// The operation's name.
    ///
    /// # Examples
    ///
    /// See [`ScopeError`].
    #[must_use]
    pub fn operation(&self) -> &str {
        match self {
            ScopeError::RolledBack { operation, .. }
            | ScopeError::RollbackFailed { operation, .. }
            | ScopeError::CommitFailed { operation, .. } => operation,
        }
    }

    /// The body's error, if the body failed.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::scope::managed;
    ///
    /// let mut conn = rusqlite::Connection::open_in_memory().unwrap();
    /// let err = managed("check", conn.transaction().unwrap(), |_| Err::<(), _>("too late")).unwrap_err();
    /// assert_eq!(err.cause(), Some(&"too late"));
    /// ```
    pub fn cause(&self) -> Option<&E> {
        match self {
            ScopeError::RolledBack { cause, .. } | ScopeError::RollbackFailed { cause, .. } => Some(cause),
            ScopeError::CommitFailed { .. } => None,
        }
    }

    /// The body's error, owned, if the body failed.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::scope::managed;
    ///
    /// let mut conn = rusqlite::Connection::open_in_memory().unwrap();
    /// let err = managed("check", conn.transaction().unwrap(), |_| Err::<(), _>(String::from("too late"))).unwrap_err();
    /// assert_eq!(err.into_cause().as_deref(), Some("too late"));
    /// ```
    pub fn into_cause(self) -> Option<E> {
        match self {
            ScopeError::RolledBack { cause, .. } | ScopeError::RollbackFailed { cause, .. } => Some(cause),
            ScopeError::CommitFailed { .. } => None,
        }
    }

    /// The rollback's error or panic, if the rollback failed.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::scope::{managed, CleanupError, Transactional};
    ///
    /// struct Stuck;
    /// impl Transactional for Stuck {
    ///     type Error = &'static str;
    ///     fn commit(self) -> Result<(), &'static str> { Ok(()) }
    ///     fn rollback(self) -> Result<(), &'static str> { Err("disk gone") }
    /// }
    ///
    /// let err = managed("save", Stuck, |_| Err::<(), _>("bad row")).unwrap_err();
    /// assert_eq!(err.cause(), Some(&"bad row"));
    /// assert_eq!(err.rollback_error(), Some(&CleanupError::Failed("disk gone")));
    /// assert_eq!(err.to_string(), "save failed, and rolling back failed too: disk gone");
    /// ```
    pub fn rollback_error(&self) -> Option<&CleanupError<R>> {
        match self {
            ScopeError::RollbackFailed { rollback, .. } => Some(rollback),
            ScopeError::RolledBack { .. } | ScopeError::CommitFailed { .. } => None,
        }
    }

    /// The commit's error, if the commit failed.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::scope::{managed, Transactional};
    ///
    /// struct ReadOnly;
    /// impl Transactional for ReadOnly {
    ///     type Error = &'static str;
    ///     fn commit(self) -> Result<(), &'static str> { Err("read-only") }
    ///     fn rollback(self) -> Result<(), &'static str> { Ok(()) }
    /// }
    ///
    /// let err = managed("save", ReadOnly, |_| Ok::<_, &str>(())).unwrap_err();
    /// assert_eq!(err.commit_error(), Some(&"read-only"));
    /// assert_eq!(err.to_string(), "save could not commit");
    /// ```
    pub fn commit_error(&self) -> Option<&R> {
        match self {
            ScopeError::CommitFailed { commit, .. } => Some(commit),
            ScopeError::RolledBack { .. } | ScopeError::RollbackFailed { .. } => None,
        }
    }

    /// Time from the start of the operation to its end.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::scope::managed;
    /// use std::time::Duration;
    ///
    /// let mut conn = rusqlite::Connection::open_in_memory().unwrap();
    /// let err = managed("nap", conn.transaction().unwrap(), |_| {
    ///     std::thread::sleep(Duration::from_millis(2));
    ///     Err::<(), _>("woke up")
    /// })
    /// .unwrap_err();
    /// assert!(err.elapsed() >= Duration::from_millis(2));
    /// ```
    #[must_use]
    pub fn elapsed(&self) -> Duration {
        match self {
            ScopeError::RolledBack { elapsed, .. }
            | ScopeError::RollbackFailed { elapsed, .. }
            | ScopeError::CommitFailed { elapsed, .. } => *elapsed,
        }
    }
}

/// This level only: the wrapped error is the [`source`](Error::source), except a failed
/// rollback's, which is written here because the source is the body's error.
impl<E, R: fmt::Display> fmt::Display for ScopeError<E, R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScopeError::RolledBack { operation, .. } => write!(f, "{operation} failed and was rolled back"),
            ScopeError::RollbackFailed {
                operation, rollback, ..
            } => write!(f, "{operation} failed, and rolling back failed too: {rollback}"),
            ScopeError::CommitFailed { operation, .. } => write!(f, "{operation} could not commit"),
        }
    }
}

/// The source is the body's error when the body failed, the commit's error otherwise.
impl<E: Error + 'static, R: Error + 'static> Error for ScopeError<E, R> {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            ScopeError::RolledBack { cause, .. } | ScopeError::RollbackFailed { cause, .. } => Some(cause),
            ScopeError::CommitFailed { commit, .. } => Some(commit),
        }
    }
}

/// The panic payload [`managed`](super::managed) continues with when its body panicked and the
/// rollback failed too (returned an error or panicked): the original payload and the rollback's
/// error, both reachable by whoever catches the panic. When the rollback succeeds, the body's
/// panic continues unchanged.
///
/// # Examples
///
/// ```
/// use slotmodel::scope::{managed, CleanupError, PanicRollbackFailed, Transactional};
/// use std::panic::{catch_unwind, AssertUnwindSafe};
///
/// struct Stuck;
/// impl Transactional for Stuck {
///     type Error = &'static str;
///     fn commit(self) -> Result<(), &'static str> { Ok(()) }
///     fn rollback(self) -> Result<(), &'static str> { Err("disk gone") }
/// }
///
/// let panic = catch_unwind(AssertUnwindSafe(|| managed("save", Stuck, |_| -> Result<(), String> { panic!("bug") })))
///     .unwrap_err();
/// let failed = panic.downcast::<PanicRollbackFailed<&str>>().unwrap();
/// assert_eq!(failed.operation(), "save");
/// assert_eq!(failed.panic_message(), "bug");
/// assert_eq!(failed.rollback_error(), &CleanupError::Failed("disk gone"));
/// assert_eq!(failed.to_string(), "save panicked (bug), and rolling back failed too: disk gone");
/// let original = failed.into_payload(); // to `resume_unwind` with, or inspect
/// assert_eq!(original.downcast_ref::<&str>(), Some(&"bug"));
/// ```
pub struct PanicRollbackFailed<R> {
    operation: Cow<'static, str>,
    payload: Box<dyn Any + Send>,
    rollback: CleanupError<R>,
}

impl<R> PanicRollbackFailed<R> {
    pub(super) fn new(operation: Cow<'static, str>, payload: Box<dyn Any + Send>, rollback: CleanupError<R>) -> Self {
        PanicRollbackFailed {
            operation,
            payload,
            rollback,
        }
    }

    /// The operation's name.
    ///
    /// # Examples
    ///
    /// See [`PanicRollbackFailed`].
    #[must_use]
    pub fn operation(&self) -> &str {
        &self.operation
    }

    /// The rollback's error or panic.
    ///
    /// # Examples
    ///
    /// See [`PanicRollbackFailed`].
    #[must_use]
    pub fn rollback_error(&self) -> &CleanupError<R> {
        &self.rollback
    }

    /// The body's panic message, when it carried text.
    ///
    /// # Examples
    ///
    /// See [`PanicRollbackFailed`].
    #[must_use]
    pub fn panic_message(&self) -> std::string::String {
        panic::message(self.payload.as_ref())
    }

    /// The body's panic payload, as it was thrown.
    ///
    /// # Examples
    ///
    /// See [`PanicRollbackFailed`].
    #[must_use]
    pub fn into_payload(self) -> Box<dyn Any + Send> {
        self.payload
    }

    /// The body's panic payload and the rollback's error.
    ///
    /// # Examples
    ///
    /// ```
    /// # use slotmodel::scope::{managed, CleanupError, PanicRollbackFailed, Transactional};
    /// # struct Stuck;
    /// # impl Transactional for Stuck {
    /// #     type Error = &'static str;
    /// #     fn commit(self) -> Result<(), &'static str> { Ok(()) }
    /// #     fn rollback(self) -> Result<(), &'static str> { Err("disk gone") }
    /// # }
    /// let panic = std::panic::catch_unwind(|| managed("save", Stuck, |_| -> Result<(), String> { panic!("bug") })).unwrap_err();
    /// let (payload, rollback) = panic.downcast::<PanicRollbackFailed<&str>>().unwrap().into_parts();
    /// assert_eq!(payload.downcast_ref::<&str>(), Some(&"bug"));
    /// assert_eq!(rollback, CleanupError::Failed("disk gone"));
    /// ```
    #[must_use]
    pub fn into_parts(self) -> (Box<dyn Any + Send>, CleanupError<R>) {
        (self.payload, self.rollback)
    }
}

impl<R: fmt::Display> fmt::Display for PanicRollbackFailed<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} panicked ({}), and rolling back failed too: {}",
            self.operation,
            self.panic_message(),
            self.rollback
        )
    }
}

impl<R: fmt::Debug> fmt::Debug for PanicRollbackFailed<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PanicRollbackFailed")
            .field("operation", &self.operation)
            .field("payload", &panic::message(self.payload.as_ref()))
            .field("rollback", &self.rollback)
            .finish()
    }
}
