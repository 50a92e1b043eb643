//! The code of field rules, shared by every derive that checks `#[bounded]`, `#[check]` and
//! `#[nested]`: the per-field check function, `FIELDS`, and the `const` checks.

use proc_macro2::{Span, TokenStream};
use quote::{quote, ToTokens};
use syn::{Ident, LitFloat};

use crate::ast::{Container, Field};
use crate::attr::bounded::{Bound, BoundKind, BoundedAttr, Length, Limits, Unit};
use crate::attr::check::{Builtin, CheckRule};
use crate::ty::{self, Prim, Shape};
use specs::literal_int;

mod constant;
mod specs;

pub use constant::{const_arg_name, const_order_check, const_runs};
pub use specs::{field_specs, IntLiteral};

/// An expression of type `Result<(), FieldError>` checking one field's `#[bounded]` and
/// `#[check]` rules against `value` (an expression of type `&FieldType`), or `None` when the
/// field has no rules. Inlined where it is used rather than put in a helper function: fewer
/// items make the user's crate compile faster.
pub fn check_expr(
    container: &Container,
    field: &Field,
    private: &dyn ToTokens,
    value: &dyn ToTokens,
) -> Option<TokenStream> {
    checks(container, field, private, value, true)
}

/// The field's rules without those of its elements, which `validate` checks apart to report
/// every refused element.
pub fn own_check_expr(
    container: &Container,
    field: &Field,
    private: &dyn ToTokens,
    value: &dyn ToTokens,
) -> Option<TokenStream> {
    checks(container, field, private, value, false)
}

