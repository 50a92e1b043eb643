//! Support for the code that slotmodel's macros generate. Not public API: nothing here follows
//! semver, and it may change in any release.

pub use core::option::Option::{self, None, Some};
pub use core::result::Result::{self, Err, Ok};
pub use core::{concat, stringify};

pub use crate::const_check;
pub use crate::error::Site;
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
#[cfg(feature = "arrow")]
pub use crate::arrow::{
    arrow_cell, arrow_column, arrow_field, enum_column, enum_values, ArrowField, ArrowImportError, ArrowRecord,
};
#[cfg(all(feature = "registry", not(feature = "serde")))]
pub use crate::plugin_support::SerdePlugin;
#[cfg(feature = "registry")]
pub use crate::plugin_support::{construct, default_plugin, Constructor, DefaultPlugin};
#[cfg(feature = "registry")]
pub use crate::plugin_support::{FromArgs, FromSelf, NoSerde, Tagged};
#[cfg(all(feature = "registry", feature = "serde"))]
pub use crate::registry::{IntoPlugin, SerdePlugin};
#[cfg(feature = "registry")]
pub use crate::registry::{Pluggable, PluginEntry, PluginInfo, Registry};
pub use crate::rules;
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
pub use {crate::schema::object_schema, alloc::borrow::Cow, alloc::vec, schemars};
#[cfg(feature = "arrow")]
pub use {arrow_array, arrow_schema};

pub use crate::column::Column;
pub use crate::compact::span_bits;
pub use crate::compact::{bits_zero, clear_bits, offsets_after, widest};
pub use crate::compact::{get_bits, put_bits, FieldLayout, LayoutReport, PackInt, Packable};
pub use crate::view::view_rule;
pub use crate::view::{RecordView, Records, ViewError, ViewItem, ViewTable};
pub use crate::view_bits::{bits_fit, bits_max, get_view_bits, put_view_bits, BitField};
pub use crate::view_expr::{
    expr_add, expr_and, expr_both, expr_div, expr_either, expr_eq, expr_ge, expr_gt, expr_le, expr_lt, expr_mul,
    expr_ne, expr_or, expr_rem, expr_shl, expr_shr, expr_sub, expr_tag, expr_value, expr_xor, view_expr_agrees,
    view_expr_len, view_expr_tag, view_when, view_when_agrees,
};
pub use crate::view_narrow::{Narrow, NarrowInt};
pub use crate::view_run::{
    view_count, view_elements, view_length_agrees, view_pad_end, view_run_end, PrefixView, VarRecords, ViewRun,
};
pub use crate::view_union::{check_tag, payload_short, unknown_tag, view_tag, ViewUnion};
#[cfg(feature = "registry")]
pub use inventory;

/// One entry of `FIELDS`: a call is shorter than the struct literal, and generated code is
/// compiled in every build of every user.
#[must_use]
pub const fn spec(name: &'static str, ty: &'static str, rules: &'static [Rule]) -> FieldSpec {
    FieldSpec { name, ty, rules }
}

/// A range rule for `FIELDS`.
#[must_use]
pub const fn range_rule(min: Option<Bound>, min_inclusive: bool, max: Option<Bound>, max_inclusive: bool) -> Rule {
    Rule::Range {
        min,
        min_inclusive,
        max,
        max_inclusive,
    }
}

/// A length rule for `FIELDS`.
#[must_use]
pub const fn length_rule(unit: LengthUnit, min: Option<usize>, max: Option<usize>, max_inclusive: bool) -> Rule {
    Rule::Length {
        unit,
        min,
        max,
        max_inclusive,
    }
}

/// A bound of `FIELDS`, as written (`text`) and as a number.
#[must_use]
pub const fn bound(text: &'static str, value: Number) -> Option<Bound> {
    Some(Bound::new(text, Some(value)))
}

/// The most common rule, `min..=max` with literal bounds on an unsigned integer field.
#[must_use]
pub const fn unsigned_range(min_text: &'static str, min: u128, max_text: &'static str, max: u128) -> Rule {
    range_rule(
        bound(min_text, Number::Unsigned(min)),
        true,
        bound(max_text, Number::Unsigned(max)),
        true,
    )
}

