//! Rules that need a field's attributes and its type together: bounds that do not fit the type,
//! ranges that no value can pass, and rules on types that cannot carry them.

use quote::ToTokens;

use crate::ast::{Container, Derive, Enum, Field};
use crate::attr::bounded::{BoundKind, Unit};
use crate::attr::check::{Builtin, CheckRule};
use crate::ctxt::Ctxt;
use crate::ty::Shape;
use bounds::{article, check_len_bounds, check_value_bounds};

mod bounds;
mod names;

pub use names::{check_accessor_names, Reserved};

pub fn check(cx: &Ctxt, container: &Container) {
    if container.derive != Derive::Validate {
        for bounded in container.fields.iter().filter_map(|f| f.attrs.bounded.as_ref()) {
            for bound in bounded.value.min.iter().chain(&bounded.value.max) {
                if bound.is_field() {
                    cx.error_spanned_by(&bound.tokens, format!("a bound taken from another field, `{}`, is checked by `Validate` only: `#[derive({})]` has no other field at hand in its setters; use a constant bound here", bound.text(), container.derive.name()));
                }
            }
        }
        for path in &container.attrs.checks {
            cx.error_spanned_by(path, format!("`check = ..` is a rule on the whole struct, which `#[derive({})]` does not check: keep it on a struct that derives only `Validate`", container.derive.name()));
        }
    }
    for field in &container.fields {
        check_field(cx, container, field);
        if let Some(element) = &field.element {
            check_field(cx, container, element);
        }
    }
}

fn check_field(cx: &Ctxt, container: &Container, field: &Field) {
    for rule in &field.attrs.checks {
        let CheckRule::WithCtx(key, _) = rule else { continue };
        if container.derive != Derive::Validate {
            cx.error_spanned_by(key, format!("`with_ctx` rules need the context, which `#[derive({})]` does not have: check them with `Validate`'s `validate_with`", container.derive.name()));
        } else if container.attrs.context.is_none() {
            cx.error_spanned_by(
                key,
                "`with_ctx` needs the context's type: add `#[slotmodel(context = YourContext)]` to the struct",
            );
        }
    }
    for bound in field
        .attrs
        .bounded
        .iter()
        .flat_map(|b| b.value.min.iter().chain(&b.value.max))
    {
        if let BoundKind::Field(other) = &bound.kind {
            let names: Vec<&str> = container.fields.iter().map(|f| f.name.as_str()).collect();
            match container.fields.iter().find(|f| f.original.ident.as_ref() == Some(other)) {
                Some(source) if source.name == field.name => cx.error_spanned_by(&bound.tokens, format!("`{}` is bounded by itself, which every value passes: name another field, or use a constant bound", field.name)),
                None => cx.error_spanned_by(other, format!("`self.{other}` names no field of `{}`{} a bound taken from another field names one of the struct's fields", container.ident, crate::attr::did_you_mean(&other.to_string(), &names))),
                Some(source) => {
                    if let Some(prim) = field.shape.scalar() {
                        if type_text(source) != prim.name() {
                            cx.error_spanned_by(&bound.tokens, format!("`{other}` is `{}` and the bound of `{}` must be a `{}`: give `{other}` the type `{}`, or use a constant bound", type_text(source), field.name, prim.name(), prim.name()));
                        }
                    }
                }
            }
        }
    }
    {
        // A view's variable-length field takes no rule: the view's check says so, once.
        let view_run = container.derive == Derive::View && (field.view.length.is_some() || field.view.rest.is_some());
        if let Some(bounded) = field.attrs.bounded.as_ref().filter(|_| !view_run) {
            if bounded.value.is_set() && field.is_generic(container) && !names_scalar(container) {
                let ty = type_text(field);
                cx.error_spanned_by(bounded.value.tokens(), format!("`{}` has the generic type `{ty}`, so its bounds need `{ty}`'s scalar type: declare it, e.g. `{ty}: slotmodel::Ranged<Scalar = u32>`, or check the field with `#[check(RULE)]`", field.name));
            } else if bounded.value.is_set() {
                check_value_bounds(cx, field, &bounded.value);
            }
            for length in &bounded.lengths {
                if length.limits.is_set() {
                    check_len_bounds(cx, field, &length.limits);
                }
                if let (Some(key), false) = (&length.unit_key, is_text(&field.shape)) {
                    cx.error_spanned_by(
                        key,
                        format!(
                            "`{key}` counts a string's {}, and {} is {}; bound its length with `len = ..`",
                            unit_noun(length.unit),
                            field.subject(),
                            described(field)
                        ),
                    );
                }
            }
        }
        for rule in &field.attrs.checks {
            if let CheckRule::Builtin(builtin) = rule {
                check_builtin(cx, container, field, builtin);
            }
        }
        if let Some(nested) = &field.attrs.nested {
            if let Some(prim) = field.shape.scalar() {
                cx.error_spanned_by(nested, format!("`#[nested]` needs a type that derives `Validate`, and `{}` is {} `{}`; use `#[bounded]` or `#[check]` on it instead", field.name, article(prim.name()), prim.name()));
            }
        }
    }
}

