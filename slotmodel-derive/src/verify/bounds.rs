//! Bounds held to the field's type: literals that do not fit it, suffixes of another type,
//! ranges that no value can pass, and lengths on what has none.

use std::cmp::Ordering;

use super::type_text;
use crate::ast::Field;
use crate::attr::bounded::{Bound, BoundKind, Limits};
use crate::ctxt::Ctxt;
use crate::ty::{Prim, Shape};

pub(super) fn check_value_bounds(cx: &Ctxt, field: &Field, limits: &Limits) {
    match &field.shape {
        shape @ (Shape::Text | Shape::Sequence) => {
            return cx.error_spanned_by(limits.tokens(), format!("`{}` is a {}, which has no order: bound its length with `#[bounded(len = ..)]`, or use `#[check(..)]`", field.name, shape.describe()));
        }
        _ if matches!(field.shape.scalar(), Some(Prim::Bool | Prim::Char)) => {
            return cx.error_spanned_by(
                limits.tokens(),
                format!(
                    "`{}` is a `{}`, which `#[bounded]` cannot range over; use `#[check(rules::one_of(..))]`",
                    field.name,
                    type_text(field)
                ),
            );
        }
        _ => {}
    }
    if let Some(prim) = field.shape.scalar() {
        for bound in limits.min.iter().chain(&limits.max) {
            if check_suffix(cx, &format!("`{}`", field.name), prim, bound) {
                check_fits(cx, field, prim, bound);
            }
        }
        check_type_range(cx, prim, limits);
    }
    check_order(
        cx,
        limits,
        "",
        field.shape.scalar().is_some_and(|p| p.int_range().is_some()),
    );
}

/// A literal's suffix names the field's type, or is absent. Returns whether it was fine.
fn check_suffix(cx: &Ctxt, holder: &str, expected: Prim, bound: &Bound) -> bool {
    let name = expected.name();
    if bound.suffix.is_empty() || bound.suffix == name {
        return true;
    }
    let plain = bound.text().strip_suffix(bound.suffix.as_str()).unwrap_or(bound.text());
    // Suggest the field's suffix only where the value fits the field's type.
    let fits = match (bound.kind.clone(), expected.int_range()) {
        (BoundKind::Int { negative, magnitude }, Some((low, high))) => {
            compare((negative, magnitude), low) != Ordering::Less
                && compare((negative, magnitude), high) != Ordering::Greater
        }
        _ => true,
    };
    let fix = if fits {
        format!("write `{plain}` or `{plain}{name}`")
    } else {
        format!(
            "`{plain}` does not fit {} `{name}`; widen the field's type or change the bound",
            article(name)
        )
    };
    cx.error_spanned_by(
        &bound.tokens,
        format!(
            "`{}` is {} `{}`, but {holder} is {} `{name}`: {fix}",
            bound.text(),
            article(&bound.suffix),
            bound.suffix,
            article(name)
        ),
    );
    false
}

/// "an `i8`", "an `f32`", "a `u8`": as the names are read aloud.
pub(super) fn article(type_name: &str) -> &'static str {
    if type_name.starts_with(['i', 'f']) {
        "an"
    } else {
        "a"
    }
}

/// A one-sided range that leaves no value of the field's integer type: `..0` on a `u32`,
/// `..-128` on an `i8`.
fn check_type_range(cx: &Ctxt, prim: Prim, limits: &Limits) {
    if let (Some(min), false, Some((_, high)), None) =
        (&limits.min, limits.min_inclusive, prim.int_range(), &limits.max)
    {
        if let BoundKind::Int { negative, magnitude } = min.kind {
            if compare((negative, magnitude), high) != Ordering::Less {
                cx.error_spanned_by(limits.tokens(), format!("`min_exclusive = {}` leaves no value: `{}` has no value above {}; lower the bound, use `min`, or widen the type", min.text(), prim.name(), min.text()));
            }
        }
    }
    let (Some(max), false, Some((low, _))) = (&limits.max, limits.max_inclusive, prim.int_range()) else {
        return;
    };
    let BoundKind::Int { negative, magnitude } = max.kind else {
        return;
    };
    if limits.min.is_none() && compare((negative, magnitude), low) != Ordering::Greater {
        cx.error_spanned_by(
            limits.tokens(),
            format!(
                "the range `{}` is empty: `..` excludes its end, and `{}` has no value below {}; raise the end{}",
                limits.tokens().to_string().replace(' ', ""),
                prim.name(),
                max.text(),
                if low.0 { "" } else { " or use a signed type" }
            ),
        );
    }
}