/// `min..=max` with literal bounds on a signed integer field.
#[must_use]
pub const fn signed_range(min_text: &'static str, min: i128, max_text: &'static str, max: i128) -> Rule {
    range_rule(
        bound(min_text, Number::Signed(min)),
        true,
        bound(max_text, Number::Signed(max)),
        true,
    )
}

/// Refusals are rare: keeping their construction out of line keeps the checks as small as a
/// hand-written `if`.
#[cold]
#[inline(never)]
fn refuse(site: &'static Site, kind: ErrorKind) -> FieldError {
    FieldError::at(site, kind)
}

/// `#[bounded(min = .., max = ..)]` on one value; `min_exclusive` and `..max` make a bound
/// exclusive.
///
/// # Errors
///
/// The first bound the value breaks; NaN is always refused.
#[inline]
pub fn range<T: Ranged + ?Sized>(
    value: &T,
    min: Option<T::Scalar>,
    min_inclusive: bool,
    max: Option<T::Scalar>,
    max_inclusive: bool,
    site: &'static Site,
) -> Result<(), FieldError> {
    let Some(got) = value.scalar() else { return Ok(()) };
    // Non-short-circuit `|` lets the optimiser merge both bounds into one range comparison,
    // as a hand-written `!(min..=max).contains(&x)` compiles to.
    // A NaN bound (another field's value, say) refuses every value rather than none; for
    // integers `is_nan_value` is a constant `false`, so the check costs nothing there.
    let below = matches!(min, Some(min) if got < min || (!min_inclusive && got == min) || min.is_nan_value());
    let above = matches!(max, Some(max) if got > max || (!max_inclusive && got == max) || max.is_nan_value());
    if got.is_nan_value() | below | above {
        return Err(refuse_range(got, (min, min_inclusive), (max, max_inclusive), site));
    }
    Ok(())
}

#[cold]
#[inline(never)]
fn refuse_range<S: Scalar>(
    got: S,
    (min, min_inclusive): (Option<S>, bool),
    (max, max_inclusive): (Option<S>, bool),
    site: &'static Site,
) -> FieldError {
    let kind = match (min, max) {
        _ if got.is_nan_value() => ErrorKind::NotANumber,
        _ if min.is_some_and(Scalar::is_nan_value) || max.is_some_and(Scalar::is_nan_value) => ErrorKind::Custom {
            message: alloc::borrow::Cow::Borrowed("has a bound that is not a number (NaN), which no value can pass"),
        },
        (Some(min), _) if got < min || (!min_inclusive && got == min) => ErrorKind::BelowMin {
            min: min.into(),
            inclusive: min_inclusive,
            got: got.into(),
        },
        (_, Some(max)) => ErrorKind::AboveMax {
            max: max.into(),
            inclusive: max_inclusive,
            got: got.into(),
        },
        // Unreachable by the caller's test; a plain message beats a panic all the same.
        _ => ErrorKind::Custom {
            message: alloc::borrow::Cow::Borrowed("is out of range"),
        },
    };
    FieldError::at(site, kind)
}

/// `#[bounded(len = ..)]` (or `bytes`, `utf16`, `graphemes`) on one value.
///
/// # Errors
///
/// The first length bound the value breaks.
#[inline]
pub fn length<T: HasLength + ?Sized>(
    value: &T,
    unit: LengthUnit,
    min: Option<usize>,
    max: Option<usize>,
    max_inclusive: bool,
    site: &'static Site,
) -> Result<(), FieldError> {
    let measured = match unit {
        LengthUnit::Chars => value.length(),
        _ => value.text().map(|text| unit.measure(text)),
    };
    let Some(got) = measured else { return Ok(()) };
    if let Some(min) = min {
        if got < min {
            return Err(refuse(site, ErrorKind::TooShort { min, unit, got }));
        }
    }
    if let Some(max) = max {
        if got > max || (!max_inclusive && got == max) {
            return Err(refuse(
                site,
                ErrorKind::TooLong {
                    max,
                    inclusive: max_inclusive,
                    unit,
                    got,
                },
            ));
        }
    }
    Ok(())
}