/// An enum that `Compact` packs or `View` reads: not generic, with variants, and for `View` no
/// data in them and a fixed-width integer `repr`. (`Compact` checks the data of variants as it
/// checks a struct's fields.)
pub fn fieldless_enum(cx: &Ctxt, data: &Enum, derive: Derive) {
    let name = derive.name();
    if !data.input.generics.params.is_empty() {
        cx.error_spanned_by(&data.input.generics, format!("`#[derive({name})]` does not support generic enums: the layout must be known when the macro runs; remove the parameters"));
    }
    if derive == Derive::View {
        for variant in data.variants.iter().filter(|v| !v.fields.is_empty()) {
            cx.error_spanned_by(&variant.fields, format!("`#[derive({name})]` views fieldless enums only, and `{}` carries data; move the data into a struct that derives `{name}`", variant.ident));
        }
    }
    if data.variants.is_empty() {
        cx.error_spanned_by(
            data.ident,
            format!("an enum without variants has no value to store; add a variant or remove `#[derive({name})]`"),
        );
    }
    if derive != Derive::View {
        return;
    }
    if let Some(endian) = data.view.endian {
        cx.syn_error(syn::Error::new(endian.span, "an enum's byte order is the byte order of the record that holds it: remove `endian` here and put it on that field or struct, e.g. `#[view(endian = \"big\")]`"));
    }
    if let Some(size) = &data.view.size {
        cx.error_spanned_by(size, "an enum's size is its `repr`'s: remove `size` here");
    }
    match &data.repr {
        None => cx.error_spanned_by(data.ident, format!("an enum in a view needs an explicit integer representation, so its size and discriminants are fixed: add `#[repr(u8)]` (or `u16`, `u32`, ...) to `{}`", data.ident)),
        Some(repr) if repr == "usize" || repr == "isize" => cx.error_spanned_by(repr, format!("`{repr}` has a different width on each platform, so a record's layout would too: use a fixed-width integer such as `#[repr(u32)]` or `#[repr(u64)]`")),
        Some(_) => {}
    }
}

/// Whether a later `#[derive(..)]` on the item derives the same macro again. A derive sees the
/// `#[derive]` attributes below its own, so the first of two reports the repetition and emits
/// nothing else: the second's expansion stands, and the mistake is one error. (Two mentions in
/// one list are invisible to the macro; rustc then reports conflicting implementations.)
pub fn derived_again(cx: &Ctxt, input: &syn::DeriveInput, derive: Derive) -> bool {
    let name = derive.name();
    let mut again = false;
    for attr in input.attrs.iter().filter(|a| a.path().is_ident("derive")) {
        let _ = attr.parse_nested_meta(|meta| {
            // `Validate` or `slotmodel::Validate`; another crate's `validator::Validate` is not ours.
            let segments: Vec<String> = meta.path.segments.iter().map(|s| s.ident.to_string()).collect();
            let ours = match segments.as_slice() {
                [only] => only == name,
                [krate, last] => krate == "slotmodel" && last == name,
                _ => false,
            };
            if ours && !again {
                again = true;
                cx.error_spanned_by(&meta.path, format!("`{name}` is derived twice on `{}`: remove one of the two (if this `{name}` is another crate's, name it by its path, e.g. `other_crate::{name}`)", input.ident));
            }
            Ok(())
        });
    }
    again
}

