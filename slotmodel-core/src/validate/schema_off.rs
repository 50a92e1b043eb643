//! The JSON Schema macro without the `schemars` feature.

/// Without the `schemars` feature, `#[slotmodel(json_schema)]` says which feature it needs.
#[cfg(not(feature = "schemars"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __json_schema {
    ($($record:tt)*) => {
        ::core::compile_error!("`#[slotmodel(json_schema)]` needs slotmodel's `schemars` feature: `slotmodel = { version = \"..\", features = [\"schemars\"] }`");
    };
}
