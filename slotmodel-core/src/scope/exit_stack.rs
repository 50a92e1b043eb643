//! `ExitStack`: cleanups registered at run time, run in reverse order, every failure reported.

use std::boxed::Box;
use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::Rc;
use std::vec::Vec;

use super::cleanup_error::ShowFn;
use super::entered::Slot;
use super::{event, panic, CleanupError, CleanupErrors, Entered};

/// A boxed error, the default error type of an [`ExitStack`].
type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// One registered cleanup.
trait Exit<'a, E> {
    fn exit(self: Box<Self>) -> Result<(), E>;
}

struct Deferred<F>(F);

impl<'a, E, F: FnOnce() -> Result<(), E> + 'a> Exit<'a, E> for Deferred<F> {
    fn exit(self: Box<Self>) -> Result<(), E> {
        (self.0)()
    }
}

struct Release<T, F> {
    slot: Slot<T>,
    cleanup: F,
}

impl<'a, E, T, F: FnOnce(T) -> Result<(), E> + 'a> Exit<'a, E> for Release<T, F> {
    fn exit(self: Box<Self>) -> Result<(), E> {
        // Empty only if a guard that held the resource was passed to `mem::forget`: the resource
        // is leaked with it, as any forgotten value is, and there is nothing left to clean up.
        self.slot.take().map_or(Ok(()), self.cleanup)
    }
}

/// Python's `contextlib.ExitStack`: any number of cleanups registered at run time, run in reverse
/// order of registration by [`close`](ExitStack::close) or on drop. Every cleanup runs even when
/// an earlier one fails or panics, and `close` returns all their errors together.
///
/// # Examples
///
/// ```
/// use slotmodel::scope::ExitStack;
/// use std::cell::{Cell, RefCell};
///
/// let log = RefCell::new(Vec::new());
/// let stack: ExitStack = ExitStack::new();
/// for name in ["a", "b", "c"] {
///     let log = &log;
///     stack.defer(move || { log.borrow_mut().push(name); Ok::<_, std::io::Error>(()) });
/// }
/// stack.close().unwrap();
/// assert_eq!(*log.borrow(), ["c", "b", "a"]);
/// ```
pub struct ExitStack<'a, E = BoxError> {
    // Behind a `RefCell` so that `enter` and `defer` take `&self`: the handles that `enter`
    // returns borrow the stack, and several of them are used at once.
    exits: RefCell<Vec<Box<dyn Exit<'a, E> + 'a>>>,
    show: ShowFn<E>,
}

impl<'a, E: fmt::Display + 'a> ExitStack<'a, E> {
    /// An empty stack.
    ///
    /// # Examples
    ///
    /// See [`ExitStack`].
    #[must_use]
    pub fn new() -> Self {
        ExitStack {
            exits: RefCell::new(Vec::new()),
            show: <E as fmt::Display>::fmt,
        }
    }
}