pub(super) fn check_len_bounds(cx: &Ctxt, field: &Field, limits: &Limits) {
    if let Some(prim) = field.shape.scalar() {
        return cx.error_spanned_by(limits.tokens(), format!("`len` needs a string or a collection, but `{}` is {} `{}`; bound a number with `min`/`max` or a range such as `1..=10`", field.name, article(prim.name()), prim.name()));
    }
    for bound in limits.min.iter().chain(&limits.max) {
        if !check_suffix(cx, "a length", crate::ty::LENGTH, bound) {
            continue;
        }
        match bound.kind {
            BoundKind::Int { negative: true, .. } => cx.error_spanned_by(&bound.tokens, "a length cannot be negative"),
            BoundKind::Float(_) => {
                cx.error_spanned_by(&bound.tokens, "a length is a whole number; write it without a fraction");
            }
            _ => {}
        }
    }
    check_order(cx, limits, "length ", true);
}

fn check_fits(cx: &Ctxt, field: &Field, prim: Prim, bound: &Bound) {
    let text = bound.text();
    match (prim, &bound.kind) {
        (Prim::Int { name, .. }, BoundKind::Float(_)) => {
            cx.error_spanned_by(
                &bound.tokens,
                format!(
                    "`{text}` is not an integer, but `{}` is a `{name}`; use a whole number",
                    field.name
                ),
            );
        }
        (Prim::Int { name, .. }, BoundKind::Int { negative, magnitude }) => {
            let Some((low, high)) = prim.int_range() else { return };
            let value = (*negative, *magnitude);
            if compare(value, low) == Ordering::Less || compare(value, high) == Ordering::Greater {
                let low = if low.0 {
                    format!("-{}", low.1)
                } else {
                    low.1.to_string()
                };
                cx.error_spanned_by(&bound.tokens, format!("`{text}` does not fit in `{name}`, whose values are {low}..={}; use a bound inside that range or a wider type", high.1));
            }
        }
        (Prim::Float { name: "f32", .. }, BoundKind::Float(value)) if value.abs() > f64::from(f32::MAX) => {
            cx.error_spanned_by(
                &bound.tokens,
                format!("`{text}` does not fit in `f32`; use a bound of at most {:e}", f32::MAX),
            );
        }
        _ => {}
    }
}

/// Compares (negative, magnitude) integers.
fn compare(a: (bool, u128), b: (bool, u128)) -> Ordering {
    match (a.0, b.0) {
        (false, false) => a.1.cmp(&b.1),
        (true, true) => b.1.cmp(&a.1),
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
    }
}

fn numeric(bound: &Bound) -> Option<Numeric> {
    match bound.kind {
        BoundKind::Int { negative, magnitude } => Some(Numeric::Int(negative, magnitude)),
        BoundKind::Float(value) => Some(Numeric::Float(value)),
        BoundKind::Expr | BoundKind::Field(_) => None,
    }
}

enum Numeric {
    Int(bool, u128),
    Float(f64),
}

impl Numeric {
    #[allow(
        clippy::cast_precision_loss,
        reason = "only used to order a float against an integer"
    )]
    fn as_f64(&self) -> f64 {
        match *self {
            Numeric::Int(negative, magnitude) => {
                if negative {
                    -(magnitude as f64)
                } else {
                    magnitude as f64
                }
            }
            Numeric::Float(value) => value,
        }
    }

    fn cmp(&self, other: &Numeric) -> Option<Ordering> {
        match (self, other) {
            (Numeric::Int(a, b), Numeric::Int(c, d)) => Some(compare((*a, *b), (*c, *d))),
            _ => self.as_f64().partial_cmp(&other.as_f64()),
        }
    }
}

