//! Panics caught at the end of a scope: their text, and a payload dropped without a second unwind.

use std::any::Any;
use std::borrow::ToOwned;
use std::boxed::Box;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::string::String;

/// Runs `f`; a panic becomes its message and its payload is dropped quietly.
pub(super) fn catch<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|payload| {
        let text = message(payload.as_ref());
        drop_quietly(payload);
        text
    })
}

/// The text of a panic, when it carried one.
pub(super) fn message(payload: &(dyn Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|text| (*text).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a non-text panic payload".to_owned())
}

/// Drops a panic payload. A payload whose own `Drop` panics would otherwise unwind out of
/// `ExitStack::close`, or abort the process when a `Guard` drops during a panic.
pub(super) fn drop_quietly(payload: Box<dyn Any + Send>) {
    if let Err(second) = catch_unwind(AssertUnwindSafe(move || drop(payload))) {
        // That payload may panic on drop as well; leaking it is the one way to be sure nothing
        // more unwinds.
        std::mem::forget(second);
    }
}
