//! The `const` checks: bounds given as constants that leave no valid value stop compilation,
//! and `new_const` checks its arguments at compile time.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, ToTokens};
use syn::Ident;

use super::{bound_expr, bound_type_checks};
use crate::ast::{Container, Field};
use crate::attr::bounded::{Bound, BoundKind};
use crate::attr::check::CheckRule;
use crate::expand::code::{Code, Str};
use crate::runtime::Private;
use crate::ty::{self, Prim, Shape};

/// A `const` item that stops compilation when bounds given as constants leave no valid value,
/// which the macro cannot see from the tokens alone.
pub fn const_order_check(container: &Container, field: &Field, private: &dyn ToTokens) -> Option<TokenStream> {
    let texts = empty_text_checks(field);
    if field.is_generic(container) {
        return texts;
    }
    let Some(bounded) = field.attrs.bounded.as_ref() else {
        return texts;
    };
    // Every check here is of a bound written as an expression; literals were checked by the macro.
    let expressions = std::iter::once(&bounded.value)
        .chain(bounded.lengths.iter().map(|l| &l.limits))
        .flat_map(|limits| limits.min.iter().chain(&limits.max));
    if !expressions
        .into_iter()
        .any(|bound| matches!(bound.kind, BoundKind::Expr))
    {
        return texts;
    }
    let ty = field.ty;
    let scalar = field.shape.scalar();
    let mut checks = bound_type_checks(bounded, scalar, private);
    let head = format!("{}.{}: the ", container.ident, field.name);
    let lengths = bounded
        .lengths
        .iter()
        .map(|l| (&l.limits, template!([] usize), "length ", Some(ty::LENGTH)));
    let value = (
        &bounded.value,
        template!([ty, private] <#ty as #private::Ranged>::Scalar),
        "",
        scalar,
    );
    for (limits, scalar_ty, what, scalar) in std::iter::once(value).chain(lengths) {
        // Looked up only for a check written here: most bounds are literals and need none.
        let span = || limits.span();
        let is_expr = |bound: &Bound| matches!(bound.kind, BoundKind::Expr);
        if let (Some(Prim::Float { name, .. }), true) = (scalar, what.is_empty()) {
            // A NaN bound (`f64::NAN`) compares false with everything, so it would let any value pass.
            let (span, name) = (span(), Ident::new(name, span()));
            for bound in limits.min.iter().chain(&limits.max).filter(|b| is_expr(b)) {
                let value = bound_expr(bound, scalar);
                let message = format!(
                    "{head}bound `{}` is NaN, which no value can be compared with",
                    bound.text()
                );
                checks.push(template_spanned!(span => [name, value, message] if #name::is_nan(#value) { ::core::panic!(#message); }));
            }
        }
        match (&limits.min, &limits.max) {
            (Some(min), Some(max)) if (is_expr(min) || is_expr(max)) && !min.is_field() && !max.is_field() => {
                let (min_expr, max_expr) = (bound_expr(min, scalar), bound_expr(max, scalar));
                // `max < min` rather than `!(min <= max)`: clippy refuses negated comparisons of floats.
                let refused = if limits.max_inclusive && limits.min_inclusive {
                    template!([] <)
                } else {
                    template!([] <=)
                };
                let message = format!(
                    "{head}{what}bounds `{}` and `{}` leave no valid value",
                    min.text(),
                    max.text()
                );
                checks.push(
                    template_spanned! {span() => [scalar_ty, min_expr, max_expr, refused, message]
                        let __min: #scalar_ty = #min_expr;
                        let __max: #scalar_ty = #max_expr;
                        if __max #refused __min {
                            ::core::panic!(#message);
                        }
                    },
                );
            }
            (None, Some(max)) if is_expr(max) && !limits.max_inclusive => {
                let Some(Prim::Int { name, .. }) = scalar else { continue };
                let (max_expr, name) = (bound_expr(max, scalar), Ident::new(name, span()));
                let message = format!(
                    "{head}range `..{}` leaves no valid value: `{name}` has none below it",
                    max.text()
                );
                // `==` rather than `<=`: nothing is below `MIN`, and clippy refuses the absurd comparison.
                checks.push(template_spanned! {span() => [max_expr, name, message]
                    if #max_expr == #name::MIN {
                        ::core::panic!(#message);
                    }
                });
            }
            _ => {}
        }
    }
    checks.extend(texts);
    if checks.is_empty() {
        return None;
    }
    Some(quote!(const _: () = { #(#checks)* };))
}

/// A string rule given an empty constant (`contains = NEEDLE` with `NEEDLE = ""`) fails the
/// build, as an empty literal fails the macro: checked once per field, its elements included.
fn empty_text_checks(field: &Field) -> Option<TokenStream> {
    let mut out = TokenStream::new();
    let mut level = Some(field);
    while let Some(field) = level {
        for rule in &field.attrs.checks {
            if let CheckRule::Builtin(builtin) = rule {
                out.extend(crate::attr::check::empty_text_check(builtin));
            }
        }
        level = field.element.as_deref();
    }
    (!out.is_empty()).then_some(out)
}

/// A call in `new_const` checking a run of consecutive fields of one numeric type, at least one
/// of them bounded: `PRIVATE::const_check::TYPE("Struct", Self::FIELDS, FIRST, &[a, b]);`. One
/// call per run rather than per field keeps the body short, and a `const fn`'s body is written
/// into the user's crate metadata at every build.
pub struct ConstRun {
    /// The checker, named after the type.
    pub checker: &'static str,
    /// The index of the run's first field.
    pub first: usize,
    /// The argument names of the run's fields.
    pub locals: Vec<Ident>,
}

/// The runs `new_const` checks, in field order.
pub fn const_runs(container: &Container) -> Vec<ConstRun> {
    let mut runs: Vec<(ConstRun, bool)> = Vec::new();
    for (index, field) in container.fields.iter().enumerate() {
        let Shape::Prim(prim @ (Prim::Int { .. } | Prim::Float { .. })) = field.shape else {
            continue;
        };
        let bounded = field.attrs.bounded.as_ref().is_some_and(|b| b.value.is_set());
        let local = const_arg_name(field);
        match runs.last_mut() {
            Some((run, any_bounded)) if run.checker == prim.name() && run.first + run.locals.len() == index => {
                run.locals.push(local);
                *any_bounded |= bounded;
            }
            _ => runs.push((
                ConstRun {
                    checker: prim.name(),
                    first: index,
                    locals: vec![local],
                },
                bounded,
            )),
        }
    }
    runs.into_iter()
        .filter_map(|(run, bounded)| bounded.then_some(run))
        .collect()
}

impl ConstRun {
    pub fn write(&self, code: &mut Code, private: &Private, struct_name: &str) {
        let locals: Vec<String> = self.locals.iter().map(ToString::to_string).collect();
        code.private(private).fmt(format_args!(
            "::const_check::{}({}, Self::FIELDS, {}, &[{}]);",
            self.checker,
            Str(struct_name),
            self.first,
            locals.join(", ")
        ));
    }
}

/// The argument name of a field in `new` and `new_const`.
pub fn const_arg_name(field: &Field) -> Ident {
    match &field.original.ident {
        Some(ident) => ident.clone(),
        None => format_ident!("__{}", field.name),
    }
}