/// Literal bounds that no value can pass are errors; paths are checked by a generated `const`.
/// `integer`: the bounded values are whole numbers, so two exclusive bounds one apart leave none.
fn check_order(cx: &Ctxt, limits: &Limits, what: &str, integer: bool) {
    let (Some(min), Some(max)) = (&limits.min, &limits.max) else {
        return;
    };
    let (Some(low), Some(high)) = (numeric(min), numeric(max)) else {
        return;
    };
    // Printed only for a message: most bounds are in order, and printing tokens is a round trip
    // to the compiler.
    let written = || written(limits, what);
    let is_range = || limits.tokens().to_string().contains("..");
    match low.cmp(&high) {
        Some(Ordering::Greater) if !is_range() => {
            cx.error_spanned_by(
                limits.tokens(),
                format!(
                    "{what}`min` ({}) is greater than `max` ({}): no value can pass; swap them or fix one",
                    min.text(),
                    max.text()
                ),
            );
        }
        Some(Ordering::Greater) => {
            cx.error_spanned_by(
                limits.tokens(),
                format!(
                    "the {what}range {} is empty: its start is above its end, so no value can pass",
                    written()
                ),
            );
        }
        Some(Ordering::Equal) if !limits.min_inclusive || !limits.max_inclusive => {
            let message = if is_range() {
                format!(
                    "the {what}range {} is empty: `..` excludes its end; write `{}..={}` to allow exactly {}",
                    written(),
                    min.text(),
                    max.text(),
                    min.text()
                )
            } else if !limits.min_inclusive {
                format!("`min{}_exclusive = {}` with a {what}maximum of {} leaves no valid value: raise the maximum, or use `min`", if what.is_empty() { "" } else { "_len" }, min.text(), max.text())
            } else {
                format!(
                    "{} leaves no valid value: make a bound inclusive (`min = {}` or `max = {}`), or move one apart",
                    written(),
                    min.text(),
                    max.text()
                )
            };
            cx.error_spanned_by(limits.tokens(), message);
        }
        Some(Ordering::Less) if integer && !limits.min_inclusive && !limits.max_inclusive => {
            let signed = |n: &Numeric| match *n {
                Numeric::Int(negative, magnitude) => {
                    i128::try_from(magnitude).ok().map(|m| if negative { -m } else { m })
                }
                Numeric::Float(_) => None,
            };
            if let (Some(a), Some(b)) = (signed(&low), signed(&high)) {
                if b - a <= 1 {
                    cx.error_spanned_by(
                        limits.tokens(),
                        format!(
                            "{} leaves no whole number between them: make a bound inclusive, e.g. `min = {}`",
                            written(),
                            min.text()
                        ),
                    );
                }
            }
        }
        _ => {}
    }
}

/// The bounds as the user wrote them, quoted: `` `1..10` `` or `` `min = 5, max_exclusive = 5` ``.
fn written(limits: &Limits, what: &str) -> String {
    if limits.tokens().to_string().contains("..") {
        return format!("`{}`", limits.tokens().to_string().replace(' ', ""));
    }
    let suffix = if what.is_empty() { "" } else { "_len" };
    let side = |bound: &Option<crate::attr::bounded::Bound>, name: &str, inclusive: bool| {
        bound.as_ref().map(|b| {
            let exclusive = if inclusive { "" } else { "_exclusive" };
            format!("{name}{suffix}{exclusive} = {}", b.text())
        })
    };
    let keys: Vec<String> = [
        side(&limits.min, "min", limits.min_inclusive),
        side(&limits.max, "max", limits.max_inclusive),
    ]
    .into_iter()
    .flatten()
    .collect();
    format!("`{}`", keys.join(", "))
}
