//! Arrow's macros without the `arrow` feature: `#[slotmodel(arrow)]` says which feature it needs,
//! and enums get no Arrow column type.

/// Without the `arrow` feature, `#[slotmodel(arrow)]` says which feature it needs.
#[cfg(not(feature = "arrow"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __arrow_record {
    ($($record:tt)*) => {
        ::core::compile_error!("`#[slotmodel(arrow)]` needs slotmodel's `arrow` feature: `slotmodel = { version = \"..\", features = [\"arrow\"] }`");
    };
}

/// Without the `arrow` feature, enums have no Arrow column type.
#[cfg(not(feature = "arrow"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __arrow_enum {
    ($($enum:tt)*) => {};
}
