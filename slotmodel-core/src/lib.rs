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

// The products, one folder each: a product's types, its errors and the helpers its derive
// expands into live together. The few modules at the top are shared by all of them.
mod compact;
#[doc(hidden)]
pub mod const_check;
mod errors;
mod number;
#[cfg(feature = "registry")]
mod registry;
// Without the feature, the registry's macros still exist, to say which feature they need.
#[cfg(not(feature = "registry"))]
#[path = "registry/off.rs"]
mod registry;
#[cfg(feature = "scope")]
pub mod scope;
mod validate;
mod view;

// Named with the release (0.1.x), as serde's `__private228` is: the derive of another release
// names another module, so a mismatched `slotmodel` and `slotmodel-derive` fail to compile
// instead of mixing. The file keeps its name, so a release renames one line.
#[doc(hidden)]
#[path = "__private.rs"]
pub mod __private01;

#[cfg(feature = "axum")]
pub use validate::axum;
pub use validate::rules;

pub use compact::{
    get_bits, put_bits, span_bits, Column, ColumnIter, FieldLayout, FileError, LayoutReport, Packable, PackedIter,
    PackedSlice, PackedVec,
};
#[cfg(feature = "arrow")]
pub use compact::{ArrowField, ArrowImportError, ArrowRecord};
pub use errors::Errors;
pub use number::Number;
#[cfg(all(feature = "registry", feature = "serde"))]
pub use registry::SerdePlugin;
#[cfg(feature = "registry")]
pub use registry::{
    create, create_with, registry, Pluggable, PluginEntry, PluginError, PluginInfo, Registry, RegistryErrors,
};
pub use validate::{
    Bound, Check, Elements, ErrorKind, FieldError, FieldSpec, HasLength, IpVersion, LengthUnit, Ranged, Rule, Scalar,
    TextRule, Valid, Validate, ValidateWith, ValidationErrors,
};
pub use view::{
    BigEndian, ByteOrder, Endian, LittleEndian, PrefixView, PrefixViewIn, Records, TableIter, VarRecords, ViewError,
    ViewItem, ViewPayload, ViewRun, ViewRunIter, ViewTable, ViewUnion,
};
#[cfg(feature = "std")]
pub use view::{StreamError, ViewReader};
