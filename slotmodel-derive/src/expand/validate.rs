//! `#[derive(Validate)]`: `Validate`, `FIELDS`, validated constructors and accessors.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::DeriveInput;

use super::code::{Code, Str};
use super::rules::{check_expr, const_arg_name, const_order_check, const_runs, field_specs, literal_pair, Operand};
use crate::ast::{Container, Derive, Field, Input, Style};
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
    let fields = std::mem::take(&mut data.fields);
    let variants: Vec<Container> = data
        .variants
        .iter()
        .zip(fields)
        .map(|(variant, fields)| crate::ast::variant_data(&cx, &data, variant, fields, Derive::Validate))
        .collect();
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
                steps.extend(quote!(__errors.field(#check);));
            }
            if field.attrs.nested.is_some() {
                let field_name = &field.name;
                let check =
                    quote_spanned!(syn::spanned::Spanned::span(field.ty)=> #private::Validate::validate(#binding));
                steps.extend(quote!(__errors.nested(#field_name, #check);));
            }
        }
        let pattern = super::shared::pattern(&variant.ident, container, |i| checked.contains(&i));
        arms.extend(quote!(#pattern => { #steps }));
    }
    quote! {
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
    verify::check_accessor_names(cx, container, &reserved, |f| {
        (attrs.getters.unwrap_or(!public(f)), attrs.setters.unwrap_or(!public(f)))
    })
}

/// A `Validate` impl that accepts everything, emitted beside the errors.
fn fallback(input: &DeriveInput, krate: Option<TokenStream>) -> TokenStream {
    let ident = &input.ident;
    let private = crate::runtime::path(&krate.unwrap_or_else(|| quote!(::slotmodel)));
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    quote! {
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
    let (body, one) = validate_body(container, &private);
    let inline = if one { "#[inline] " } else { "" };
    if let Some(context) = &container.attrs.context {
        code.text("#[automatically_derived]");
        impl_header(&mut code, container, where_clause.as_ref(), |c| {
            c.private(&private).text("::ValidateWith<").tokens(context).text(">");
        });
        code.braces(|c| {
            c.text(inline).text("fn validate_with").parens(|c| {
                c.text("&self, __ctx: &").tokens(context);
            });
            c.text(" -> ");
            c.private(&private).text("::Result<(), ");
            c.private(&private).text("::ValidationErrors>").braces(|c| {
                c.code(body);
            });
        });
        code.text("#[automatically_derived]");
        impl_header(&mut code, container, where_clause.as_ref(), |c| {
            c.private(&private).text("::Validate");
        });
        code.braces(|c| {
            c.text("/// Every rule, the context rules against `Default::default()`.\n");
            c.text("#[inline] fn validate(&self) -> ")
                .private(&private)
                .text("::Result<(), ");
            c.private(&private).text("::ValidationErrors>").braces(|c| {
                c.private(&private)
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
    } else {
        code.text("#[automatically_derived]");
        impl_header(&mut code, container, where_clause.as_ref(), |c| {
            c.private(&private).text("::Validate");
        });
        code.braces(|c| {
            c.text(inline)
                .text("fn validate(&self) -> ")
                .private(&private)
                .text("::Result<(), ");
            c.private(&private).text("::ValidationErrors>").braces(|c| {
                c.code(body);
            });
        });
    }

    // No `#[automatically_derived]` on inherent impls: rustc 1.95 warns that it is being
    // phased out there (it belongs on trait impls).
    code.text("#[allow(clippy::too_many_arguments, reason = \"the constructors take one argument per field\")]");
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
        .flat_map(|w| w.predicates.iter().map(|p| quote!(#p)))
        .collect();
    for field in container.fields.iter().filter(|f| f.is_generic(container)) {
        let ty = field.ty;
        if let Some(bounded) = &field.attrs.bounded {
            if bounded.value.is_set() {
                predicates.push(quote!(#ty: #private::Ranged));
            }
            if bounded.has_length() {
                predicates.push(quote!(#ty: #private::HasLength));
            }
        }
        if field.attrs.nested.is_some() {
            predicates.push(quote!(#ty: #private::Validate));
        }
    }
    (!predicates.is_empty()).then(|| quote!(where #(#predicates),*))
}

/// The body of `validate`, and whether it is one expression, which is then inlined: a function
/// marked `#[inline]` is compiled only where it is called.
fn validate_body(container: &Container, private: &Private) -> (Code, bool) {
    let struct_name = container.ident.to_string();
    let runs = range_runs(container);
    let mut pending = runs.iter().peekable();
    // The statements of one field other than a run's call, and whether there are any.
    let mut others = Code::new();
    let mut more = !container.attrs.checks.is_empty();
    let mut steps = Code::new();
    for (index, field) in container.fields.iter().enumerate() {
        // A field of a run is checked by the run's call, made at its first field.
        if run_type(field).is_some() {
            if let Some(run) = pending.next_if(|run| run.first == index) {
                steps.fmt(format_args!(
                    "__errors.within_run(Self::FIELDS, {index}, &[{}]);",
                    run.values
                ));
            }
            continue;
        }
        let operand = Operand::Field(&field.member);
        if field.element.is_some() {
            if let Some(check) = super::rules::own_check_expr(container, field, private, &operand) {
                others.tokens(quote!(__errors.field(#check);));
            }
            if let Some(inner) = super::rules::element_check(container, field, private) {
                let span = syn::spanned::Spanned::span(field.ty);
                others.tokens(quote_spanned!(span=> __errors.each(#operand, |__item| #inner);));
            }
        } else if let Some(check) = check_expr(container, field, private, &operand) {
            others.tokens(quote!(__errors.field(#check);));
        }
        if field.attrs.nested.is_some() {
            let name = &field.name;
            let validate = super::rules::nested_call(container, field, private, &operand);
            others.tokens(quote!(__errors.nested(#name, #validate);));
        }
        if !others.is_empty() {
            more = true;
            steps.code(std::mem::take(&mut others));
        }
    }
    for path in &container.attrs.checks {
        steps.tokens(quote!(__errors.container(#path, self);));
    }
    let mut body = Code::new();
    let one = steps.is_empty() || (runs.len() == 1 && !more);
    match (runs.as_slice(), more) {
        _ if steps.is_empty() => {
            body.private(private).text("::Ok(())");
        }
        // One run and nothing else: the whole body is one call.
        ([run], false) => {
            body.private(private).fmt(format_args!(
                "::validate_run({}, Self::FIELDS, {}, &[{}])",
                Str(&struct_name),
                run.first,
                run.values
            ));
        }
        _ => {
            body.text("let mut __errors = ").private(private);
            body.fmt(format_args!("::Collector::new({});", Str(&struct_name)));
            body.code(steps).text("__errors.finish()");
        }
    }
    (body, one)
}

/// Consecutive fields of one primitive integer type whose one rule is a value range with
/// literal bounds: `validate` checks each run in one call that reads the bounds from `FIELDS`.
struct RangeRun {
    first: usize,
    len: usize,
    /// `self.a, self.b`.
    values: String,
}

fn range_runs(container: &Container) -> Vec<RangeRun> {
    let mut runs: Vec<(RangeRun, &str)> = Vec::new();
    for (index, field) in container.fields.iter().enumerate() {
        let Some(ty) = run_type(field) else { continue };
        let value = format!("self.{}", member_text(&field.member));
        match runs.last_mut() {
            Some((run, run_ty)) if *run_ty == ty && run.first + run.len == index => {
                run.len += 1;
                run.values.push_str(", ");
                run.values.push_str(&value);
            }
            _ => runs.push((
                RangeRun {
                    first: index,
                    len: 1,
                    values: value,
                },
                ty,
            )),
        }
    }
    runs.into_iter().map(|(run, _)| run).collect()
}

/// The type of a field `validate` checks in a run: a primitive integer whose only rule is a
/// value range with literal bounds, both inclusive.
fn run_type(field: &Field) -> Option<&'static str> {
    let Shape::Prim(prim) = field.shape else { return None };
    let bounded = field.attrs.bounded.as_ref()?;
    let plain = field.attrs.checks.is_empty()
        && field.attrs.nested.is_none()
        && field.element.is_none()
        && !field.attrs.stub
        && !bounded.has_length()
        && !bounded.label.is_set();
    (plain && literal_pair(&bounded.value, Some(prim)).is_some()).then(|| prim.name())
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

fn constructors(code: &mut Code, container: &Container, private: &Private) {
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
        code.parens(args).text(" -> ").private(private).text("::Result<Self, ");
        code.private(private).text("::ValidationErrors>").braces(|c| {
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

fn accessors(code: &mut Code, container: &Container, field: &Field, index: usize, private: &Private) {
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
    if !container.attrs.checks.is_empty() || !super::rules::dependents(container, field).is_empty() {
        code.tokens(setter_with_struct_rules(container, field, &setter, private));
        return;
    }
    if field.attrs.nested.is_some() {
        let own_rules =
            check_expr(container, field, private, &Operand::Value).map(|check| quote!(__errors.field(#check);));
        let nested = super::rules::nested_call(container, field, private, &Operand::Value);
        let text = format!("Replaces the `{name}` field after validating the new value; a refused value leaves the old one in place.\n\n# Errors\n\nEvery rule the new value breaks.");
        out.extend(quote! {
            #[doc = #text]
            pub fn #setter(&mut self, value: #ty #ctx_param) -> #private::Result<(), #private::ValidationErrors> {
                let mut __errors = #private::Collector::new(#struct_name);
                #own_rules
                __errors.nested(#name, #nested);
                __errors.finish()?;
                self.#member = value;
                #private::Ok(())
            }
        });
        code.tokens(out);
    } else if let Some(check) = check_expr(container, field, private, &Operand::Value) {
        setter_signature(code, &docs::checked_setter(name), &setter, field, ctx_param);
        code.text(" -> ").private(private).text("::Result<(), ");
        code.private(private).text("::FieldError>").braces(|c| {
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
        super::rules::uses_context(field) || field.attrs.nested.is_some(),
    ) {
        (Some(context), true) => Some(quote!(, __ctx: &#context)),
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
    let own = check_expr(container, field, private, &Operand::Value).map(|check| quote!(__errors.field(#check);));
    // With the new value in place, the fields whose bounds it gives are checked again.
    let dependents: Vec<TokenStream> = super::rules::dependents(container, field)
        .into_iter()
        .filter_map(|other| check_expr(container, other, private, &Operand::Field(&other.member)))
        .map(|check| quote!(__errors.field(#check);))
        .collect();
    let nested = field.attrs.nested.as_ref().map(|_| {
        let check = super::rules::nested_call(container, field, private, &Operand::Value);
        quote!(__errors.nested(#name, #check);)
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
