//! Zero-copy views, the product of `#[derive(View)]`: the [`ViewItem`] trait of field types,
//! [`ViewError`], tables and runs of records, unions, and the helpers the derive expands into.

pub(crate) mod bits;
pub(crate) mod expand;
mod expand_fixed;
mod expand_ordered;
mod expand_stub;
mod expand_var;
pub(crate) mod expand_var_mut;
pub(crate) mod expr;
pub(crate) mod narrow;
pub(crate) mod order;
pub(crate) mod run;
#[cfg(feature = "std")]
mod stream;
pub(crate) mod table;
pub(crate) mod union;

pub use order::{BigEndian, ByteOrder, Endian, LittleEndian, PrefixViewIn};
pub use run::{PrefixView, VarRecords, ViewRun, ViewRunIter};
#[cfg(feature = "std")]
pub use stream::{StreamError, ViewReader};
pub use table::{Records, TableIter, ViewError, ViewItem, ViewTable};
pub use union::{ViewPayload, ViewUnion};