/// Whether the struct's generics fix a `Scalar = ..` type, which bound values are typed against.
fn names_scalar(container: &Container) -> bool {
    fn walk(tokens: proc_macro2::TokenStream) -> bool {
        let mut previous_scalar = false;
        for tree in tokens {
            match tree {
                proc_macro2::TokenTree::Ident(ident) => previous_scalar = ident == "Scalar",
                proc_macro2::TokenTree::Punct(punct) if previous_scalar && punct.as_char() == '=' => return true,
                proc_macro2::TokenTree::Group(group) if walk(group.stream()) => return true,
                _ => previous_scalar = false,
            }
        }
        false
    }
    let generics = &container.input.generics;
    walk(generics.to_token_stream()) || walk(generics.where_clause.to_token_stream())
}

fn is_text(shape: &Shape) -> bool {
    match shape {
        Shape::Text => true,
        Shape::Option(inner) => is_text(inner),
        _ => false,
    }
}

fn unit_noun(unit: Unit) -> &'static str {
    match unit {
        Unit::Chars => "characters",
        Unit::Bytes => "UTF-8 bytes",
        Unit::Utf16 => "UTF-16 units",
        Unit::Graphemes => "graphemes",
    }
}

/// ``a `u32` ``, ``a `Vec<u8>` ``, for messages.
fn described(field: &Field) -> String {
    let ty = type_text(field);
    format!("{} `{ty}`", article(&ty))
}

/// A built-in rule on a field of the right type: `required` on an `Option`, the string rules
/// on a string (or an `Option` of one); a pattern that compiles. Types the macro cannot see
/// into are left to the `Check` impls.
fn check_builtin(cx: &Ctxt, container: &Container, field: &Field, builtin: &Builtin) {
    let name = &builtin.name;
    if let Some(other) = &builtin.field {
        return check_matches(cx, container, field, other);
    }
    if builtin.is_required() {
        if !matches!(field.shape, Shape::Option(_)) {
            cx.error_spanned_by(name, format!("`required` checks that an `Option` is `Some`, and {} is {}, which is always present; remove `required`, or declare the field as `Option<..>`", field.subject(), described(field)));
        }
        return;
    }
    let inner = match &field.shape {
        Shape::Option(inner) => inner,
        shape => shape,
    };
    if matches!(inner, Shape::Prim(_) | Shape::Sequence) {
        cx.error_spanned_by(name, format!("`{name}` checks a string, and {} is {}; use it on a `String` or `&str` field, or check this one with `#[bounded]` or `#[check(RULE)]`", field.subject(), described(field)));
    }
    #[cfg(feature = "regex")]
    if let (true, Some(crate::attr::check::TextArg::Lit(pattern))) = (name == "pattern", &builtin.arg) {
        if let Err(error) = regex_syntax::Parser::new().parse(&pattern.value()) {
            cx.error_spanned_by(
                pattern,
                format!("this pattern is not a valid regular expression: {error}"),
            );
        }
    }
}

/// `matches = other` names another field of the same type, and only `Validate` checks it: a
/// packed record or a view has no other field's value at hand in its setters.
fn check_matches(cx: &Ctxt, container: &Container, field: &Field, other: &syn::Ident) {
    if matches!(container.input.data, syn::Data::Enum(_)) {
        return cx.error_spanned_by(other, "`matches` compares two fields of a struct; in an enum, check the variant's data in a struct that derives `Validate`");
    }
    if container.derive != Derive::Validate {
        return cx.error_spanned_by(other, format!("`matches` compares two fields, which `#[derive({})]` does not check: keep the rule on a struct that derives only `Validate`", container.derive.name()));
    }
    let names: Vec<&str> = container.fields.iter().map(|f| f.name.as_str()).collect();
    match container
        .fields
        .iter()
        .find(|f| f.original.ident.as_ref() == Some(other))
    {
        None => cx.error_spanned_by(
            other,
            format!(
                "`matches = {other}` names no field of `{}`{} name the field this one must equal",
                container.ident,
                crate::attr::did_you_mean(&other.to_string(), &names)
            ),
        ),
        Some(target) if target.name == field.name => cx.error_spanned_by(
            other,
            format!(
                "`{}` always equals itself: name the other field it must equal",
                field.name
            ),
        ),
        Some(target) if type_text(target) != type_text(field) => cx.error_spanned_by(
            other,
            format!(
                "`{}` is `{}` and `{other}` is `{}`: `matches` compares fields of the same type",
                field.name,
                type_text(field),
                type_text(target)
            ),
        ),
        Some(_) => {}
    }
}

fn type_text(field: &Field) -> String {
    field.ty.to_token_stream().to_string().replace(' ', "")
}
