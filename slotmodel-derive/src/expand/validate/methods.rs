//! The inherent methods: the validated constructors, `new_const`, and the accessors.

use proc_macro2::TokenStream;
use quote::quote;

use super::{docs, field_type, member_text, returns};
use crate::ast::{Container, Field, Style};
use crate::expand::code::{Code, Str};
use crate::expand::rules::{check_expr, const_arg_name, const_runs, Operand};
use crate::runtime::Private;
use crate::ty::Shape;

pub(super) fn constructors(code: &mut Code, container: &Container, private: &Private) {
    let name = container.ident.to_string();
    let names: Vec<String> = container.fields.iter().map(|f| const_arg_name(f).to_string()).collect();
    let args = |c: &mut Code| {
        for (i, (arg, field)) in names.iter().zip(&container.fields).enumerate() {
            if i > 0 {
                c.text(", ");
            }
            c.text(arg).text(": ");
            field_type(c, field);
        }
    };
    let build = match container.style {
        Style::Named => format!("Self {{ {} }}", names.join(", ")),
        Style::Tuple => format!("Self({})", names.join(", ")),
        Style::Unit => "Self".to_owned(),
    };
    if let Some(constructor) = container.attrs.constructor.resolve("new") {
        // Inlined: compiled only where it is called, as `validate` is.
        code.fmt(format_args!(
            "#[doc = {}] #[inline] pub fn {constructor}",
            Str(&docs::new(&name))
        ));
        code.parens(args);
        returns(code, private, "Self", "ValidationErrors").braces(|c| {
            c.private(private).fmt(format_args!("::validated({build})"));
        });
    }
    if let (Some(constructor), true) = (
        container.attrs.const_constructor.resolve("new_const"),
        const_constructible(container),
    ) {
        code.fmt(format_args!(
            "#[doc = {}] #[must_use] pub const fn {constructor}",
            Str(&docs::new_const(&name))
        ));
        code.parens(args).text(" -> Self").braces(|c| {
            for run in const_runs(container) {
                run.write(c, private, &name);
            }
            c.text(&build);
        });
    }
}

/// `new_const` exists when every rule can run in a `const fn`: bounds on primitive numbers.
fn const_constructible(container: &Container) -> bool {
    container.params.is_empty()
        && container.attrs.checks.is_empty()
        && !container.fields.iter().any(|f| {
            f.attrs.bounded.as_ref().is_some_and(|b| {
                b.value
                    .min
                    .iter()
                    .chain(&b.value.max)
                    .any(crate::attr::bounded::Bound::is_field)
            })
        })
        && container.fields.iter().all(|f| {
            matches!(f.shape, Shape::Prim(_))
                && f.attrs.checks.is_empty()
                && f.attrs.nested.is_none()
                && f.attrs.bounded.as_ref().is_none_or(|b| !b.has_length())
        })
}

