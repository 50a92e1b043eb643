//! `FIELDS`: each field's rules as data, for introspection, schemas and error messages.

use proc_macro2::{Delimiter, Span, TokenStream};
use quote::ToTokens;
use syn::Ident;

use super::{bound_expr, limit_args, literal_pair};
use crate::ast::{Container, Field};
use crate::attr::bounded::{Bound, BoundKind, Limits, Unit};
use crate::attr::check::{Builtin, CheckRule};
use crate::expand::code::{Code, Str};
use crate::runtime::Private;
use crate::ty::{self, Prim};

/// The `Rule` of a built-in rule in `FIELDS`.
fn builtin_spec(builtin: &Builtin, private: &dyn ToTokens) -> TokenStream {
    let arg = &builtin.arg;
    let text = |variant: &str| {
        let variant = Ident::new(variant, Span::call_site());
        template!([private, variant, arg] #private::Rule::Text(#private::TextRule::#variant #arg))
    };
    match builtin.name.to_string().as_str() {
        "required" => template!([private] #private::Rule::Required),
        "matches" => {
            let text = builtin.field.as_ref().map(ToString::to_string);
            template!([private, text] #private::Rule::Matches(#text))
        }
        "email" => template!([private] #private::Rule::Email),
        // The one place a missing feature is reported (see `__url_rule`).
        "url" => {
            let span = builtin.name.span();
            let p = crate::expand::shared::respan(&private.to_token_stream(), span);
            template_spanned!(span => [p] { #p::url_rule!(require); #p::Rule::Url })
        }
        "ip" => template!([private] #private::Rule::Ip(#private::IpVersion::Any)),
        "ipv4" => template!([private] #private::Rule::Ip(#private::IpVersion::V4)),
        "ipv6" => template!([private] #private::Rule::Ip(#private::IpVersion::V6)),
        "pattern" => {
            let span = builtin.name.span();
            let p = crate::expand::shared::respan(&private.to_token_stream(), span);
            template_spanned!(span => [p, arg] { #p::pattern_rule!(require #arg); #p::Rule::Pattern(#arg) })
        }
        "ascii" => text("Ascii"),
        "alphanumeric" => text("Alphanumeric"),
        "contains" => template!([private, arg] #private::Rule::Text(#private::TextRule::Contains(#arg))),
        "not_contains" => template!([private, arg] #private::Rule::Text(#private::TextRule::NotContains(#arg))),
        "prefix" => template!([private, arg] #private::Rule::Text(#private::TextRule::Prefix(#arg))),
        _ => template!([private, arg] #private::Rule::Text(#private::TextRule::Suffix(#arg))),
    }
}

/// `FIELDS`: every field with its rules, built by short `const fn` calls, as text where it
/// needs no user span.
pub fn field_specs(code: &mut Code, container: &Container, private: &Private) {
    let struct_name = container.ident.to_string();
    code.text("&").group(Delimiter::Bracket, |specs| {
        for (i, field) in container.fields.iter().enumerate() {
            if i > 0 {
                specs.text(", ");
            }
            let (name, ty) = (&field.name, crate::expand::shared::type_name(field.ty));
            specs.private(private).text("::spec").parens(|args| {
                args.fmt(format_args!("{}, {}, {}, &", Str(&struct_name), Str(name), Str(&ty)));
                args.group(Delimiter::Bracket, |rules| {
                    let written = field_rules(rules, field, private);
                    if let Some(element) = &field.element {
                        if written > 0 {
                            rules.text(", ");
                        }
                        rules.private(private).text("::Rule::Each").parens(|each| {
                            each.text("&").group(Delimiter::Bracket, |inner| {
                                field_rules(inner, element, private);
                            });
                        });
                    }
                });
            });
        }
    });
}

/// The `Rule`s of one field (or of a collection's elements) in `FIELDS`, in the order written,
/// separated by commas, and how many there are.
fn field_rules(rules: &mut Code, field: &Field, private: &Private) -> usize {
    let mut written = 0;
    let mut next = |rules: &mut Code| {
        if written > 0 {
            rules.text(", ");
        }
        written += 1;
    };
    if let Some(bounded) = &field.attrs.bounded {
        if bounded.value.is_set() {
            next(rules);
            range_rule(&bounded.value, field.shape.scalar(), private, rules);
        }
        for length in bounded.lengths.iter().filter(|l| l.limits.is_set()) {
            let (min, max, inclusive) = limit_args(&length.limits, Some(ty::LENGTH), private, Span::call_site());
            let unit = Ident::new(length.unit.variant(), Span::call_site());
            // Without the feature, the check's macro has already said which one it needs.
            let unit = if length.unit == Unit::Graphemes {
                {
                    let span = length.unit_key.as_ref().map_or_else(Span::call_site, Ident::span);
                    let p = crate::expand::shared::respan(&private.to_token_stream(), span);
                    template_spanned!(span => [p] #p::graphemes_unit!(require))
                }
            } else {
                template!([private, unit] #private::LengthUnit::#unit)
            };
            next(rules);
            rules.tokens(
                template!([private, unit, min, max, inclusive] #private::length_rule(#unit, #min, #max, #inclusive)),
            );
        }
    }
    for rule in &field.attrs.checks {
        let tokens = match rule {
            CheckRule::Expr(rule) => {
                let text = crate::expand::shared::type_text(rule);
                template!([private, text] #private::Rule::Check(#text))
            }
            CheckRule::Builtin(builtin) => builtin_spec(builtin, private),
            CheckRule::WithCtx(_, path) => {
                let text = crate::expand::shared::type_text(path);
                template!([private, text] #private::Rule::WithContext(#text))
            }
            CheckRule::Each(..) => continue,
        };
        next(rules);
        rules.tokens(tokens);
    }
    if field.attrs.nested.is_some() {
        next(rules);
        rules.private(private).text("::Rule::Nested");
    }
    written
}

/// The `Rule::Range` of a field's value bounds.
fn range_rule(limits: &Limits, scalar: Option<Prim>, private: &Private, out: &mut Code) {
    if let (Some((low, high)), Some(min), Some(max), Some(Prim::Int { signed, .. })) =
        (literal_pair(limits, scalar), &limits.min, &limits.max, scalar)
    {
        let make = if signed { "signed_range" } else { "unsigned_range" };
        out.private(private).fmt(format_args!(
            "::{make}({}, {low}, {}, {high})",
            Str(min.text()),
            Str(max.text())
        ));
        return;
    }
    let (min, max) = (
        spec_bound(limits.min.as_ref(), scalar, private),
        spec_bound(limits.max.as_ref(), scalar, private),
    );
    let (min_inclusive, inclusive) = (limits.min_inclusive, limits.max_inclusive);
    out.tokens(template!([private, min, min_inclusive, max, inclusive] #private::range_rule(#min, #min_inclusive, #max, #inclusive)));
}

/// A literal integer bound as an unsuffixed literal (negated when negative), or `None` for a
/// bound given as an expression.
pub(super) fn literal_int(bound: &Bound, signed: bool) -> Option<IntLiteral> {
    let BoundKind::Int { negative, magnitude } = &bound.kind else {
        return None;
    };
    Some(IntLiteral {
        negative: *negative && signed,
        magnitude: *magnitude,
    })
}

/// An integer literal written straight into the caller's tokens (see [`Operand`]).
pub struct IntLiteral {
    negative: bool,
    magnitude: u128,
}

impl std::fmt::Display for IntLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sign = if self.negative { "-" } else { "" };
        write!(f, "{sign}{}", self.magnitude)
    }
}

impl ToTokens for IntLiteral {
    fn to_tokens(&self, out: &mut TokenStream) {
        use quote::TokenStreamExt;
        if self.negative {
            out.append(proc_macro2::Punct::new('-', proc_macro2::Spacing::Alone));
        }
        out.append(proc_macro2::Literal::u128_unsuffixed(self.magnitude));
    }
}

fn spec_bound(bound: Option<&Bound>, scalar: Option<Prim>, private: &dyn ToTokens) -> TokenStream {
    let Some(bound) = bound else {
        return template!([private] #private::None);
    };
    let text = bound.text();
    if matches!(bound.kind, BoundKind::Field(_)) {
        return template!([private, text] #private::bound_text(#text));
    }
    let number = match scalar {
        Some(Prim::Int { signed, .. }) => {
            // A literal: its value is known here, so no cast is left for the compiler to evaluate.
            let (variant, wide) = if signed {
                (template!([] Signed), template!([] i128))
            } else {
                (template!([] Unsigned), template!([] u128))
            };
            if let Some(lit) = literal_int(bound, signed) {
                template!([private, variant, lit] #private::Number::#variant(#lit))
            } else {
                let value = bound_expr(bound, scalar);
                template!([private, variant, value, wide] #private::Number::#variant(#value as #wide))
            }
        }
        Some(Prim::Float { bits: 32, .. }) => {
            let value = bound_expr(bound, scalar);
            template!([private, value] #private::Number::F32(#value))
        }
        Some(Prim::Float { .. }) => {
            let value = bound_expr(bound, scalar);
            template!([private, value] #private::Number::F64(#value))
        }
        _ => return template!([private, text] #private::bound_text(#text)),
    };
    template!([private, text, number] #private::bound(#text, #number))
}
