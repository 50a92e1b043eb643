//! `#[derive(Validate)]`: `Validate`, `FIELDS`, validated constructors and accessors.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::DeriveInput;

mod body;
mod methods;

use body::validate_body;
use methods::{accessors, constructors};

use super::code::{Code, Str};
use super::rules::{check_expr, const_order_check, field_specs};
use crate::ast::{Container, Derive, Field, Input};
use crate::attr::field::FieldAttrs;
use crate::ctxt::{with_fallback, Ctxt};
use crate::runtime::Private;
use crate::ty::Shape;
use crate::verify;

pub fn derive(cx: Ctxt, input: &DeriveInput) -> TokenStream {
    let (mut container, krate) = match Input::from_ast(&cx, input, Derive::Validate) {
        Some(Input::Struct(container)) => (Some(container), None),
        Some(Input::Enum(data)) => return derive_enum(cx, data),
        None => (None, None),
    };
    if let Some(container) = &mut container {
        verify::check(&cx, container);
        for index in check_names(&cx, container) {
            container.fields[index].clashes = true;
        }
    }
    match (cx.check(), container) {
        (Ok(()), Some(container)) => expand(&container),
        (Err(error), Some(mut container)) => {
            // The struct's API without its rules, beside the errors: code that calls `new` or a
            // getter sees the mistake in the attribute, not a cascade of missing methods.
            for field in &mut container.fields {
                field.attrs = FieldAttrs {
                    bounded: None,
                    checks: Vec::new(),
                    check_labels: Vec::new(),
                    nested: None,
                    declared: field.attrs.declared,
                    stub: field.attrs.declared,
                    each: None,
                };
                field.element = None;
            }
            container.attrs.max_size = None;
            with_fallback(&error, expand(&container))
        }
        (Err(error), None) => with_fallback(&error, fallback(input, krate)),
        (Ok(()), None) => fallback(input, krate),
    }
}

/// `Validate` for an enum: the rules of the variant present, each variant's data checked as a
/// struct's fields are, with the variant in the path (`Shape.Circle.radius`). An enum's
/// variants are built directly, so it has no constructors or setters: call `validate()`.
fn derive_enum(cx: Ctxt, mut data: crate::ast::Enum) -> TokenStream {
    let variants = crate::ast::variant_containers(&cx, &mut data, Derive::Validate);
    for variant in &variants {
        verify::check(&cx, variant);
    }
    match cx.check() {
        Ok(()) => expand_enum(&data, &variants),
        Err(error) => with_fallback(&error, fallback(data.input, Some(data.attrs.krate.clone()))),
    }
}

