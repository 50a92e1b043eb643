//! The functions and traits that `#[derive(Validate)]`'s output calls, through `__private`:
//! checks of one value against one rule, the collection of a struct's refusals, and the
//! entries of `FIELDS`. Kept small and out of line where a refusal is built, so a check costs
//! no more than a hand-written `if`.

use alloc::vec::Vec;

use crate::validate::error::Site;
use crate::{
    Bound, Check, Elements, ErrorKind, FieldError, FieldSpec, HasLength, LengthUnit, Number, Ranged, Rule, Scalar,
    Validate, ValidateWith, ValidationErrors,
};

/// One entry of `FIELDS`: a call is shorter than the struct literal, and generated code is
/// compiled in every build of every user.
#[must_use]
pub const fn spec(
    struct_name: &'static str,
    name: &'static str,
    ty: &'static str,
    rules: &'static [Rule],
) -> FieldSpec {
    FieldSpec {
        name,
        ty,
        rules,
        site: [struct_name, name],
    }
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
        return Err(range_refusal(got, (min, min_inclusive), (max, max_inclusive), site));
    }
    Ok(())
}

/// The refusal of a number out of range, built in place when it fits the inline form: a
/// setter's refusal then costs what a hand-written `if` returning the same facts costs, with no
/// call, and the caller sees that the error owns nothing to drop. NaN goes out of line, and so
/// do 128-bit numbers, inside `FieldError::at`.
#[inline]
fn range_refusal<S: Scalar>(
    got: S,
    (min, min_inclusive): (Option<S>, bool),
    (max, max_inclusive): (Option<S>, bool),
    site: &'static Site,
) -> FieldError {
    let nan = got.is_nan_value() || min.is_some_and(S::is_nan_value) || max.is_some_and(S::is_nan_value);
    let kind = match (min, max) {
        _ if nan => return refuse_nan(got.is_nan_value(), site),
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

/// A NaN value, or a NaN bound (another field's value, say), which no value can pass.
#[cold]
#[inline(never)]
fn refuse_nan(value_is_nan: bool, site: &'static Site) -> FieldError {
    let kind = if value_is_nan {
        ErrorKind::NotANumber
    } else {
        ErrorKind::Custom {
            message: alloc::borrow::Cow::Borrowed("has a bound that is not a number (NaN), which no value can pass"),
        }
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

/// `validate` of a struct whose rules are the value ranges of one run of fields (see
/// [`Collector::within_run`]): the whole body in one call.
///
/// # Errors
///
/// Every refused field.
#[inline]
pub fn validate_run<T: RunScalar>(
    struct_name: &'static str,
    fields: &'static [FieldSpec],
    first: usize,
    values: &[T],
) -> Result<(), ValidationErrors> {
    let mut errors = Collector::new(struct_name);
    errors.within_run(fields, first, values);
    errors.finish()
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

    /// The value bounds of a run of consecutive fields of one primitive type, `values`, read
    /// from their `FIELDS` entries from `first` on. One call per run rather than one per field:
    /// generated code is compiled at every build of the user's crate. Inlined, the entries are
    /// constants: the loop that compares is small enough to unroll, so its bounds fold into the
    /// comparisons as if written in place, and errors are built out of line.
    #[inline]
    pub fn within_run<T: RunScalar>(&mut self, fields: &'static [FieldSpec], first: usize, values: &[T]) {
        let mut refused = false;
        for (spec, value) in fields[first..].iter().zip(values) {
            refused |= match literal_bounds::<T>(spec) {
                Some((min, max)) => *value < min || *value > max,
                None => true,
            };
        }
        if refused {
            self.refused_in_run(fields, first, values);
        }
    }

    #[cold]
    #[inline(never)]
    fn refused_in_run<T: RunScalar>(&mut self, fields: &'static [FieldSpec], first: usize, values: &[T]) {
        for (spec, value) in fields[first..].iter().zip(values) {
            if let Some(Rule::Range {
                min,
                min_inclusive,
                max,
                max_inclusive,
            }) = spec.rules.first()
            {
                let bound = |bound: &Option<Bound>| bound.as_ref().and_then(|b| b.value).and_then(T::from_number);
                self.field(range(
                    value,
                    bound(min),
                    *min_inclusive,
                    bound(max),
                    *max_inclusive,
                    &spec.site,
                ));
            }
        }
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

/// A bound whose value is not known to the macro (a constant of a non-primitive type).
#[must_use]
pub const fn bound_text(text: &'static str) -> Option<Bound> {
    Some(Bound::new(text, None))
}

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

/// Both bounds of a run's field, the `min..=max` the derive puts in runs alone.
#[inline]
fn literal_bounds<T: RunScalar>(spec: &FieldSpec) -> Option<(T, T)> {
    let Some(Rule::Range {
        min: Some(Bound { value: Some(min), .. }),
        min_inclusive: true,
        max: Some(Bound { value: Some(max), .. }),
        max_inclusive: true,
    }) = spec.rules.first()
    else {
        return None;
    };
    Some((T::from_number(*min)?, T::from_number(*max)?))
}

/// A primitive number that a run of fields in `validate` holds, made from the bound `FIELDS`
/// keeps for it.
pub trait RunScalar: Ranged<Scalar = Self> + Scalar {
    /// The bound as this type; `None` when it does not fit, which the derive has ruled out.
    fn from_number(number: Number) -> Option<Self>;
}

macro_rules! run_scalars {
    ($($variant:ident => $($ty:ty)*;)*) => {$($(
        impl RunScalar for $ty {
            #[inline]
            fn from_number(number: Number) -> Option<Self> {
                match number {
                    Number::$variant(value) => Self::try_from(value).ok(),
                    _ => None,
                }
            }
        }
    )*)*};
}

run_scalars! {
    Unsigned => u8 u16 u32 u64 u128 usize;
    Signed => i8 i16 i32 i64 i128 isize;
}