/// `#[bounded(min..=max)]` with both bounds, the common case: a shorter call than [`range`].
///
/// # Errors
///
/// The bound the value breaks; NaN is always refused.
#[inline]
pub fn within<T: Ranged + ?Sized>(
    value: &T,
    min: T::Scalar,
    max: T::Scalar,
    site: &'static Site,
) -> Result<(), FieldError> {
    range(value, Some(min), true, Some(max), true, site)
}

/// `#[check(RULE)]` on one value.
///
/// # Errors
///
/// The rule's refusal, as [`ErrorKind::Custom`].
#[inline]
pub fn check<T: ?Sized, C: Check<T>>(value: &T, rule: &C, site: &'static Site) -> Result<(), FieldError> {
    rule.check_kind(value).map_err(|kind| refuse(site, kind))
}

/// `#[check(RULE)]` on an `Option` field: the rule applies to `Some`.
///
/// # Errors
///
/// The rule's refusal.
#[inline]
pub fn check_some<T, C: Check<T>>(value: &Option<T>, rule: &C, site: &'static Site) -> Result<(), FieldError> {
    match value {
        Some(value) => check(value, rule, site),
        None => Ok(()),
    }
}

/// `each(..)`: `check` on every element of `value`.
///
/// # Errors
///
/// The first refused element's error, its position or key added to the field's path.
#[inline]
pub fn each<C: Elements + ?Sized>(
    value: &C,
    mut check: impl FnMut(&C::Item) -> Result<(), FieldError>,
) -> Result<(), FieldError> {
    value.first_refusal(&mut check)
}

/// `#[check(with_ctx(rule))]` on one value.
///
/// # Errors
///
/// The rule's refusal.
#[inline]
pub fn check_with<T: ?Sized, C: ?Sized>(
    value: &T,
    ctx: &C,
    rule: fn(&T, &C) -> Result<(), ErrorKind>,
    site: &'static Site,
) -> Result<(), FieldError> {
    rule(value, ctx).map_err(|kind| refuse(site, kind))
}

/// A rule's result with the `message` and `code` given with the rule.
///
/// # Errors
///
/// The rule's refusal, labelled.
#[inline]
pub fn labelled(
    result: Result<(), FieldError>,
    message: Option<&'static str>,
    code: Option<&'static str>,
) -> Result<(), FieldError> {
    result.map_err(|error| label(error, message, code))
}

#[cold]
fn label(mut error: FieldError, message: Option<&'static str>, code: Option<&'static str>) -> FieldError {
    if let Some(message) = message {
        error = error.with_message(message);
    }
    if let Some(code) = code {
        error = error.with_code(code);
    }
    error
}

/// The first refusal among a field's rules.
///
/// # Errors
///
/// The first `Err`, in the order the rules were written.
#[inline]
pub fn first_error<const N: usize>(results: [Result<(), FieldError>; N]) -> Result<(), FieldError> {
    for result in results {
        result?;
    }
    Ok(())
}

/// A setter's body: stores `value` if its check passed, else keeps the old value.
///
/// # Errors
///
/// The check's refusal.
#[inline]
pub fn assign<T>(check: Result<(), FieldError>, slot: &mut T, value: T) -> Result<(), FieldError> {
    check?;
    *slot = value;
    Ok(())
}

/// A constructor's body: `value` if it validates.
///
/// # Errors
///
/// Every refused field.
#[inline]
pub fn validated<T: Validate>(value: T) -> Result<T, ValidationErrors> {
    value.validate()?;
    Ok(value)
}

/// Collects every refused field of one struct, in field order, without allocating when none is.
pub struct Collector {
    struct_name: &'static str,
    errors: Vec<FieldError>,
}

impl Collector {
    /// An empty collection for `struct_name`.
    #[must_use]
    #[inline]
    pub fn new(struct_name: &'static str) -> Self {
        Collector {
            struct_name,
            errors: Vec::new(),
        }
    }

    /// Records a field's result.
    #[inline]
    pub fn field(&mut self, result: Result<(), FieldError>) {
        if let Err(error) = result {
            self.errors.push(error);
        }
    }

    /// `each(..)` in `validate`: every refused element, each at its own path.
    #[inline]
    pub fn each<C: Elements + ?Sized>(&mut self, value: &C, mut check: impl FnMut(&C::Item) -> Result<(), FieldError>) {
        value.refusals(&mut check, &mut |error| {
            self.errors.push(error);
            true
        });
    }

