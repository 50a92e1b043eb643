//! Support for the code that slotmodel's macros generate. Not public API: nothing here follows
//! semver, and it may change in any release.

pub use core::option::Option::{self, None, Some};
pub use core::result::Result::{self, Err, Ok};
pub use core::{concat, stringify};

pub use crate::const_check;
pub use crate::validate::error::Site;
pub use crate::{
    Bound, Check, Elements, ErrorKind, FieldError, FieldSpec, HasLength, IpVersion, LengthUnit, Number, Ranged, Rule,
    Scalar, TextRule, Validate, ValidateWith, ValidationErrors,
};

pub use alloc::vec::Vec;

pub use crate::__json_schema as json_schema;
#[cfg(feature = "registry")]
pub use crate::__link_guard as link_guard;
#[cfg(not(feature = "registry"))]
pub use crate::__serde_registry as serde_registry;
pub use crate::__view_ordered as view_ordered;
pub use crate::__view_payload as view_payload;
pub use crate::__view_var_mut as view_var_mut;
#[cfg(feature = "arrow")]
pub use crate::compact::arrow::{
    arrow_cell, arrow_column, arrow_field, enum_column, enum_values, ArrowField, ArrowImportError, ArrowRecord,
};
#[cfg(all(feature = "registry", not(feature = "serde")))]
pub use crate::registry::plugin_support::SerdePlugin;
#[cfg(feature = "registry")]
pub use crate::registry::plugin_support::{construct, default_plugin, Constructor, DefaultPlugin};
#[cfg(feature = "registry")]
pub use crate::registry::plugin_support::{FromArgs, FromSelf, NoSerde, Tagged};
#[cfg(all(feature = "registry", feature = "serde"))]
pub use crate::registry::{IntoPlugin, SerdePlugin};
#[cfg(feature = "registry")]
pub use crate::registry::{Pluggable, PluginEntry, PluginInfo, Registry};
pub use crate::rules;
pub use crate::view::expand_var_mut::{view_moved, view_order_turned};
pub use crate::{__arrow_enum as arrow_enum, __arrow_record as arrow_record};
pub use crate::{__compact_columns as compact_columns, __compact_enum as compact_enum};
pub use crate::{__compact_fieldless as compact_fieldless, __compact_struct as compact_struct, __view_var as view_var};
pub use crate::{__graphemes_unit as graphemes_unit, __pattern_rule as pattern_rule, __url_rule as url_rule};
pub use crate::{__impl_pluggable as impl_pluggable, __registered as registered};
#[cfg(feature = "registry")]
pub use crate::{__plugin_serde as plugin_serde, __serde_mode as serde_mode, __serde_registry as serde_registry};
pub use crate::{__stub_compact as stub_compact, __stub_packable as stub_packable};
pub use crate::{__stub_view as stub_view, __stub_view_enum as stub_view_enum, __stub_view_union as stub_view_union};
pub use crate::{__view_enum as view_enum, __view_fixed as view_fixed};
pub use alloc::boxed::Box;
pub use alloc::format;
pub use alloc::string::ToString;
pub use core::mem::{align_of, offset_of, size_of};
pub use core::{column, file, line, module_path};
#[cfg(all(feature = "std", feature = "serde"))]
pub use serde;
#[cfg(feature = "schemars")]
pub use {crate::validate::schema::object_schema, alloc::borrow::Cow, alloc::vec, schemars};
#[cfg(feature = "arrow")]
pub use {arrow_array, arrow_schema};

pub use crate::compact::column::Column;
pub use crate::compact::packable::span_bits;
pub use crate::compact::packable::{bits_zero, clear_bits, offsets_after, widest};
pub use crate::compact::packable::{get_bits, put_bits, FieldLayout, LayoutReport, PackInt, Packable};
pub use crate::view::bits::{bits_fit, bits_max, get_view_bits, put_view_bits, BitField};
pub use crate::view::expr::{
    expr_add, expr_and, expr_both, expr_div, expr_either, expr_eq, expr_ge, expr_gt, expr_le, expr_lt, expr_mul,
    expr_ne, expr_or, expr_rem, expr_shl, expr_shr, expr_sub, expr_tag, expr_value, expr_xor, view_expr_agrees,
    view_expr_len, view_expr_tag, view_when, view_when_agrees,
};
pub use crate::view::narrow::{Narrow, NarrowInt};
pub use crate::view::order::{BigEndian, Endian, LittleEndian, PrefixViewIn};
pub use crate::view::run::{
    view_count, view_elements, view_length_agrees, view_pad_end, view_run_end, PrefixView, VarRecords, ViewRun,
};
pub use crate::view::table::view_rule;
pub use crate::view::table::{RecordView, Records, ViewError, ViewItem, ViewTable};
pub use crate::view::union::{
    check_tag, payload_error, unknown_tag, view_tag, view_union_cut, view_union_fills, ViewPayload, ViewUnion,
};
#[cfg(feature = "registry")]
pub use inventory;
// Without the feature, the supertrait every type has (see `registry/off.rs`).
#[cfg(not(feature = "registry"))]
pub use crate::registry::SerdePlugin;

// The functions and traits each product's expansion calls.
pub use crate::compact::expand::*;
pub use crate::validate::expand::*;
pub use crate::view::expand::*;

/// Implemented by `#[derive(Validate)]`: a key that only `Validate` reads, written on a type
/// that another slotmodel derive expands, asks for it.
#[diagnostic::on_unimplemented(
    message = "this key is read by `#[derive(Validate)]`, and `{Self}` does not derive `Validate`",
    label = "read by `Validate` alone",
    note = "add `Validate` to the derives of `{Self}`, or remove this key"
)]
pub trait DerivesValidate {}

/// Implemented by `#[derive(Compact)]`: see [`DerivesValidate`].
#[diagnostic::on_unimplemented(
    message = "this key is read by `#[derive(Compact)]`, and `{Self}` does not derive `Compact`",
    label = "read by `Compact` alone",
    note = "add `Compact` to the derives of `{Self}`, or remove this key"
)]
pub trait DerivesCompact {}

/// Implemented by `#[derive(View)]`: see [`DerivesValidate`].
#[diagnostic::on_unimplemented(
    message = "this key is read by `#[derive(View)]`, and `{Self}` does not derive `View`",
    label = "read by `View` alone",
    note = "add `View` to the derives of `{Self}`, or remove this key"
)]
pub trait DerivesView {}
