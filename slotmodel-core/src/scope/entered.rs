//! [`Entered`]: a resource lent back by [`ExitStack::enter`](super::ExitStack::enter).

use std::cell::Cell;
use std::fmt;
use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};
use std::rc::{Rc, Weak};

/// Where an entered resource waits for its cleanup. The stack owns it and takes the resource
/// out when it closes; a [`Lent`] guard takes it out while in use and puts it back.
pub(super) type Slot<T> = Rc<Cell<Option<T>>>;

/// A resource that an [`ExitStack`](super::ExitStack) owns and will clean up, lent back for use
/// until the stack closes. Each handle borrows the stack, so any number of them are used side by
/// side, and none can be used once its resource is cleaned up.
///
/// The handle does not own the resource (the stack does), so it holds nothing that the
/// resource borrows: once the stack is closed, a connection lent to a transaction is free again
/// even while the handle is still in scope.
///
/// # Examples
///
/// ```
/// use slotmodel::scope::ExitStack;
/// use std::io::Write;
///
/// let stack: ExitStack = ExitStack::new();
/// let mut first = stack.enter(Vec::new(), |bytes: Vec<u8>| { assert_eq!(bytes, b"1"); Ok::<_, std::io::Error>(()) });
/// let mut second = stack.enter(Vec::new(), |bytes: Vec<u8>| { assert_eq!(bytes, b"2"); Ok::<_, std::io::Error>(()) });
/// write!(first.get_mut(), "1").unwrap();
/// write!(second.get_mut(), "2").unwrap();
/// assert_eq!(first.get_mut().len(), 1);
/// stack.close().unwrap();
/// ```
pub struct Entered<'s, T> {
    // `Weak`, not `Rc`: a handle that owned the resource would keep what the resource borrows
    // borrowed until the handle goes out of scope, even after the stack has closed.
    slot: Weak<Cell<Option<T>>>,
    // Ties the handle to a shared borrow of the stack: the stack cannot close, and so cannot
    // take the resource out, while the handle is still in use.
    stack: PhantomData<&'s ()>,
}

const PRESENT: &str = "the resource is in its slot while the stack it came from is borrowed";

impl<T> Entered<'_, T> {
    pub(super) fn new(slot: &Slot<T>) -> Self {
        Entered {
            slot: Rc::downgrade(slot),
            stack: PhantomData,
        }
    }

    /// The resource, to use: a guard that derefs to it. Taking `&mut self` rules out a second
    /// guard of the same handle at compile time.
    ///
    /// # Panics
    ///
    /// Only if an earlier guard was passed to `std::mem::forget`, which leaks the resource.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::scope::ExitStack;
    ///
    /// let stack: ExitStack = ExitStack::new();
    /// let mut lines = stack.enter(Vec::new(), |lines: Vec<&str>| { assert_eq!(lines, ["done"]); Ok::<_, std::io::Error>(()) });
    /// lines.get_mut().push("done");
    /// stack.close().unwrap();
    /// ```
    #[must_use]
    pub fn get_mut(&mut self) -> Lent<'_, T> {
        let slot = self.slot.upgrade().expect(PRESENT);
        let resource = slot.take().expect(PRESENT);
        Lent {
            slot,
            resource: Some(resource),
            handle: PhantomData,
        }
    }
}

impl<T> fmt::Debug for Entered<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Entered").finish_non_exhaustive()
    }
}

/// An entered resource in use, from [`Entered::get_mut`]; it goes back to the stack when the
/// guard drops.
///
/// # Examples
///
/// ```
/// use slotmodel::scope::ExitStack;
///
/// let stack: ExitStack = ExitStack::new();
/// let mut name = stack.enter(String::from("report"), |_| Ok::<_, std::io::Error>(()));
/// let mut lent = name.get_mut();
/// lent.push_str(".csv");
/// assert_eq!(lent.as_str(), "report.csv");
/// ```
pub struct Lent<'h, T> {
    slot: Slot<T>,
    // `Some` until the drop puts it back.
    resource: Option<T>,
    handle: PhantomData<&'h mut ()>,
}

impl<T> Deref for Lent<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.resource.as_ref().expect(PRESENT)
    }
}

impl<T> DerefMut for Lent<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        self.resource.as_mut().expect(PRESENT)
    }
}

impl<T: fmt::Debug> fmt::Debug for Lent<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Lent").field(&self.resource).finish()
    }
}

impl<T> Drop for Lent<'_, T> {
    fn drop(&mut self) {
        self.slot.set(self.resource.take());
    }
}
