//! The code of field rules, shared by every derive that checks `#[bounded]`, `#[check]` and
//! `#[nested]`: the per-field check function, `FIELDS`, and the `const` checks.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::{Ident, LitFloat};

use crate::ast::{Container, Field};
use crate::attr::bounded::{Bound, BoundKind, Limits};
use crate::ty::{Prim, Shape};

/// An expression of type `Result<(), FieldError>` checking one field's `#[bounded]` and
/// `#[check]` rules against `value` (an expression of type `&FieldType`), or `None` when the
/// field has no rules. Inlined where it is used rather than put in a helper function: fewer
/// items make the user's crate compile faster.
pub fn check_expr(
    container: &Container,
    field: &Field,
    private: &TokenStream,
    value: &TokenStream,
) -> Option<TokenStream> {
    let struct_name = container.ident.to_string();
    let field_name = &field.name;
    // Trait errors (a bound on a type that has no order or length) point at the field's type.
    let ty_span = syn::spanned::Spanned::span(field.ty);
    let mut steps = Vec::new();
    if let Some(bounded) = &field.attrs.bounded {
        if bounded.value.is_set() {
            let (min, max, inclusive) = limit_args(&bounded.value, field.shape.scalar(), private, ty_span);
            steps.push(
                quote_spanned!(ty_span=> #private::range(#value, #min, #max, #inclusive, #struct_name, #field_name)),
            );
        }
        if bounded.len.is_set() {
            let (min, max, inclusive) = limit_args(&bounded.len, None, private, ty_span);
            steps.push(
                quote_spanned!(ty_span=> #private::length(#value, #min, #max, #inclusive, #struct_name, #field_name)),
            );
        }
    }
    for rule in &field.attrs.checks {
        let check = if matches!(field.shape, Shape::Option(_)) {
            quote!(check_some)
        } else {
            quote!(check)
        };
        steps.push(quote_spanned!(rule_span(rule)=> #private::#check(#value, &(#rule), #struct_name, #field_name)));
    }
    match steps.len() {
        0 => None,
        1 => steps.pop(),
        _ => Some(quote!(#private::first_error([#(#steps),*]))),
    }
}

fn rule_span(rule: &TokenStream) -> Span {
    rule.clone()
        .into_iter()
        .next()
        .map_or_else(Span::call_site, |t| t.span())
}

/// `(min, max, max_inclusive)` arguments; integer literals become float literals on float
/// fields, so `#[bounded(max = 100)]` works on an `f32`.
fn limit_args(
    limits: &Limits,
    scalar: Option<Prim>,
    private: &TokenStream,
    span: Span,
) -> (TokenStream, TokenStream, bool) {
    let wrap = |bound: &Option<Bound>| {
        if let Some(bound) = bound {
            let value = bound_expr(bound, scalar);
            quote_spanned!(span=> #private::Some(#value))
        } else {
            quote_spanned!(span=> #private::None)
        }
    };
    (wrap(&limits.min), wrap(&limits.max), limits.max_inclusive)
}

/// `(min, max, max_inclusive)` of a field's `#[bounded]` value range, when it has one: the
/// arguments of the runtime `range` check.
pub fn range_args(field: &Field, private: &TokenStream) -> Option<(TokenStream, TokenStream, bool)> {
    let bounded = field.attrs.bounded.as_ref().filter(|b| b.value.is_set())?;
    Some(limit_args(
        &bounded.value,
        field.shape.scalar(),
        private,
        Span::call_site(),
    ))
}

/// The bound as an expression of the field's scalar type, keeping the user's spans.
pub fn bound_expr(bound: &Bound, scalar: Option<Prim>) -> TokenStream {
    match (&bound.kind, scalar) {
        (BoundKind::Int { negative, magnitude }, Some(Prim::Float { .. })) => {
            let span = bound
                .tokens
                .clone()
                .into_iter()
                .last()
                .map_or_else(Span::call_site, |t| t.span());
            let lit = LitFloat::new(&format!("{magnitude}.0"), span);
            if *negative {
                quote!(-#lit)
            } else {
                quote!(#lit)
            }
        }
        _ => bound.tokens.clone(),
    }
}

/// `FIELDS`: every field with its rules.
pub fn field_specs(container: &Container, private: &TokenStream) -> TokenStream {
    let specs = container.fields.iter().map(|field| {
        let name = &field.name;
        let ty = super::type_text(field.ty);
        let mut rules = Vec::new();
        if let Some(bounded) = &field.attrs.bounded {
            if bounded.value.is_set() {
                let scalar = field.shape.scalar();
                let spec = |b: &Option<Bound>| spec_bound(b.as_ref(), scalar, private);
                let (min, max, inclusive) = (
                    spec(&bounded.value.min),
                    spec(&bounded.value.max),
                    bounded.value.max_inclusive,
                );
                rules.push(quote!(#private::Rule::Range { min: #min, max: #max, max_inclusive: #inclusive }));
            }
            if bounded.len.is_set() {
                let (min, max, inclusive) = limit_args(&bounded.len, None, private, Span::call_site());
                rules.push(quote!(#private::Rule::Length { min: #min, max: #max, max_inclusive: #inclusive }));
            }
        }
        for rule in &field.attrs.checks {
            let text = super::type_text(rule);
            rules.push(quote!(#private::Rule::Check(#text)));
        }
        if field.attrs.nested.is_some() {
            rules.push(quote!(#private::Rule::Nested));
        }
        quote!(#private::FieldSpec { name: #name, ty: #ty, rules: &[#(#rules),*] })
    });
    quote!(&[#(#specs),*])
}

fn spec_bound(bound: Option<&Bound>, scalar: Option<Prim>, private: &TokenStream) -> TokenStream {
    let Some(bound) = bound else {
        return quote!(#private::None);
    };
    let text = bound.text();
    let value = bound_expr(bound, scalar);
    if let (BoundKind::Int { negative, magnitude }, Some(Prim::Int { signed, .. })) = (&bound.kind, scalar) {
        // A literal: its value is known here, so no cast is left for the compiler to evaluate.
        let number = match (signed, negative) {
            (true, true) => {
                let lit = proc_macro2::Literal::u128_unsuffixed(*magnitude);
                quote!(#private::Number::Signed(-#lit))
            }
            (true, false) => {
                let lit = proc_macro2::Literal::u128_unsuffixed(*magnitude);
                quote!(#private::Number::Signed(#lit))
            }
            _ => {
                let lit = proc_macro2::Literal::u128_unsuffixed(*magnitude);
                quote!(#private::Number::Unsigned(#lit))
            }
        };
        return quote!(#private::Some(#private::Bound { text: #text, value: #private::Some(#number) }));
    }
    let number = match scalar {
        Some(Prim::Int { signed: true, .. }) => quote!(#private::Some(#private::Number::Signed((#value) as i128))),
        Some(Prim::Int { signed: false, .. }) => quote!(#private::Some(#private::Number::Unsigned((#value) as u128))),
        Some(Prim::Float { bits: 32, .. }) => quote!(#private::Some(#private::Number::F32(#value))),
        Some(Prim::Float { .. }) => quote!(#private::Some(#private::Number::F64(#value))),
        _ => quote!(#private::None),
    };
    quote!(#private::Some(#private::Bound { text: #text, value: #number }))
}

/// A `const` item that stops compilation when bounds given as constants leave no valid value,
/// which the macro cannot see from the tokens alone.
pub fn const_order_check(container: &Container, field: &Field, private: &TokenStream) -> Option<TokenStream> {
    if field.is_generic(container) {
        return None;
    }
    let bounded = field.attrs.bounded.as_ref()?;
    let mut checks = Vec::new();
    let ty = field.ty;
    for (limits, scalar_ty, what) in [
        (&bounded.value, quote!(<#ty as #private::Ranged>::Scalar), ""),
        (&bounded.len, quote!(usize), "length "),
    ] {
        let (Some(min), Some(max)) = (&limits.min, &limits.max) else {
            continue;
        };
        if !matches!(min.kind, BoundKind::Expr) && !matches!(max.kind, BoundKind::Expr) {
            continue;
        }
        let (min_expr, max_expr) = (
            bound_expr(min, field.shape.scalar()),
            bound_expr(max, field.shape.scalar()),
        );
        // `max < min` rather than `!(min <= max)`: clippy refuses negated comparisons of floats.
        let refused = if limits.max_inclusive { quote!(<) } else { quote!(<=) };
        let message = format!(
            "{}.{}: the {what}bounds `{}` and `{}` leave no valid value",
            container.ident,
            field.name,
            min.text(),
            max.text()
        );
        let span = limits
            .tokens
            .clone()
            .into_iter()
            .next()
            .map_or_else(Span::call_site, |t| t.span());
        checks.push(quote_spanned! {span=>
            let __min: #scalar_ty = #min_expr;
            let __max: #scalar_ty = #max_expr;
            if __max #refused __min {
                ::core::panic!(#message);
            }
        });
    }
    if checks.is_empty() {
        return None;
    }
    Some(quote!(const _: () = { #(#checks)* };))
}

/// The body of `new_const` for one field, or `None` when the field has no bounds.
pub fn const_field_check(container: &Container, field: &Field, private: &TokenStream) -> Option<TokenStream> {
    let bounded = field.attrs.bounded.as_ref()?;
    let Shape::Prim(prim) = field.shape else { return None };
    let limits = &bounded.value;
    let (checker, wide) = match prim {
        Prim::Int { signed: true, .. } => (quote!(signed), quote!(i128)),
        Prim::Int { signed: false, .. } => (quote!(unsigned), quote!(u128)),
        Prim::Float { .. } => (quote!(float), quote!(f64)),
        Prim::Bool | Prim::Char => return None,
    };
    let arg = |bound: &Option<Bound>| {
        if let Some(bound) = bound {
            let value = bound_expr(bound, Some(prim));
            quote!(#private::Some((#value) as #wide))
        } else {
            quote!(#private::None)
        }
    };
    let (min, max, inclusive) = (arg(&limits.min), arg(&limits.max), limits.max_inclusive);
    let struct_name = container.ident.to_string();
    let field_name = &field.name;
    let local = const_arg_name(field);
    Some(quote!(#private::const_check::#checker(#struct_name, #field_name, #local as #wide, #min, #max, #inclusive);))
}

/// The argument name of a field in `new` and `new_const`.
pub fn const_arg_name(field: &Field) -> Ident {
    match &field.original.ident {
        Some(ident) => ident.clone(),
        None => format_ident!("__{}", field.name),
    }
}
