//! Transactions: a body whose resource is committed on success and rolled back on error or panic.

use std::fmt;
use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

use super::event;

/// A resource that ends by committing or rolling back, each of which can fail.
///
/// # Examples
///
/// ```
/// use slotmodel::scope::Transactional;
///
/// /// A list of staged changes, applied on commit.
/// struct Staged<'a> { target: &'a mut Vec<i32>, changes: Vec<i32> }
///
/// impl Transactional for Staged<'_> {
///     type Error = std::convert::Infallible;
///     fn commit(self) -> Result<(), Self::Error> { self.target.extend(self.changes); Ok(()) }
///     fn rollback(self) -> Result<(), Self::Error> { Ok(()) }
/// }
///
/// let mut list = vec![1];
/// Staged { target: &mut list, changes: vec![2, 3] }.commit().unwrap();
/// assert_eq!(list, [1, 2, 3]);
/// ```
pub trait Transactional {
    /// What a failed commit or rollback reports.
    type Error;
    /// Makes the work permanent.
    ///
    /// # Errors
    ///
    /// The resource's own error.
    fn commit(self) -> Result<(), Self::Error>;
    /// Undoes the work.
    ///
    /// # Errors
    ///
    /// The resource's own error.
    fn rollback(self) -> Result<(), Self::Error>;
}

/// Why a [`managed`] operation did not commit. The body's error is never lost: when the rollback
/// fails too, both are kept.
///
/// # Examples
///
/// ```
/// use slotmodel::scope::ScopeError;
/// use std::time::Duration;
///
/// let err: ScopeError<&str, &str> = ScopeError::RolledBack { operation: "migrate", cause: "constraint", elapsed: Duration::ZERO };
/// assert_eq!(err.to_string(), "migrate rolled back: constraint");
/// assert_eq!(err.cause(), Some(&"constraint"));
/// ```
#[derive(Debug, PartialEq, Eq)]
pub enum ScopeError<E, R> {
    /// The body failed and the resource was rolled back.
    RolledBack {
        /// The operation's name.
        operation: &'static str,
        /// The body's error.
        cause: E,
        /// Time from start to the end of the rollback.
        elapsed: Duration,
    },
    /// The body failed, and so did the rollback.
    RollbackFailed {
        /// The operation's name.
        operation: &'static str,
        /// The body's error.
        cause: E,
        /// The rollback's error.
        rollback: R,
        /// Time from start to the failed rollback.
        elapsed: Duration,
    },
    /// The body succeeded but the commit failed.
    CommitFailed {
        /// The operation's name.
        operation: &'static str,
        /// The commit's error.
        commit: R,
        /// Time from start to the failed commit.
        elapsed: Duration,
    },
}

impl<E, R> ScopeError<E, R> {
    /// The body's error, if the body failed.
    ///
    /// # Examples
    ///
    /// See [`ScopeError`].
    pub fn cause(&self) -> Option<&E> {
        match self {
            ScopeError::RolledBack { cause, .. } | ScopeError::RollbackFailed { cause, .. } => Some(cause),
            ScopeError::CommitFailed { .. } => None,
        }
    }

    /// Time from the start of the operation to its end.
    ///
    /// # Examples
    ///
    /// ```
    /// # use slotmodel::scope::ScopeError;
    /// # use std::time::Duration;
    /// let err: ScopeError<(), &str> = ScopeError::CommitFailed { operation: "save", commit: "disk full", elapsed: Duration::from_millis(3) };
    /// assert_eq!(err.elapsed(), Duration::from_millis(3));
    /// ```
    pub fn elapsed(&self) -> Duration {
        match self {
            ScopeError::RolledBack { elapsed, .. }
            | ScopeError::RollbackFailed { elapsed, .. }
            | ScopeError::CommitFailed { elapsed, .. } => *elapsed,
        }
    }
}

impl<E: fmt::Display, R: fmt::Display> fmt::Display for ScopeError<E, R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScopeError::RolledBack { operation, cause, .. } => write!(f, "{operation} rolled back: {cause}"),
            ScopeError::RollbackFailed {
                operation,
                cause,
                rollback,
                ..
            } => {
                write!(f, "{operation} failed: {cause}; rolling back failed too: {rollback}")
            }
            ScopeError::CommitFailed { operation, commit, .. } => write!(f, "{operation} could not commit: {commit}"),
        }
    }
}

impl<E: fmt::Debug + fmt::Display, R: fmt::Debug + fmt::Display> std::error::Error for ScopeError<E, R> {}

