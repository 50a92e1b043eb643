//! `#[derive(View)]`: `<Name>View<'a>` and `<Name>ViewMut<'a>`, typed views over a byte buffer
//! that check it once and then decode each field in place.

mod checks;
mod fixed;
mod slot;
mod union;
mod var;
mod var_mut;

use proc_macro2::TokenStream;
use syn::DeriveInput;

use crate::ast::{Container, Derive, Enum, Input};
use crate::ctxt::{with_fallback, Ctxt};
use crate::expand::rules::const_order_check;
use crate::ty::Prim;
use crate::verify;
use slot::{bit_runs, kind, runtime, Kind, Order, Slot};

pub fn derive(cx: Ctxt, input: &DeriveInput) -> TokenStream {
    match Input::from_ast(&cx, input, Derive::View) {
        Some(Input::Struct(container)) => {
            verify::check(&cx, &container);
            checks::check_fields(&cx, &container);
            let methods = [
                "new",
                "from_array",
                "new_prefix",
                "records",
                "slice",
                "as_bytes",
                "to_owned",
                "as_view",
            ];
            let mut reserved = verify::Reserved::fixed(&methods, "the method");
            if runtime(&container) {
                reserved.extend(verify::Reserved::fixed(&["endian"], "the method"));
            }
            reserved.extend(verify::Reserved::fixed(&["SIZE"], "the constant"));
            let _ = verify::check_accessor_names(&cx, &container, &reserved, &|_| (true, true));
            match cx.check() {
                Ok(()) => expand(&container),
                Err(error) => with_fallback(&error, crate::expand::stub::view(&container)),
            }
        }
        Some(Input::Enum(data)) if union::is_union(&data) => union::derive(cx, &data),
        Some(Input::Enum(data)) => {
            verify::fieldless_enum(&cx, &data, Derive::View);
            match (cx.check(), &data.repr) {
                (Ok(()), Some(repr)) => view_enum(&data, repr),
                (Ok(()), None) => TokenStream::new(),
                // After a mistake, a stub impl keeps the enum usable as a field.
                (Err(error), _) => with_fallback(&error, crate::expand::stub::view_enum(&data)),
            }
        }
        None => cx.check().err().map(syn::Error::into_compile_error).unwrap_or_default(),
    }
}

/// Each run's elements take bytes, checked when their size is known.
fn runs_measurable(container: &Container, slots: &[Slot], p: &TokenStream) -> TokenStream {
    let mut out = TokenStream::new();
    for slot in slots {
        let Kind::Run {
            element, bytes: false, ..
        } = &slot.kind
        else {
            continue;
        };
        let span = syn::spanned::Spanned::span(*element);
        let p = crate::expand::shared::respan(p, span);
        let (record, field) = (container.ident.to_string(), slot.field.name.clone());
        out.extend(template_spanned!(span => [p, element, record, field] const _: () = #p::const_check::run_element(<#element as #p::ViewItem>::SIZE, #record, #field);));
    }
    out
}

/// A union without a length, before other fields, holds no variant that takes the rest of the
/// bytes, checked when its variants are known.
fn unions_leave_room(container: &Container, slots: &[Slot], p: &TokenStream) -> TokenStream {
    let mut out = TokenStream::new();
    let before_last = slots.len().saturating_sub(1);
    for slot in &slots[..before_last] {
        let Kind::Union { sized: None, .. } = slot.kind else {
            continue;
        };
        let span = syn::spanned::Spanned::span(slot.field.ty);
        let p = crate::expand::shared::respan(p, span);
        let (record, field) = (container.ident.to_string(), slot.field.name.clone());
        let rest = slot.union(&p, &template!([] ::REST));
        out.extend(template_spanned!(span => [p, rest, record, field] const _: () = #p::const_check::union_rest_last(#rest, #record, #field);));
    }
    out
}

/// Each union's tags fit its integer tag field, checked when the union's tags are known.
fn tags_fit(container: &Container, slots: &[Slot], p: &TokenStream) -> TokenStream {
    let mut out = TokenStream::new();
    for slot in slots {
        // A tag computed by an expression may take any value its arithmetic gives.
        let (Kind::Union { from, .. }, Some(tag)) =
            (&slot.kind, slot.field.view.tag.as_ref().filter(|t| t.expr.is_none()))
        else {
            continue;
        };
        let source = &container.fields[*from];
        let Some(Prim::Int { name, signed, .. }) = source.shape.scalar() else {
            continue;
        };
        let (span, int) = (tag.key.span(), syn::Ident::new(name, tag.key.span()));
        let p = crate::expand::shared::respan(p, span);
        let (record, field) = (container.ident.to_string(), source.name.clone());
        let tags = slot.union(&p, &template!([] ::TAGS));
        out.extend(template_spanned!(span => [p, tags, int, signed, record, field, name] const _: () = #p::const_check::tags_fit(#tags, #int::BITS, #signed, #record, #field, #name);));
    }
    out
}

fn expand(container: &Container) -> TokenStream {
    let krate = &container.attrs.krate;
    let p = crate::runtime::path(krate);
    let ident = container.ident;
    let default_big = container.view.endian.is_some_and(|e| e.big);
    let (runs, _) = bit_runs(container, default_big);
    let slots: Vec<Slot> = container
        .fields
        .iter()
        .zip(runs)
        .enumerate()
        .map(|(index, (field, run))| Slot {
            field,
            kind: run.map_or_else(|| kind(container, field).unwrap_or(Kind::Other), Kind::Bits),
            big: match (run, field.view.endian) {
                (Some(run), _) => Order::Fixed(run.big),
                (None, Some(endian)) => Order::Fixed(endian.big),
                (None, None) if runtime(container) => Order::Runtime,
                (None, None) => Order::Fixed(default_big),
            },
            index,
        })
        .collect();
    // A run-time order is read through the variable-length record's template, which holds it.
    if runtime(container)
        || slots
            .iter()
            .any(|s| matches!(s.kind, Kind::Run { .. } | Kind::Union { .. } | Kind::Optional { .. }))
    {
        let mut out = var::expand(container, &slots, &p);
        out.extend(tags_fit(container, &slots, &p));
        out.extend(runs_measurable(container, &slots, &p));
        out.extend(unions_leave_room(container, &slots, &p));
        return out;
    }
    let mut out = fixed::expand(container, &slots, &p);
    if let Some(size) = &container.view.size {
        let p = crate::expand::shared::respan(&p, size.span());
        out.extend(template_spanned!(size.span() => [p, ident, size] const _: () = #p::const_check::view_size::<#p::const_check::Bytes<{ #ident::__SLOTMODEL_VIEW_SIZE }>, #size>();));
    }
    out.extend(container.attrs.max_size_check(ident));
    for field in &container.fields {
        out.extend(const_order_check(container, field, &p));
    }
    out
}

/// `ViewItem` for a fieldless enum with an integer `repr`: its discriminant, refused when unknown.
fn view_enum(data: &Enum, repr: &syn::Ident) -> TokenStream {
    let ident = data.ident;
    let private = data.attrs.private();
    let Some((last, others)) = data.variants.split_last() else {
        return TokenStream::new();
    };
    let last = &last.ident;
    let mut variants = TokenStream::new();
    for v in others {
        let v = &v.ident;
        variants.extend(template!([v] #v,));
    }
    template!([private, ident, repr, variants, last] #private::view_enum!(ident = #ident, repr = #repr, variants = [#variants], last = #last);)
}
