//! The registry's macros without the `registry` feature: each says which feature it needs, once,
//! instead of the derive's output failing on missing items.

/// Without the `registry` feature, `#[slotmodel::registry]` says which feature it needs, once.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_pluggable {
    ($($registry:tt)*) => {
        ::core::compile_error!("`#[slotmodel::registry]` needs slotmodel's `registry` feature, on by default: `slotmodel = { version = \"..\", features = [\"registry\"] }`");
    };
}

/// Without the `registry` feature, a `#[slotmodel::plugin]` says which feature it needs and
/// registers nothing; with it, the registration stands as written.
#[doc(hidden)]
#[macro_export]
macro_rules! __registered {
    ($($registration:tt)*) => {
        ::core::compile_error!("`#[slotmodel::plugin]` needs slotmodel's `registry` feature, on by default: `slotmodel = { version = \"..\", features = [\"registry\"] }`");
    };
}

/// Without the `registry` feature, a serde registry's supertrait and its feature check are
/// left to the one error of `__impl_pluggable`.
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_registry {
    ($($registry:tt)*) => {};
}

/// Without the `registry` feature, a serde registry's trait names this supertrait, which every
/// type has: the registry's one error says which feature it needs.
pub trait SerdePlugin {}

impl<T: ?Sized> SerdePlugin for T {}