/// Runs `body` with `resource`: commits when it returns `Ok`, rolls back when it returns `Err`
/// and when it panics (the panic then continues). Python's `@contextmanager` around a
/// transaction, with a fallible end that is reported, never lost. Allocates nothing.
///
/// # Errors
///
/// The body's error after a rollback, the body's and the rollback's errors when both fail, or
/// the commit's error.
///
/// # Examples
///
/// ```
/// use slotmodel::scope::{managed, ScopeError, Transactional};
///
/// struct Counter<'a>(&'a mut u32, u32);
/// impl Transactional for Counter<'_> {
///     type Error = String;
///     fn commit(self) -> Result<(), String> { *self.0 += self.1; Ok(()) }
///     fn rollback(self) -> Result<(), String> { Ok(()) }
/// }
///
/// let mut total = 0;
/// let value = managed("add", Counter(&mut total, 0), |c| { c.1 = 5; Ok::<_, String>(c.1) }).unwrap();
/// assert_eq!((value, total), (5, 5));
/// let err = managed("add", Counter(&mut total, 0), |c| { c.1 = 7; Err::<(), _>("no".to_owned()) }).unwrap_err();
/// assert!(matches!(err, ScopeError::RolledBack { .. }));
/// assert_eq!(total, 5);
/// ```
pub fn managed<R, T, E, F>(operation: &'static str, resource: R, body: F) -> Result<T, ScopeError<E, R::Error>>
where
    R: Transactional,
    R::Error: fmt::Display,
    E: fmt::Display,
    F: FnOnce(&mut R) -> Result<T, E>,
{
    let started = Instant::now();
    event::started(operation);
    let mut resource = resource;
    let outcome = catch_unwind(AssertUnwindSafe(|| body(&mut resource)));
    let result = match outcome {
        Ok(Ok(value)) => match resource.commit() {
            Ok(()) => {
                event::committed(operation, started.elapsed());
                Ok(value)
            }
            Err(commit) => {
                event::commit_failed(operation, &commit, started.elapsed());
                Err(ScopeError::CommitFailed {
                    operation,
                    commit,
                    elapsed: started.elapsed(),
                })
            }
        },
        Ok(Err(cause)) => {
            let rollback = resource.rollback();
            let elapsed = started.elapsed();
            event::rolled_back(
                operation,
                &cause,
                rollback.as_ref().err().map(|e| e as &dyn fmt::Display),
                elapsed,
            );
            Err(match rollback {
                Ok(()) => ScopeError::RolledBack {
                    operation,
                    cause,
                    elapsed,
                },
                Err(rollback) => ScopeError::RollbackFailed {
                    operation,
                    cause,
                    rollback,
                    elapsed,
                },
            })
        }
        Err(panic) => {
            let rollback = resource.rollback();
            event::rolled_back(
                operation,
                &"panic",
                rollback.as_ref().err().map(|e| e as &dyn fmt::Display),
                started.elapsed(),
            );
            event::released(operation);
            resume_unwind(panic);
        }
    };
    event::released(operation);
    result
}

/// The guard form of [`managed`], for code that cannot be a closure: rolls back when dropped
/// unless [`commit`](Guard::commit) was called. Derefs to the resource.
///
/// # Examples
///
/// ```
/// use slotmodel::scope::{Guard, Transactional};
/// use std::cell::Cell;
///
/// struct Flag<'a>(&'a Cell<&'static str>);
/// impl Transactional for Flag<'_> {
///     type Error = &'static str;
///     fn commit(self) -> Result<(), Self::Error> { self.0.set("committed"); Ok(()) }
///     fn rollback(self) -> Result<(), Self::Error> { self.0.set("rolled back"); Ok(()) }
/// }
///
/// let state = Cell::new("open");
/// {
///     let _tx = Guard::new("abandoned", Flag(&state));
/// }
/// assert_eq!(state.get(), "rolled back");
/// let tx = Guard::new("kept", Flag(&state));
/// tx.commit().unwrap();
/// assert_eq!(state.get(), "committed");
/// ```
pub struct Guard<R: Transactional> {
    operation: &'static str,
    resource: Option<R>,
    started: Instant,
}

impl<R: Transactional> Guard<R> {
    /// Starts `operation` on `resource`.
    ///
    /// # Examples
    ///
    /// See [`Guard`].
    pub fn new(operation: &'static str, resource: R) -> Self {
        event::started(operation);
        Guard {
            operation,
            resource: Some(resource),
            started: Instant::now(),
        }
    }

    /// Commits.
    ///
    /// # Errors
    ///
    /// The commit's error.
    ///
    /// # Examples
    ///
    /// See [`Guard`].
    pub fn commit(mut self) -> Result<(), R::Error>
    where
        R::Error: fmt::Display,
    {
        let Some(resource) = self.resource.take() else {
            return Ok(());
        };
        let result = resource.commit();
        match &result {
            Ok(()) => event::committed(self.operation, self.started.elapsed()),
            Err(error) => event::commit_failed(self.operation, error, self.started.elapsed()),
        }
        result
    }

    /// Rolls back now rather than on drop, returning the rollback's outcome.
    ///
    /// # Errors
    ///
    /// The rollback's error.
    ///
    /// # Examples
    ///
    /// ```
    /// # use slotmodel::scope::{Guard, Transactional};
    /// # struct Nothing;
    /// # impl Transactional for Nothing { type Error = (); fn commit(self) -> Result<(), ()> { Ok(()) } fn rollback(self) -> Result<(), ()> { Err(()) } }
    /// assert_eq!(Guard::new("undo", Nothing).rollback(), Err(()));
    /// ```
    pub fn rollback(mut self) -> Result<(), R::Error> {
        self.resource.take().map_or(Ok(()), Transactional::rollback)
    }
}

impl<R: Transactional> std::ops::Deref for Guard<R> {
    type Target = R;
    fn deref(&self) -> &R {
        // `resource` is taken only by `commit` and `rollback`, which consume the guard.
        self.resource
            .as_ref()
            .expect("the resource is present until the guard is consumed")
    }
}

impl<R: Transactional> std::ops::DerefMut for Guard<R> {
    fn deref_mut(&mut self) -> &mut R {
        self.resource
            .as_mut()
            .expect("the resource is present until the guard is consumed")
    }
}

impl<R: Transactional> Drop for Guard<R> {
    fn drop(&mut self) {
        if let Some(resource) = self.resource.take() {
            let failed = resource.rollback().is_err();
            event::dropped_uncommitted(self.operation, failed, self.started.elapsed());
        }
        event::released(self.operation);
    }
}
