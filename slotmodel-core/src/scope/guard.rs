//! [`Guard`]: the form of [`managed`](super::managed) for code that cannot be a closure.

use std::borrow::Cow;
use std::fmt;
use std::time::Instant;

use super::cleanup_error::{ShowFn, ShowWith};
use super::{event, panic, CleanupError, Transactional};

/// The guard form of [`managed`](super::managed), for code that cannot be a closure: rolls back
/// when dropped unless [`commit`](Guard::commit) was called. Derefs to the resource.
///
/// A drop cannot return the rollback's error: it is a `tracing` event with the error's text
/// (with the `tracing` feature); call [`rollback`](Guard::rollback) to get it as a value. A
/// rollback that panics in the drop is caught, so a guard dropped while a panic unwinds never
/// aborts the process.
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
/// let tx = Guard::new(format!("kept {}", 1), Flag(&state));
/// tx.commit().unwrap();
/// assert_eq!(state.get(), "committed");
/// ```
pub struct Guard<R: Transactional> {
    operation: Cow<'static, str>,
    resource: Option<R>,
    started: Instant,
    // `Drop` cannot ask for `R::Error: Display`; `new` can, and keeps the means here.
    show: ShowFn<R::Error>,
}

const PRESENT: &str = "the resource is present until the guard is consumed";

impl<R: Transactional> Guard<R>
where
    R::Error: fmt::Display,
{
    /// Starts `operation` on `resource`; `operation` is a `&'static str` or a `String`.
    ///
    /// # Examples
    ///
    /// See [`Guard`].
    pub fn new(operation: impl Into<Cow<'static, str>>, resource: R) -> Self {
        let operation = operation.into();
        event::started(&operation);
        Guard {
            operation,
            resource: Some(resource),
            started: Instant::now(),
            show: <R::Error as fmt::Display>::fmt,
        }
    }
}

impl<R: Transactional> Guard<R> {
    /// The operation's name.
    ///
    /// # Examples
    ///
    /// ```
    /// # use slotmodel::scope::Guard;
    /// let mut conn = rusqlite::Connection::open_in_memory().unwrap();
    /// let tx = Guard::new(format!("import {}", "users.csv"), conn.transaction().unwrap());
    /// assert_eq!(tx.operation(), "import users.csv");
    /// ```
    #[must_use]
    pub fn operation(&self) -> &str {
        &self.operation
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
    pub fn commit(mut self) -> Result<(), R::Error> {
        let Some(resource) = self.resource.take() else {
            return Ok(());
        };
        let result = resource.commit();
        let elapsed = self.started.elapsed();
        match &result {
            Ok(()) => event::committed(&self.operation, elapsed),
            Err(error) => event::commit_failed(&self.operation, &ShowWith::new(error, self.show), elapsed),
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
    /// # impl Transactional for Nothing { type Error = &'static str; fn commit(self) -> Result<(), Self::Error> { Ok(()) } fn rollback(self) -> Result<(), Self::Error> { Err("no undo log") } }
    /// assert_eq!(Guard::new("undo", Nothing).rollback(), Err("no undo log"));
    /// ```
    pub fn rollback(mut self) -> Result<(), R::Error> {
        self.resource.take().map_or(Ok(()), Transactional::rollback)
    }
}

impl<R: Transactional> std::ops::Deref for Guard<R> {
    type Target = R;
    fn deref(&self) -> &R {
        // `resource` is taken only by `commit`, `rollback` and `drop`, which end the guard.
        self.resource.as_ref().expect(PRESENT)
    }
}

impl<R: Transactional> std::ops::DerefMut for Guard<R> {
    fn deref_mut(&mut self) -> &mut R {
        self.resource.as_mut().expect(PRESENT)
    }
}

impl<R: Transactional> fmt::Debug for Guard<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Guard")
            .field("operation", &self.operation)
            .field("open", &self.resource.is_some())
            .finish_non_exhaustive()
    }
}

impl<R: Transactional> Drop for Guard<R> {
    fn drop(&mut self) {
        if let Some(resource) = self.resource.take() {
            // Caught: a panic escaping a drop that runs during another panic aborts the process.
            let failure = match panic::catch(|| resource.rollback()) {
                Ok(Ok(())) => None,
                Ok(Err(error)) => Some(CleanupError::Failed(error)),
                Err(message) => Some(CleanupError::Panicked(message)),
            };
            let shown = failure.as_ref().map(|failure| failure.shown(self.show));
            event::dropped_uncommitted(
                &self.operation,
                shown.as_ref().map(|shown| shown as &dyn fmt::Display),
                self.started.elapsed(),
            );
        }
        event::released(&self.operation);
    }
}