    /// Checks `min..=max` on one field, the common case: a shorter call in every `validate`.
    #[inline]
    pub fn within<T: Ranged + ?Sized>(&mut self, value: &T, min: T::Scalar, max: T::Scalar, site: &'static Site) {
        self.field(within(value, min, max, site));
    }

    /// Records the result of a rule on the whole struct (`#[slotmodel(check = ..)]`), whose
    /// errors name their own fields.
    #[inline]
    pub fn container<S>(&mut self, rule: fn(&S) -> Result<(), ValidationErrors>, value: &S) {
        if let Err(errors) = rule(value) {
            self.errors.extend(errors);
        }
    }

    /// Records a `#[nested]` field's result under `segment`.
    #[inline]
    pub fn nested(&mut self, segment: &'static str, result: Result<(), ValidationErrors>) {
        if let Err(inner) = result {
            self.errors.extend(inner.nest(self.struct_name, segment));
        }
    }

    /// `Ok` when nothing was refused.
    ///
    /// # Errors
    ///
    /// Everything recorded.
    #[inline]
    pub fn finish(self) -> Result<(), ValidationErrors> {
        ValidationErrors::from_vec(self.errors).map_or(Ok(()), Err)
    }
}

/// Implemented by `T` alone: a bound written as a constant or an expression must have the
/// field's type. The derive then casts it with `as`, which is the identity once this holds, so
/// a mistyped bound is this one error rather than a mismatch in every place the bound is used.
#[diagnostic::on_unimplemented(
    message = "this bound has type `{Self}`, but the field's bounds must be `{T}`",
    label = "expected a `{T}`",
    note = "declare the constant as a `{T}` (e.g. `const MAX: {T} = ..`), or write the bound as a literal; a cast such as `as {T}` could change its value"
)]
pub trait BoundOf<T> {}

impl<T> BoundOf<T> for T {}

/// Compiles only when `bound` is a `T`: see [`BoundOf`].
pub const fn bound_of<T, B: BoundOf<T>>(_bound: &B) {}

/// Bits of an optional integer field whose range spans `span`: its values and `None`.
#[must_use]
pub const fn bits_with_none(span: u128) -> u32 {
    match span.checked_add(1) {
        Some(values) => crate::span_bits(values),
        None => panic!("an `Option` of an integer bounded to its type's full 128-bit range has no spare value for `None`: narrow the bounds"),
    }
}

/// Each field's first bit, from the widths in declaration order.
#[must_use]
pub const fn bit_offsets<const N: usize>(widths: [u32; N]) -> [u32; N] {
    let mut offsets = [0; N];
    let mut i = 1;
    while i < N {
        offsets[i] = offsets[i - 1] + widths[i - 1];
        i += 1;
    }
    offsets
}

/// The total of the widths.
#[must_use]
pub const fn total_bits<const N: usize>(widths: [u32; N]) -> u32 {
    let mut total = 0;
    let mut i = 0;
    while i < N {
        total += widths[i];
        i += 1;
    }
    total
}

/// Bytes for `bits` bits.
#[must_use]
pub const fn bytes_for(bits: u32) -> usize {
    (bits as usize).div_ceil(8)
}

/// Each view field's first byte, from the sizes and the reserved bytes before each field.
#[must_use]
pub const fn view_offsets<const N: usize>(sizes: [usize; N], skips: [usize; N]) -> [usize; N] {
    let mut offsets = [0; N];
    let mut at = 0;
    let mut i = 0;
    while i < N {
        at += skips[i];
        offsets[i] = at;
        at += sizes[i];
        i += 1;
    }
    offsets
}

/// A record's size: the end of its last field.
#[must_use]
pub const fn view_end<const N: usize>(offsets: [usize; N], sizes: [usize; N]) -> usize {
    if N == 0 {
        0
    } else {
        offsets[N - 1] + sizes[N - 1]
    }
}