pub(super) fn accessors(code: &mut Code, container: &Container, field: &Field, index: usize, private: &Private) {
    let member = &field.member;
    let ty = field.ty;
    if field.clashes {
        return;
    }
    let (getter, setter) = container.accessor_names(field, index);
    // A `pub` field is read and written directly; accessors serve the fields the struct keeps.
    let public = matches!(field.original.vis, syn::Visibility::Public(_));
    let member_text = member_text(member);
    if container.attrs.getters.unwrap_or(!public) {
        let by_value = field.shape.is_copy() || matches!(ty, syn::Type::Reference(r) if r.mutability.is_none());
        let (reference, borrow) = if by_value { ("", "") } else { ("&", "&") };
        code.fmt(format_args!(
            "#[doc = {}] #[must_use] #[inline] pub fn {getter}(&self) -> {reference}",
            Str(&docs::getter(&field.name))
        ));
        field_type(code, field);
        code.fmt(format_args!("{{ {borrow}self.{member_text} }}"));
    }
    if !container.attrs.setters.unwrap_or(!public) {
        return;
    }
    let mut out = TokenStream::new();
    let struct_name = container.ident.to_string();
    let name = &field.name;
    let ctx_param = context_param(container, field);
    if !container.attrs.checks.is_empty() || !crate::expand::rules::dependents(container, field).is_empty() {
        code.tokens(setter_with_struct_rules(container, field, &setter, private));
        return;
    }
    if field.attrs.nested.is_some() {
        let own_rules = check_expr(container, field, private, &Operand::Value)
            .map(|check| template!([check] __errors.field(#check);));
        let nested = crate::expand::rules::nested_call(container, field, private, &Operand::Value);
        let text = format!("Replaces the `{name}` field after validating the new value; a refused value leaves the old one in place.\n\n# Errors\n\nEvery rule the new value breaks.");
        out.extend(
            template! {[text, setter, ty, ctx_param, private, struct_name, own_rules, name, nested, member]
                #[doc = #text]
                pub fn #setter(&mut self, value: #ty #ctx_param) -> #private::Result<(), #private::ValidationErrors> {
                    let mut __errors = #private::Collector::new(#struct_name);
                    #own_rules
                    __errors.nested(#name, #nested);
                    __errors.finish()?;
                    self.#member = value;
                    #private::Ok(())
                }
            },
        );
        code.tokens(out);
    } else if let Some((min, max)) = super::body::plain_range(field) {
        // A literal range on a primitive: nothing in the check can fail to type-check, so it is
        // text, as in `validate`.
        setter_signature(code, &docs::checked_setter(name), &setter, field, ctx_param);
        returns(code, private, "()", "FieldError").braces(|c| {
            c.private(private).text("::assign").parens(|c| {
                c.private(private).fmt(format_args!(
                    "::within(&value, {min}, {max}, &[{}, {}]), &mut self.{member_text}, value",
                    Str(&container.ident.to_string()),
                    Str(name)
                ));
            });
        });
    } else if let Some(check) = check_expr(container, field, private, &Operand::Value) {
        setter_signature(code, &docs::checked_setter(name), &setter, field, ctx_param);
        returns(code, private, "()", "FieldError").braces(|c| {
            c.private(private).text("::assign").parens(|c| {
                c.tokens(check).fmt(format_args!(", &mut self.{member_text}, value"));
            });
        });
    } else {
        setter_signature(code, &docs::plain_setter(name), &setter, field, None);
        code.fmt(format_args!("{{ self.{member_text} = value; }}"));
    }
}

/// `#[doc = ..] #[inline] pub fn set_x(&mut self, value: Type, ..)`, with the context parameter
/// when given.
fn setter_signature(code: &mut Code, doc: &str, setter: &syn::Ident, field: &Field, ctx_param: Option<TokenStream>) {
    code.fmt(format_args!("#[doc = {}] #[inline] pub fn {setter}", Str(doc)));
    code.parens(|c| {
        c.text("&mut self, value: ");
        field_type(c, field);
        if let Some(ctx_param) = ctx_param {
            c.tokens(ctx_param);
        }
    });
}

/// `, __ctx: &Ctx`: the context parameter of the setter of a field with a `with_ctx` rule, or of a
/// `#[nested]` field, whose value takes the context when its type does.
fn context_param(container: &Container, field: &Field) -> Option<TokenStream> {
    match (
        &container.attrs.context,
        crate::expand::rules::uses_context(field) || field.attrs.nested.is_some(),
    ) {
        (Some(context), true) => Some(template!([context] , __ctx: &#context)),
        _ => None,
    }
}

/// A setter when the struct has rules of its own (`#[slotmodel(check = ..)]`): the field's rules,
/// then the new value in place and the struct's rules, the old value put back if they refuse.
fn setter_with_struct_rules(
    container: &Container,
    field: &Field,
    setter: &syn::Ident,
    private: &Private,
) -> TokenStream {
    let (member, ty, name) = (&field.member, field.ty, &field.name);
    let struct_name = container.ident.to_string();
    let paths = &container.attrs.checks;
    let ctx_param = context_param(container, field);
    let text = format!("Sets `{name}` if the value passes its rules and the rules of the struct and of the fields it bounds still hold, else keeps the old value.\n\n# Errors\n\nEvery rule the value breaks.");
    let own =
        check_expr(container, field, private, &Operand::Value).map(|check| template!([check] __errors.field(#check);));
    // With the new value in place, the fields whose bounds it gives are checked again.
    let dependents: Vec<TokenStream> = crate::expand::rules::dependents(container, field)
        .into_iter()
        .filter_map(|other| check_expr(container, other, private, &Operand::Field(&other.member)))
        .map(|check| template!([check] __errors.field(#check);))
        .collect();
    let nested = field.attrs.nested.as_ref().map(|_| {
        let check = crate::expand::rules::nested_call(container, field, private, &Operand::Value);
        template!([name, check] __errors.nested(#name, #check);)
    });
    quote! {
        #[doc = #text]
        pub fn #setter(&mut self, value: #ty #ctx_param) -> #private::Result<(), #private::ValidationErrors> {
            let mut __errors = #private::Collector::new(#struct_name);
            #own
            #nested
            __errors.finish()?;
            let __old = ::core::mem::replace(&mut self.#member, value);
            let mut __errors = #private::Collector::new(#struct_name);
            #(#dependents)*
            #(__errors.container(#paths, self);)*
            if let #private::Err(__refused) = __errors.finish() {
                self.#member = __old;
                return #private::Err(__refused);
            }
            #private::Ok(())
        }
    }
}