fn expand_enum(data: &crate::ast::Enum, variants: &[Container]) -> TokenStream {
    let private = data.attrs.private();
    let ident = data.ident;
    let name = ident.to_string();
    let (impl_generics, ty_generics, where_clause) = data.input.generics.split_for_impl();
    let (mut arms, mut consts) = (TokenStream::new(), TokenStream::new());
    for (container, variant) in variants.iter().zip(&data.variants) {
        consts.extend(
            container
                .fields
                .iter()
                .filter_map(|f| const_order_check(container, f, &private)),
        );
        let mut steps = TokenStream::new();
        let mut checked = Vec::new();
        for (i, field) in container.fields.iter().enumerate() {
            let binding = quote::format_ident!("__f{}", i);
            let check = check_expr(container, field, &private, &binding);
            if check.is_some() || field.attrs.nested.is_some() {
                checked.push(i);
            }
            if let Some(check) = check {
                steps.extend(template!([check] __errors.field(#check);));
            }
            if field.attrs.nested.is_some() {
                let field_name = &field.name;
                let check = template_spanned!(syn::spanned::Spanned::span(field.ty) => [private, binding] #private::Validate::validate(#binding));
                steps.extend(template!([field_name, check] __errors.nested(#field_name, #check);));
            }
        }
        let pattern = super::shared::pattern(&variant.ident, container, |i| checked.contains(&i));
        arms.extend(template!([pattern, steps] #pattern => { #steps }));
    }
    template! {[impl_generics, private, ident, ty_generics, where_clause, name, arms, consts]
        #[automatically_derived]
        impl #impl_generics #private::Validate for #ident #ty_generics #where_clause {
            fn validate(&self) -> #private::Result<(), #private::ValidationErrors> {
                let mut __errors = #private::Collector::new(#name);
                match self {
                    #arms
                }
                __errors.finish()
            }
        }
        #consts
    }
}

/// Accessors must not take the names of the constructors, `FIELDS` or `Validate::validate`
/// (which an inherent `validate` would silently shadow).
fn check_names(cx: &Ctxt, container: &Container) -> Vec<usize> {
    let attrs = &container.attrs;
    let mut reserved = verify::Reserved::fixed(&["FIELDS"], "the constant");
    reserved.push(verify::Reserved::new("validate", "the trait method", None));
    if let Some(name) = attrs.constructor.resolve("new") {
        reserved.push(verify::Reserved::new(
            &name.to_string(),
            "the constructor",
            Some("constructor = try_new"),
        ));
    }
    if let Some(name) = attrs.const_constructor.resolve("new_const") {
        reserved.push(verify::Reserved::new(
            &name.to_string(),
            "the constructor",
            Some("const_constructor = false"),
        ));
    }
    let public = |f: &Field| matches!(f.original.vis, syn::Visibility::Public(_));
    verify::check_accessor_names(cx, container, &reserved, &|f| {
        (attrs.getters.unwrap_or(!public(f)), attrs.setters.unwrap_or(!public(f)))
    })
}

/// A `Validate` impl that accepts everything, emitted beside the errors.
fn fallback(input: &DeriveInput, krate: Option<TokenStream>) -> TokenStream {
    let ident = &input.ident;
    let private = crate::runtime::path(&krate.unwrap_or_else(|| template!([] ::slotmodel)));
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    template! {[impl_generics, private, ident, ty_generics, where_clause]
        #[automatically_derived]
        impl #impl_generics #private::Validate for #ident #ty_generics #where_clause {
            fn validate(&self) -> #private::Result<(), #private::ValidationErrors> {
                #private::Ok(())
            }
        }
    }
}

pub fn expand(container: &Container) -> TokenStream {
    // Absolute paths rather than a `const _` block with a `use`: every item is one more for
    // the compiler to lower and hash at each build, and the paths cost the macro little.
    let private = container.attrs.private();
    let where_clause = where_clause(container, &private);
    let mut code = Code::new();
    validate_impls(&mut code, container, &private, where_clause.as_ref());

    // No `#[automatically_derived]` on inherent impls: rustc 1.95 warns that it is being
    // phased out there (it belongs on trait impls).
    code.text("#[allow(clippy::too_many_arguments, clippy::len_without_is_empty, reason = \"one constructor argument per field, one getter named after each\")]");
    impl_header(&mut code, container, where_clause.as_ref(), |_| {});
    code.braces(|c| {
        c.fmt(format_args!(
            "#[doc = {}]",
            Str(&docs::fields(&container.ident.to_string()))
        ));
        c.text("pub const FIELDS: &'static ")
            .group(proc_macro2::Delimiter::Bracket, |c| {
                c.private(&private).text("::FieldSpec");
            });
        c.text(" = ");
        field_specs(c, container, &private);
        c.text(";");
        constructors(c, container, &private);
        for (index, field) in container.fields.iter().enumerate() {
            accessors(c, container, field, index, &private);
        }
    });

    let mut out = code.into_tokens();
    out.extend(
        container
            .fields
            .iter()
            .filter_map(|f| const_order_check(container, f, &private)),
    );
    if container.attrs.max_size.is_some() {
        out.extend(container.attrs.max_size_check(container.ident));
    }
    // Spanned on the key, where a missing `schemars` feature is reported.
    if let Some(span) = container.attrs.json_schema {
        let (ident, types) = (container.ident, container.fields.iter().map(|f| f.ty));
        let p = super::shared::respan(&quote::ToTokens::to_token_stream(&private), span);
        out.extend(quote_spanned!(span=> #p::json_schema!(#ident { #(#types),* });));
    }
    out
}

/// `Validate`, and `ValidateWith` when the struct takes a context.
fn validate_impls(code: &mut Code, container: &Container, private: &Private, where_clause: Option<&TokenStream>) {
    let (body, one) = validate_body(container, private);
    let inline = if one { "#[inline] " } else { "" };
    let Some(context) = &container.attrs.context else {
        code.text("#[automatically_derived]");
        impl_header(code, container, where_clause, |c| {
            c.private(private).text("::Validate");
        });
        code.braces(|c| {
            c.text(inline).text("fn validate(&self)");
            returns(c, private, "()", "ValidationErrors").braces(|c| {
                c.code(body);
            });
        });
        return;
    };
    code.text("#[automatically_derived]");
    impl_header(code, container, where_clause, |c| {
        c.private(private).text("::ValidateWith<").tokens(context).text(">");
    });
    code.braces(|c| {
        c.text(inline).text("fn validate_with").parens(|c| {
            c.text("&self, __ctx: &").tokens(context);
        });
        returns(c, private, "()", "ValidationErrors").braces(|c| {
            c.code(body);
        });
    });
    code.text("#[automatically_derived]");
    impl_header(code, container, where_clause, |c| {
        c.private(private).text("::Validate");
    });
    code.braces(|c| {
        c.text("/// Every rule, the context rules against `Default::default()`.\n");
        c.text("#[inline] fn validate(&self)");
        returns(c, private, "()", "ValidationErrors").braces(|c| {
            c.private(private)
                .text("::ValidateWith::<")
                .tokens(context)
                .text(">::validate_with");
            c.parens(|c| {
                c.text("self, &<")
                    .tokens(context)
                    .text(" as ::core::default::Default>::default()");
            });
        });
    });
}

/// ` -> PRIVATE::Result<ok, PRIVATE::error>`.
fn returns<'c>(code: &'c mut Code, private: &Private, ok: &str, error: &str) -> &'c mut Code {
    code.text(" -> ").private(private).text("::Result<").text(ok).text(", ");
    code.private(private).text("::").text(error).text(">")
}

/// `impl<..> TRAIT for Name<..> where ..`, the trait written by `trait_path`; an inherent
/// `impl` when it writes nothing. The generics keep their spans.
fn impl_header(
    code: &mut Code,
    container: &Container,
    where_clause: Option<&TokenStream>,
    trait_path: impl FnOnce(&mut Code),
) {
    let generics = &container.input.generics;
    let (impl_generics, ty_generics, _) = generics.split_for_impl();
    let generic = !generics.params.is_empty();
    code.text("impl");
    if generic {
        code.tokens(impl_generics);
    }
    code.text(" ");
    let mut path = Code::new();
    trait_path(&mut path);
    if !path.is_empty() {
        code.code(path).text(" for ");
    }
    code.text(&container.ident.to_string());
    if generic {
        code.tokens(ty_generics);
    }
    if let Some(where_clause) = where_clause {
        code.tokens(where_clause);
    }
}

/// The struct's where-clause plus the trait each generic field's rules need.
fn where_clause(container: &Container, private: &Private) -> Option<TokenStream> {
    let mut predicates: Vec<TokenStream> = container
        .input
        .generics
        .where_clause
        .iter()
        .flat_map(|w| w.predicates.iter().map(|p| template!([p] #p)))
        .collect();
    for field in container.fields.iter().filter(|f| f.is_generic(container)) {
        let ty = field.ty;
        if let Some(bounded) = &field.attrs.bounded {
            if bounded.value.is_set() {
                predicates.push(template!([ty, private] #ty: #private::Ranged));
            }
            if bounded.has_length() {
                predicates.push(template!([ty, private] #ty: #private::HasLength));
            }
        }
        if field.attrs.nested.is_some() {
            predicates.push(template!([ty, private] #ty: #private::Validate));
        }
    }
    (!predicates.is_empty()).then(|| quote!(where #(#predicates),*))
}

fn member_text(member: &syn::Member) -> String {
    match member {
        syn::Member::Named(ident) => ident.to_string(),
        syn::Member::Unnamed(index) => index.index.to_string(),
    }
}

/// A field's type: text when it is a primitive named by one identifier (it cannot fail to
/// resolve), else its tokens, so that an error in it is reported once, on the user's type.
fn field_type(code: &mut Code, field: &Field) {
    match (&field.shape, field.ty) {
        (Shape::Prim(_), syn::Type::Path(path)) if path.qself.is_none() && path.path.get_ident().is_some() => {
            code.text(&path.path.segments[0].ident.to_string());
        }
        _ => {
            code.tokens(field.ty);
        }
    }
}

/// The doc comments of the generated items.
pub mod docs {
    pub fn fields(struct_name: &str) -> String {
        format!("The fields of `{struct_name}` and their rules, in order.")
    }

    pub fn new(struct_name: &str) -> String {
        format!("Creates a `{struct_name}` from its fields in order, checking every rule.\n\n# Errors\n\nEvery rule broken, in field order.")
    }

    pub fn new_const(struct_name: &str) -> String {
        format!("Creates a `{struct_name}` in a `const` or `static`, where a value that breaks a bound stops compilation with `new`'s message.\n\n# Panics\n\nWhen a value breaks a bound.")
    }

    pub fn getter(field: &str) -> String {
        format!("The `{field}` field.")
    }

    pub fn checked_setter(field: &str) -> String {
        format!("Sets `{field}` if the value passes its rules, else keeps the old value.\n\n# Errors\n\nThe rule the value breaks.")
    }

    pub fn plain_setter(field: &str) -> String {
        format!("Sets `{field}`, which has no rules.")
    }
}