/// `<Name>Packed::from_bytes`: bytes from outside hold a valid record of `T` (every field's bits
/// a stored form, the bits after the last field zero, every rule passed) before they are used.
///
/// # Errors
///
/// The field whose bits encode no value, the padding, or every rule the record breaks.
pub fn check_stored<T: Packable>(
    bytes: &[u8],
    invalid_field: Option<&'static str>,
    type_name: &'static str,
) -> Result<(), ValidationErrors> {
    let refuse = |field: &'static str, message: &'static str| {
        Err(ValidationErrors::from(FieldError::new(
            type_name,
            field,
            ErrorKind::Custom {
                message: alloc::borrow::Cow::Borrowed(message),
            },
        )))
    };
    if let Some(field) = invalid_field {
        return refuse(field, "holds bits that encode no value of its type");
    }
    let padding = (bytes.len() * 8).saturating_sub(T::BITS as usize);
    if padding > 0 && get_bits(bytes, T::BITS as usize, u32::try_from(padding).unwrap_or(u32::MAX)) != 0 {
        return refuse("<padding>", "must be zero: bits are set after the last field");
    }
    T::read_bits(bytes, 0).check_packable()
}

/// Bytes that `records` values of `width` bits take.
#[must_use]
pub fn column_bytes(records: usize, width: usize) -> usize {
    records.saturating_mul(width).div_ceil(8)
}

/// Makes `column` long enough for `records` values of `width` bits, new bits zero.
pub fn grow_column(column: &mut Vec<u8>, records: usize, width: usize) {
    column.resize(column_bytes(records, width), 0);
}

/// The errors of the record at `index` of a sequence: `Name[index].field`.
#[must_use]
pub fn at_index(errors: ValidationErrors, index: usize) -> ValidationErrors {
    errors.at_index(index)
}

/// A bound whose value is not known to the macro (a constant of a non-primitive type).
#[must_use]
pub const fn bound_text(text: &'static str) -> Option<Bound> {
    Some(Bound::new(text, None))
}

/// One field's entry of `Name::LAYOUT`.
#[must_use]
pub const fn field_layout(
    name: &'static str,
    ty: &'static str,
    offset: usize,
    size: usize,
    bit_offset: u32,
    bits: u32,
) -> crate::FieldLayout {
    crate::FieldLayout {
        name,
        ty,
        offset,
        size,
        bit_offset,
        bits,
    }
}

/// `Name::LAYOUT`.
#[must_use]
pub const fn layout_report(
    type_name: &'static str,
    size: usize,
    align: usize,
    packed_bits: u32,
    packed_size: usize,
    fields: &'static [crate::FieldLayout],
) -> LayoutReport {
    LayoutReport {
        type_name,
        size,
        align,
        packed_bits,
        packed_size,
        fields,
    }
}

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

/// A `#[nested]` value and the context of the struct that holds it. Its `validate_nested`
/// passes the context on when the value takes one of that type (`ValidateWith<C>`), and
/// otherwise checks it with `Validate`: method resolution tries `NestedContext` on the value
/// before `NestedDefault` on a reference to it.
pub struct NestedWith<'a, T: ?Sized, C: ?Sized>(pub &'a T, pub &'a C);

/// The nested value takes the context: see [`NestedWith`].
pub trait NestedContext {
    /// The nested value's rules, its context rules against the holder's context.
    ///
    /// # Errors
    ///
    /// Every rule the value breaks.
    fn validate_nested(&self) -> Result<(), ValidationErrors>;
}

impl<T: ?Sized + ValidateWith<C>, C: ?Sized> NestedContext for NestedWith<'_, T, C> {
    #[inline]
    fn validate_nested(&self) -> Result<(), ValidationErrors> {
        self.0.validate_with(self.1)
    }
}

/// The nested value takes no context of that type: see [`NestedWith`].
pub trait NestedDefault {
    /// The nested value's rules.
    ///
    /// # Errors
    ///
    /// Every rule the value breaks.
    fn validate_nested(&self) -> Result<(), ValidationErrors>;
}

impl<T: ?Sized + Validate, C: ?Sized> NestedDefault for &NestedWith<'_, T, C> {
    #[inline]
    fn validate_nested(&self) -> Result<(), ValidationErrors> {
        self.0.validate()
    }
}

/// Without the `registry` feature, a serde registry's trait names this supertrait, which every
/// type has: the registry's one error says which feature it needs.
#[cfg(not(feature = "registry"))]
pub trait SerdePlugin {}

#[cfg(not(feature = "registry"))]
impl<T: ?Sized> SerdePlugin for T {}
