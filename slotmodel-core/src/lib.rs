//! Runtime support for [slotmodel](https://docs.rs/slotmodel): validation errors and rules,
//! introspection and the [`Valid`] wrapper.
//!
//! Use it through the `slotmodel` crate, which re-exports everything here with the derive macros.
//!
//! ```
//! use slotmodel::{ErrorKind, Number, Validate};
//!
//! #[derive(Validate, Debug)]
//! struct NetworkConfig {
//!     #[bounded(min = 1, max = 65535)]
//!     port: u32,
//! }
//!
//! let mut config = NetworkConfig::new(8080).unwrap();
//! let err = config.set_port(0).unwrap_err();
//! assert_eq!(err.kind(), ErrorKind::BelowMin { min: Number::Unsigned(1), inclusive: true, got: Number::Unsigned(0) });
//! assert_eq!(config.port(), 8080);
//! ```
#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

#[cfg(feature = "arrow")]
mod arrow;
#[cfg(feature = "axum")]
pub mod axum;
mod block;
mod column;
mod compact;
#[doc(hidden)]
pub mod const_check;
mod elements;
mod error;
#[cfg(feature = "serde")]
mod error_wire;
mod errors;
mod generated;
#[cfg(feature = "registry")]
mod name_table;
mod number;
mod packed_file;
mod packed_vec;
#[cfg(feature = "registry")]
mod plugin_support;
mod refusal;
#[cfg(feature = "registry")]
mod registry;
pub mod rules;
#[cfg(feature = "schemars")]
mod schema;
#[cfg(feature = "scope")]
pub mod scope;
mod spec;
mod text_rules;
mod valid;
mod validate;
mod value;
mod view;
mod view_bits;
mod view_expr;
mod view_narrow;
mod view_run;
#[cfg(feature = "std")]
mod view_stream;
mod view_union;

// Named with the release (0.1.x), as serde's `__private228` is: the derive of another release
// names another module, so a mismatched `slotmodel` and `slotmodel-derive` fail to compile
// instead of mixing. The file keeps its name, so a release renames one line.
#[doc(hidden)]
#[path = "__private.rs"]
pub mod __private01;

#[cfg(feature = "arrow")]
pub use arrow::{ArrowField, ArrowImportError, ArrowRecord};
pub use column::{Column, ColumnIter};
pub use compact::{get_bits, put_bits, span_bits, FieldLayout, LayoutReport, Packable};
pub use elements::Elements;
pub use error::{ErrorKind, FieldError, IpVersion, LengthUnit, TextRule, ValidationErrors};
pub use errors::Errors;
pub use number::Number;
pub use packed_file::{FileError, PackedSlice};
pub use packed_vec::{Iter as PackedIter, PackedVec};
#[cfg(all(feature = "registry", feature = "serde"))]
pub use registry::SerdePlugin;
#[cfg(feature = "registry")]
pub use registry::{
    create, create_with, registry, Pluggable, PluginEntry, PluginError, PluginInfo, Registry, RegistryErrors,
};
pub use spec::{Bound, FieldSpec, Rule};
pub use valid::Valid;
pub use validate::{Check, Validate, ValidateWith};
pub use value::{HasLength, Ranged, Scalar};
pub use view::{Records, TableIter, ViewError, ViewItem, ViewTable};
pub use view_run::{PrefixView, VarRecords, ViewRun};
#[cfg(feature = "std")]
pub use view_stream::{StreamError, ViewReader};
pub use view_union::ViewUnion;

/// Without the `arrow` feature, `#[slotmodel(arrow)]` says which feature it needs.
#[cfg(not(feature = "arrow"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __arrow_record {
    ($($record:tt)*) => {
        ::core::compile_error!("`#[slotmodel(arrow)]` needs slotmodel's `arrow` feature: `slotmodel = { version = \"..\", features = [\"arrow\"] }`");
    };
}

/// Without the `schemars` feature, `#[slotmodel(json_schema)]` says which feature it needs.
#[cfg(not(feature = "schemars"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __json_schema {
    ($($record:tt)*) => {
        ::core::compile_error!("`#[slotmodel(json_schema)]` needs slotmodel's `schemars` feature: `slotmodel = { version = \"..\", features = [\"schemars\"] }`");
    };
}

/// Without the `registry` feature, `#[slotmodel::registry]` says which feature it needs, once.
#[cfg(not(feature = "registry"))]
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
#[cfg(not(feature = "registry"))]
macro_rules! __registered {
    ($($registration:tt)*) => {
        ::core::compile_error!("`#[slotmodel::plugin]` needs slotmodel's `registry` feature, on by default: `slotmodel = { version = \"..\", features = [\"registry\"] }`");
    };
}

/// See the other `__registered`.
#[doc(hidden)]
#[macro_export]
#[cfg(feature = "registry")]
macro_rules! __registered {
    ($($registration:tt)*) => {
        $($registration)*
    };
}

/// Without the `registry` feature, a serde registry's supertrait and its feature check are
/// left to the one error of `__impl_pluggable`.
#[cfg(not(feature = "registry"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_registry {
    ($($registry:tt)*) => {};
}

/// Without the `arrow` feature, enums have no Arrow column type.
#[cfg(not(feature = "arrow"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __arrow_enum {
    ($($enum:tt)*) => {};
}