fn checks(
    container: &Container,
    field: &Field,
    private: &dyn ToTokens,
    value: &dyn ToTokens,
    elements: bool,
) -> Option<TokenStream> {
    if field.attrs.stub {
        return Some(template!([private] #private::Ok(())));
    }
    let struct_name = container.ident.to_string();
    let field_name = &field.name;
    // Trait errors (a bound on a type that has no order or length) point at the field's type.
    let ty_span = syn::spanned::Spanned::span(field.ty);
    let mut steps = Vec::new();
    if let Some(bounded) = &field.attrs.bounded {
        if let Some((min, max)) = literal_pair(&bounded.value, field.shape.scalar()) {
            steps.push(template_spanned!(ty_span => [private, value, min, max, struct_name, field_name] #private::within(#value, #min, #max, &[#struct_name, #field_name])));
        } else if bounded.value.is_set() {
            let (min, max, inclusive) = limit_args(&bounded.value, field.shape.scalar(), private, ty_span);
            let min_inclusive = bounded.value.min_inclusive;
            steps.push(
                template_spanned!(ty_span => [private, value, min, min_inclusive, max, inclusive, struct_name, field_name] #private::range(#value, #min, #min_inclusive, #max, #inclusive, &[#struct_name, #field_name])),
            );
        }
        for length in bounded.lengths.iter().filter(|l| l.limits.is_set()) {
            let (min, max, inclusive) = limit_args(&length.limits, Some(ty::LENGTH), private, ty_span);
            let unit = length_unit(length, private);
            steps.push(
                template_spanned!(ty_span => [private, value, unit, min, max, inclusive, struct_name, field_name] #private::length(#value, #unit, #min, #max, #inclusive, &[#struct_name, #field_name])),
            );
        }
        if bounded.label.is_set() {
            for step in &mut steps {
                *step = labelled(step, &bounded.label, private);
            }
        }
    }
    for (rule, label) in field.attrs.checks.iter().zip(&field.attrs.check_labels) {
        if let CheckRule::WithCtx(key, path) = rule {
            // `__ctx` is the context parameter of `validate_with` and of the field's setter.
            let ctx = Ident::new("__ctx", Span::call_site());
            // The rule is typed where it is named, so a rule of another signature is a type
            // error on its name rather than inside the runtime.
            let rule = match &container.attrs.context {
                Some(context) => {
                    let (span, ty) = (rule_span(path), field.ty);
                    let p = crate::expand::shared::respan(&private.to_token_stream(), span);
                    template_spanned!(span => [ty, context, p, path] { let __rule: fn(&#ty, &#context) -> #p::Result<(), #p::ErrorKind> = #path; __rule })
                }
                None => path.clone(),
            };
            let step = template_spanned!(key.span() => [private, value, ctx, rule, struct_name, field_name] #private::check_with(#value, #ctx, #rule, &[#struct_name, #field_name]));
            steps.push(labelled(&step, label, private));
            continue;
        }
        let on_option = matches!(field.shape, Shape::Option(_));
        let (rule, span, inside) = match rule {
            CheckRule::Expr(rule) => (template!([rule] #rule), rule_span(rule), on_option),
            CheckRule::Builtin(builtin) => (
                builtin_rule(builtin, private),
                builtin.name.span(),
                on_option && !builtin.is_required(),
            ),
            // Moved to the element's rules when parsed; handled above.
            CheckRule::Each(..) | CheckRule::WithCtx(..) => continue,
        };
        let check = if inside {
            template!([] check_some)
        } else {
            template!([] check)
        };
        let step = template_spanned!(span => [private, check, value, rule, struct_name, field_name] #private::#check(#value, &(#rule), &[#struct_name, #field_name]));
        steps.push(labelled(&step, label, private));
    }
    if let Some(inner) = element_check(container, field, private).filter(|_| elements) {
        steps.push(template_spanned!(ty_span => [private, value, inner] #private::each(#value, |__item| #inner)));
    }
    first_error(steps, private)
}

/// The check of one element of an `each(..)` field, on `__item`.
pub fn element_check(container: &Container, field: &Field, private: &dyn ToTokens) -> Option<TokenStream> {
    let element = field.element.as_ref()?;
    // Each level binds its own `__item`, shadowing the collection's.
    check_expr(container, element, private, &template!([] __item))
}

fn first_error(mut steps: Vec<TokenStream>, private: &dyn ToTokens) -> Option<TokenStream> {
    match steps.len() {
        0 => None,
        1 => steps.pop(),
        _ => Some(quote!(#private::first_error([#(#steps),*]))),
    }
}

/// `step` with the rule's `message` and `code` attached to its error, when given.
fn labelled(step: &TokenStream, label: &crate::attr::Label, private: &dyn ToTokens) -> TokenStream {
    if !label.is_set() {
        return step.clone();
    }
    let text = |text: &Option<String>| {
        text.as_ref().map_or_else(
            || template!([private] #private::None),
            |text| template!([private, text] #private::Some(#text)),
        )
    };
    let (message, code) = (text(&label.message), text(&label.code));
    template!([private, step, message, code] #private::labelled(#step, #message, #code))
}

/// `&self.member` or `&value`, written straight into the caller's tokens: building it apart
/// and splicing it in would cost the macro a round trip to the compiler per use.
pub enum Operand<'a> {
    Field(&'a syn::Member),
    Value,
}

impl ToTokens for Operand<'_> {
    fn to_tokens(&self, out: &mut TokenStream) {
        use proc_macro2::{Punct, Spacing};
        use quote::TokenStreamExt;
        // `self` keeps the call-site span; a user span would hide it inside a `macro_rules!`.
        out.append(Punct::new('&', Spacing::Alone));
        match self {
            Operand::Field(member) => {
                out.append(Ident::new("self", Span::call_site()));
                out.append(Punct::new('.', Spacing::Alone));
                member.to_tokens(out);
            }
            Operand::Value => out.append(Ident::new("value", Span::call_site())),
        }
    }
}

/// Both value bounds of an integer field when they are literals and the upper one inclusive,
/// the common case that the short `within` check serves.
pub fn literal_pair(limits: &Limits, scalar: Option<Prim>) -> Option<(IntLiteral, IntLiteral)> {
    let (Some(min), Some(max), true, Some(Prim::Int { signed, .. })) = (
        &limits.min,
        &limits.max,
        limits.max_inclusive && limits.min_inclusive,
        scalar,
    ) else {
        return None;
    };
    Some((literal_int(min, signed)?, literal_int(max, signed)?))
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
    private: &dyn ToTokens,
    span: Span,
) -> (TokenStream, TokenStream, bool) {
    let wrap = |bound: &Option<Bound>| {
        if let Some(bound) = bound {
            let value = bound_expr(bound, scalar);
            template_spanned!(span => [private, value] #private::Some(#value))
        } else {
            template_spanned!(span => [private] #private::None)
        }
    };
    (wrap(&limits.min), wrap(&limits.max), limits.max_inclusive)
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
                template!([lit] -#lit)
            } else {
                template!([lit] #lit)
            }
        }
        // `as` is the identity here: `bound_type_checks` refuses a bound of another type.
        // `self.limit`, with `self` as the generated methods spell it; no cast, so a field of
        // another type is a type error on the bound.
        (BoundKind::Field(field), _) => {
            let this = Ident::new("self", Span::call_site());
            template!([this, field] #this.#field)
        }
        (BoundKind::Expr, Some(Prim::Int { name, .. } | Prim::Float { name, .. })) => {
            let (tokens, ty) = (&bound.tokens, Ident::new(name, Span::call_site()));
            template!([tokens, ty] (#tokens as #ty))
        }
        _ => bound.tokens.clone(),
    }
}

/// `LengthUnit::Bytes`; `graphemes` through a macro that names the feature it needs.
fn length_unit(length: &Length, private: &dyn ToTokens) -> TokenStream {
    match (length.unit, &length.unit_key) {
        (Unit::Graphemes, Some(key)) => {
            let p = crate::expand::shared::respan(&private.to_token_stream(), key.span());
            template_spanned!(key.span() => [p] #p::graphemes_unit!())
        }
        (unit, _) => {
            let variant = Ident::new(unit.variant(), Span::call_site());
            template!([private, variant] #private::LengthUnit::#variant)
        }
    }
}

/// The rule value of a built-in rule: `rules::email()`; `url` and `pattern` through macros
/// that name the feature they need, and `pattern` compiled once, in a `static`.
fn builtin_rule(builtin: &Builtin, private: &dyn ToTokens) -> TokenStream {
    let span = builtin.name.span();
    let p = crate::expand::shared::respan(&private.to_token_stream(), span);
    let arg = &builtin.arg;
    match builtin.name.to_string().as_str() {
        "url" => template_spanned!(span => [p] #p::url_rule!()),
        "matches" => {
            let other = &builtin.field;
            let text = other.as_ref().map(ToString::to_string);
            let this = Ident::new("self", Span::call_site());
            template_spanned!(span => [p, this, other, text] #p::rules::matches(&#this.#other, #text))
        }
        "pattern" => template_spanned!(span => [p, arg] #p::pattern_rule!(#arg)),
        name => {
            let name = Ident::new(name, span);
            template_spanned!(span => [p, name, arg] #p::rules::#name(#arg))
        }
    }
}

/// Whether the field (or its elements) has a `with_ctx` rule, so that checking it needs the
/// context.
pub fn uses_context(field: &Field) -> bool {
    field
        .attrs
        .checks
        .iter()
        .any(|rule| matches!(rule, CheckRule::WithCtx(..)))
        || field.element.as_ref().is_some_and(|element| uses_context(element))
}

/// The check of a `#[nested]` value, spanned on the field's type, where a type without
/// `Validate` is reported. In a struct with a context, the value takes that context when its
/// type does (`ValidateWith<Ctx>`), so its context rules are not checked against a default.
pub fn nested_call(container: &Container, field: &Field, private: &dyn ToTokens, value: &dyn ToTokens) -> TokenStream {
    let span = syn::spanned::Spanned::span(field.ty);
    let private = crate::expand::shared::respan(&private.to_token_stream(), span);
    if container.attrs.context.is_none() {
        let ty = field.ty;
        return template_spanned!(span => [ty, private, value] <#ty as #private::Validate>::validate(#value));
    }
    let ctx = Ident::new("__ctx", Span::call_site());
    // One of the two traits serves each type: the other import goes unused.
    template_spanned! {span => [private, value, ctx] {
        #[allow(unused_imports)]
        use #private::{NestedContext as _, NestedDefault as _};
        (&#private::NestedWith(#value, #ctx)).validate_nested()
    }}
}

/// The fields whose rules name `field` (`max = self.limit` names `limit`, `matches = password`
/// names `password`): setting `field` must keep their rules true.
pub fn dependents<'c, 'a>(container: &'c Container<'a>, field: &Field) -> Vec<&'c Field<'a>> {
    let Some(name) = field.original.ident.as_ref() else {
        return Vec::new();
    };
    let bounded_by = |other: &Field| {
        other.attrs.bounded.as_ref().is_some_and(|b| {
            b.value
                .min
                .iter()
                .chain(&b.value.max)
                .any(|bound| matches!(&bound.kind, BoundKind::Field(f) if f == name))
        })
    };
    let matched_by = |other: &Field| {
        other.attrs.checks.iter().any(|rule| {
            matches!(rule, crate::attr::check::CheckRule::Builtin(builtin)
                if builtin.name == "matches" && builtin.field.as_ref() == Some(name))
        })
    };
    container
        .fields
        .iter()
        .filter(|other| bounded_by(other) || matched_by(other))
        .collect()
}

/// `bound_of::<T, _>(&BOUND)` for each bound written as an expression: the one place a bound of
/// the wrong type is reported, on its tokens.
fn bound_type_checks(bounded: &BoundedAttr, scalar: Option<Prim>, private: &dyn ToTokens) -> Vec<TokenStream> {
    let mut checks = Vec::new();
    let lengths = bounded.lengths.iter().map(|l| (&l.limits, Some(ty::LENGTH)));
    for (limits, scalar) in std::iter::once((&bounded.value, scalar)).chain(lengths) {
        let Some(Prim::Int { name, .. } | Prim::Float { name, .. }) = scalar else {
            continue;
        };
        for bound in limits.min.iter().chain(&limits.max) {
            if matches!(bound.kind, BoundKind::Expr) {
                let tokens = &bound.tokens;
                let span = tokens
                    .clone()
                    .into_iter()
                    .next()
                    .map_or_else(Span::call_site, |t| t.span());
                let (p, ty) = (
                    crate::expand::shared::respan(&private.to_token_stream(), span),
                    Ident::new(name, span),
                );
                checks.push(template_spanned!(span => [p, ty, tokens] #p::bound_of::<#ty, _>(&(#tokens));));
            }
        }
    }
    checks
}