impl<'a, E: 'a> ExitStack<'a, E> {
    /// Registers a cleanup to run when the stack closes.
    ///
    /// # Examples
    ///
    /// See [`ExitStack`].
    pub fn defer<F, Err>(&self, cleanup: F)
    where
        F: FnOnce() -> Result<(), Err> + 'a,
        Err: Into<E>,
    {
        self.push(Box::new(Deferred(move || cleanup().map_err(Into::into))));
    }

    /// Takes ownership of `resource`, registers `cleanup` to release it when the stack closes,
    /// and lends the resource back: Python's `enter_context`. The resource may borrow (a
    /// `rusqlite::Transaction<'conn>`, a `BufWriter<&mut File>`), and the handles of several
    /// resources can be used together until the stack closes.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::scope::ExitStack;
    /// use std::io::{BufWriter, Write};
    ///
    /// fn export(conn: &mut rusqlite::Connection, report: &mut Vec<u8>) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    ///     let stack: ExitStack = ExitStack::new();
    ///     let mut tx = stack.enter(conn.transaction()?, |tx| tx.commit());
    ///     let mut out = stack.enter(BufWriter::new(report), |mut out| out.flush());
    ///     let rows: Vec<i64> = tx.get_mut().prepare("SELECT x FROM t")?.query_map([], |row| row.get(0))?.collect::<Result<_, _>>()?;
    ///     for x in rows {
    ///         writeln!(out.get_mut(), "{x}")?;
    ///         tx.get_mut().execute("UPDATE t SET x = x * 10 WHERE x = ?1", [x])?;
    ///     }
    ///     stack.close()?; // flushes the report, then commits
    ///     Ok(())
    /// }
    ///
    /// let mut conn = rusqlite::Connection::open_in_memory().unwrap();
    /// conn.execute_batch("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2);").unwrap();
    /// let mut report = Vec::new();
    /// export(&mut conn, &mut report).unwrap();
    /// assert_eq!(report, b"1\n2\n");
    /// let sum: i64 = conn.query_row("SELECT sum(x) FROM t", [], |row| row.get(0)).unwrap();
    /// assert_eq!(sum, 30);
    /// ```
    pub fn enter<T, F, Err>(&self, resource: T, cleanup: F) -> Entered<'_, T>
    where
        T: 'a,
        F: FnOnce(T) -> Result<(), Err> + 'a,
        Err: Into<E>,
    {
        let slot = Rc::new(Cell::new(Some(resource)));
        let handle = Entered::new(&slot);
        self.push(Box::new(Release {
            slot,
            cleanup: move |resource| cleanup(resource).map_err(Into::into),
        }));
        handle
    }

    fn push(&self, exit: Box<dyn Exit<'a, E> + 'a>) {
        // No user code runs while the list is borrowed, so this borrow never meets another.
        self.exits.borrow_mut().push(exit);
    }

    /// The number of registered cleanups.
    ///
    /// # Examples
    ///
    /// ```
    /// # use slotmodel::scope::ExitStack;
    /// let stack: ExitStack = ExitStack::new();
    /// stack.defer(|| Ok::<_, std::io::Error>(()));
    /// assert_eq!(stack.len(), 1);
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.exits.borrow().len()
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
        self.exits.borrow().is_empty()
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
            exits: RefCell::new(std::mem::take(self.exits.get_mut())),
            show: self.show,
        }
    }

    /// Runs every cleanup, last registered first, and reports every failure.
    ///
    /// # Errors
    ///
    /// Every cleanup that returned an error or panicked; the others ran all the same. A panic is
    /// reported, never continued, even when its payload panics as it is dropped.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::scope::{CleanupError, ExitStack};
    ///
    /// let stack: ExitStack<'_, String> = ExitStack::new();
    /// stack.defer(|| Ok::<_, String>(()));
    /// stack.defer(|| Err::<(), _>("disk full".to_owned()));
    /// stack.defer(|| -> Result<(), String> { panic!("bug") });
    /// let errors = stack.close().unwrap_err();
    /// assert_eq!(errors.to_string(), "panicked: bug\ndisk full");
    /// assert!(matches!(errors.as_slice()[1], CleanupError::Failed(_)));
    /// ```
    pub fn close(mut self) -> Result<(), CleanupErrors<E>> {
        let mut errors = Vec::new();
        self.unwind(|_, error| errors.push(error));
        CleanupErrors::from_vec(errors).map_or(Ok(()), Err)
    }
}

impl<E> ExitStack<'_, E> {
    /// Runs every cleanup left, last registered first, handing each failure to `failed` with
    /// its place in the run.
    fn unwind(&mut self, mut failed: impl FnMut(usize, CleanupError<E>)) {
        let mut index = 0;
        while let Some(exit) = self.exits.get_mut().pop() {
            match panic::catch(|| exit.exit()) {
                Ok(Ok(())) => {}
                Ok(Err(error)) => failed(index, CleanupError::Failed(error)),
                Err(message) => failed(index, CleanupError::Panicked(message)),
            }
            index += 1;
        }
    }
}

/// The same as [`ExitStack::new`].
///
/// # Examples
///
/// ```
/// use slotmodel::scope::ExitStack;
///
/// assert!(ExitStack::<'_, String>::default().is_empty());
/// ```
impl<'a, E: fmt::Display + 'a> Default for ExitStack<'a, E> {
    fn default() -> Self {
        ExitStack::new()
    }
}

impl<E> fmt::Debug for ExitStack<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let cleanups = self.exits.try_borrow().map(|exits| exits.len());
        f.debug_struct("ExitStack")
            .field("cleanups", &cleanups.unwrap_or_default())
            .finish()
    }
}

impl<E> Drop for ExitStack<'_, E> {
    /// Runs the cleanups not yet run. Errors cannot be returned from a drop: each is a `tracing`
    /// event with the cleanup's own error text (with the `tracing` feature); call
    /// [`close`](ExitStack::close) to get them as values.
    fn drop(&mut self) {
        let show = self.show;
        self.unwind(|index, error| event::cleanup_failed(index, &error.shown(show)));
    }
}
