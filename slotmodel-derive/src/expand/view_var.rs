//! `#[derive(View)]` on a record with a variable-length field (`#[view(len = ..)]` or
//! `#[view(count = ..)]` on a `Vec`): the view checks the buffer once, recording where each field
//! starts, and the getters read in place from those offsets.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::accessor_names;
use super::rules::check_expr;
use super::view::{Kind, Slot};
use crate::ast::Container;

/// The record's code: the layout check, `<Name>View<'a>`, writing and `Debug`.
pub fn expand(container: &Container, slots: &[Slot], p: &TokenStream) -> TokenStream {
    let ident = container.ident;
    let (vis, count) = (&container.input.vis, slots.len());
    let view = format_ident!("{}View", ident);
    let lifetime = quote!('a);
    let (mut steps, mut getters, mut reads) = (TokenStream::new(), TokenStream::new(), Vec::new());
    let (mut view_len, mut writes) = (quote!(0), TokenStream::new());
    for s in slots {
        steps.extend(layout_step(container, slots, s, p));
        let (getter, _) = accessor_names(container, s.field, s.index);
        let (name, member, ty, big, range) = (&s.field.name, &s.field.member, s.field.ty, s.big, range(slots, s.index));
        let skip = skip(s);
        let (ret, body) = match &s.kind {
            Kind::Run { bytes: true, .. } => (quote!(&'a [u8]), quote!(&self.bytes[#range])),
            Kind::Run { element, .. } => (
                quote!(#p::ViewRun<'a, #element, #big>),
                quote!(#p::ViewRun::new(&self.bytes[#range])),
            ),
            Kind::Union { from } => {
                let tag = tag_value(&slots[*from], p, &quote!(self.bytes), &quote!(self.offsets));
                (
                    s.ret(p, &lifetime),
                    quote!(<#ty as #p::ViewUnion>::get::<#big>(#tag, &self.bytes[#range])),
                )
            }
            _ => (
                s.ret(p, &lifetime),
                quote!(<#ty as #p::ViewItem>::get::<#big>(&self.bytes[#range])),
            ),
        };
        getters.extend(quote!((#name, { pub fn #getter(&self) -> #ret } { #body }),));
        if let Kind::Union { from } = s.kind {
            let tag = tag_value(&slots[from], p, &quote!(self.bytes), &quote!(self.offsets));
            reads.push(quote!(<#ty as #p::ViewUnion>::read::<#big>(#tag, &self.bytes[#range])));
            view_len.extend(quote!(+ #skip + <#ty as #p::ViewUnion>::view_len(&self.#member)));
            let (source, struct_name) = (&slots[from].field, ident.to_string());
            let (tag_member, tag_name) = (&source.member, &source.name);
            writes.extend(quote! {
                __out[__at..__at + #skip].fill(0);
                __at += #skip;
                #p::check_tag(#p::view_tag(self.#tag_member), &self.#member, #name, #struct_name, #tag_name)?;
                <#ty as #p::ViewUnion>::fits(&self.#member, #struct_name, #name, __at)?;
                let __size = <#ty as #p::ViewUnion>::view_len(&self.#member);
                <#ty as #p::ViewUnion>::write::<#big>(&self.#member, &mut __out[__at..__at + __size]);
                __at += __size;
            });
        } else if let Kind::Run { element, .. } = &s.kind {
            reads.push(quote! {
                self.bytes[#range].chunks_exact(<#element as #p::ViewItem>::SIZE.max(1))
                    .map(<#element as #p::ViewItem>::read::<#big>).collect()
            });
            view_len.extend(quote!(+ #skip + self.#member.len() * <#element as #p::ViewItem>::SIZE));
            writes.extend(quote! {
                __out[__at..__at + #skip].fill(0);
                __at += #skip;
                for __value in &self.#member {
                    let __size = <#element as #p::ViewItem>::SIZE;
                    <#element as #p::ViewItem>::write::<#big>(__value, &mut __out[__at..__at + __size]);
                    __at += __size;
                }
            });
        } else {
            reads.push(quote!(<#ty as #p::ViewItem>::read::<#big>(&self.bytes[#range])));
            view_len.extend(quote!(+ #skip + <#ty as #p::ViewItem>::SIZE));
            let agrees = length_checks(container, slots, s, p);
            writes.extend(quote! {
                __out[__at..__at + #skip].fill(0);
                __at += #skip;
                #agrees
                let __size = <#ty as #p::ViewItem>::SIZE;
                <#ty as #p::ViewItem>::write::<#big>(&self.#member, &mut __out[__at..__at + __size]);
                __at += __size;
            });
        }
    }
    let owned = super::construct(container, &reads);
    let pad_to = container
        .view
        .pad_to
        .as_ref()
        .map_or_else(|| quote!(1_usize), |lit| quote!(#lit));
    let debug = super::view::debug_impl(container, slots, &view);
    quote! {
        #p::view_var! {
            vis = [#vis], ident = #ident, view = #view, count = #count, pad_to = #pad_to,
            locals = [self, __bytes, __offsets, __at, __field, __k, __out],
            steps = [#steps], getters = [#getters], to_owned = { #owned },
            view_len = { #view_len }, write = { #writes },
        }
        #debug
    }
}

/// Checks, before the length field `source` is written, that its value is what each `Vec` it
/// sizes holds: the layout check after the writing would blame whichever field ran short.
fn length_checks(container: &Container, slots: &[Slot], source: &Slot, p: &TokenStream) -> TokenStream {
    let name = container.ident.to_string();
    let (field, member) = (&source.field.name, &source.field.member);
    slots
        .iter()
        .filter_map(|run| {
            let Kind::Run { element, from, .. } = run.kind else {
                return None;
            };
            let elements = run.field.view.length.as_ref().is_some_and(|length| length.elements);
            let unit = if elements {
                quote!(1_usize)
            } else {
                quote!(<#element as #p::ViewItem>::SIZE)
            };
            let (run_name, run_member) = (&run.field.name, &run.field.member);
            (from == source.index).then(|| {
                quote! {
                    #p::view_length_agrees(self.#member, self.#run_member.len(), #unit, #name, (#field, #run_name), __at)?;
                }
            })
        })
        .collect()
}

fn skip(slot: &Slot) -> TokenStream {
    slot.field
        .view
        .skip
        .as_ref()
        .map_or_else(|| quote!(0_usize), |lit| quote!(#lit))
}

/// The element type and its count expression of a variable-length field.
fn run_count(container: &Container, slots: &[Slot], slot: &Slot, p: &TokenStream) -> TokenStream {
    let Kind::Run { from, .. } = slot.kind else {
        return quote!(1_usize);
    };
    let name = container.ident.to_string();
    let source = &slots[from];
    let (ty, big, field, i) = (source.field.ty, source.big, &source.field.name, source.index);
    let count = quote! {
        #p::view_count(
            <#ty as #p::ViewItem>::read::<#big>(&__bytes[__offsets[#i]..__offsets[#i] + <#ty as #p::ViewItem>::SIZE]),
            #name, #field, __offsets[#i],
        )?
    };
    match (&slot.kind, &slot.field.view.length) {
        // `len` on elements wider than a byte: the bytes must hold whole elements.
        (
            Kind::Run {
                bytes: false, element, ..
            },
            Some(length),
        ) if !length.elements => {
            let run = &slot.field.name;
            quote!(#p::view_elements(#count, <#element as #p::ViewItem>::SIZE, #name, (#field, #run), __offsets[#i])?)
        }
        _ => count,
    }
}

/// The value of the tag field `source`, read from `bytes` at `offsets[i]`, as a `u64`.
fn tag_value(source: &Slot, p: &TokenStream, bytes: &TokenStream, offsets: &TokenStream) -> TokenStream {
    let (ty, big, i) = (source.field.ty, source.big, source.index);
    quote!(#p::view_tag(<#ty as #p::ViewItem>::read::<#big>(&#bytes[#offsets[#i]..#offsets[#i] + <#ty as #p::ViewItem>::SIZE])))
}

/// One `{ .. }` step of the layout check: checks one field and moves past it.
fn layout_step(container: &Container, slots: &[Slot], slot: &Slot, p: &TokenStream) -> TokenStream {
    let (field, i, big, skip) = (&slot.field.name, slot.index, slot.big, skip(slot));
    if let Kind::Union { from } = slot.kind {
        let ty = slot.field.ty;
        let tag = tag_value(&slots[from], p, &quote!(__bytes), &quote!(__offsets));
        return quote!({ union #field #i skip = #skip tag = { #tag } check = { <#ty as #p::ViewUnion>::check_prefix::<#big> } });
    }
    let count = run_count(container, slots, slot, p);
    if let Kind::Run { bytes: true, .. } = slot.kind {
        // Bytes hold any value: only their length is checked.
        return quote!({ bytes #field #i skip = #skip count = { #count } });
    }
    let element = slot.element();
    let rules = check_expr(container, slot.field, p, &quote!(&__value)).map(|check| {
        let (ty, name) = (slot.field.ty, container.ident.to_string());
        quote! {
            let __value = <#ty as #p::ViewItem>::read::<#big>(__field);
            #p::view_rule(#check, #name, #field, __at)?;
        }
    });
    let (size, check) = (
        quote!(<#element as #p::ViewItem>::SIZE),
        quote!(<#element as #p::ViewItem>::check::<#big>),
    );
    if matches!(slot.kind, Kind::Run { .. }) {
        quote!({ run #field #i skip = #skip count = { #count } size = { #size } check = { #check } rules = { #rules } })
    } else {
        quote!({ one #field #i skip = #skip size = { #size } check = { #check } rules = { #rules } })
    }
}

/// The byte range of field `i` in a view: from its offset to the next field's, less that one's
/// reserved bytes.
fn range(slots: &[Slot], i: usize) -> TokenStream {
    let next_skip = slots.get(i + 1).map_or_else(|| quote!(0_usize), skip);
    let j = i + 1;
    quote!(self.offsets[#i]..self.offsets[#j] - #next_skip)
}
