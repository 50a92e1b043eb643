//! Compact layouts, the product of `#[derive(Compact)]`: the [`Packable`] trait and its bit
//! readers and writers, packed sequences ([`PackedVec`], [`PackedSlice`], [`Column`]), their
//! Arrow form, and the helpers the derive expands into.

#[cfg(feature = "arrow")]
pub(crate) mod arrow;
// Without the feature, `#[slotmodel(arrow)]` still expands, to say which feature it needs.
#[cfg(not(feature = "arrow"))]
mod arrow_off;
pub(crate) mod block;
pub(crate) mod column;
pub(crate) mod expand;
mod expand_columns;
mod expand_enum;
mod expand_struct;
mod expand_stub;
pub(crate) mod packable;
pub(crate) mod packed_file;
pub(crate) mod packed_vec;

#[cfg(feature = "arrow")]
pub use arrow::{ArrowField, ArrowImportError, ArrowRecord};
pub use column::{Column, ColumnIter};
pub use packable::{get_bits, put_bits, span_bits, FieldLayout, LayoutReport, Packable};
pub use packed_file::{FileError, PackedSlice};
pub use packed_vec::{Iter as PackedIter, PackedVec};
