//! `#[derive(View)]` on a record with a variable-length field (`#[view(len = ..)]` or
//! `#[view(count = ..)]` on a `Vec`): the view checks the buffer once, recording where each field
//! starts, and the getters read in place from those offsets.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::rules::check_expr;
use super::view::{Kind, Slot};
use super::{accessor_names, doc};
use crate::ast::Container;

/// The record's code: the layout check, `<Name>View<'a>`, writing and `Debug`.
pub fn expand(container: &Container, slots: &[Slot], p: &TokenStream) -> TokenStream {
    let ident = container.ident;
    let count = slots.len();
    let layout_steps = slots.iter().map(|s| layout_step(container, slots, s, p));
    let view = view_type(container, slots, p);
    let writer = writer(container, slots, p);
    quote! {
        impl #ident {
            /// Checks a record at the start of `__bytes`: where each field starts, then where
            /// the record ends.
            #[doc(hidden)]
            pub fn __slotmodel_view_layout(__bytes: &[u8]) -> #p::Result<[usize; #count + 1], #p::ViewError> {
                let mut __offsets = [0_usize; #count + 1];
                let mut __at = 0_usize;
                #(#layout_steps)*
                __offsets[#count] = __at;
                #p::Ok(__offsets)
            }
        }
        #view
        #writer
    }
}

fn skip(slot: &Slot) -> TokenStream {
    slot.field
        .view
        .skip
        .as_ref()
        .map_or_else(|| quote!(0_usize), |lit| quote!(#lit))
}

/// The element type and its count expression of a variable-length field.
fn run_count(slots: &[Slot], slot: &Slot, p: &TokenStream, name: &str) -> TokenStream {
    let Kind::Run { from, .. } = slot.kind else {
        return quote!(1_usize);
    };
    let source = &slots[from];
    let (ty, big, field, i) = (source.field.ty, source.big, &source.field.name, source.index);
    quote! {
        #p::view_count(
            <#ty as #p::ViewItem>::read::<#big>(&__bytes[__offsets[#i]..__offsets[#i] + <#ty as #p::ViewItem>::SIZE]),
            #name, #field, __offsets[#i],
        )?
    }
}

/// Checks one field during the layout pass and moves past it.
fn layout_step(container: &Container, slots: &[Slot], slot: &Slot, p: &TokenStream) -> TokenStream {
    let name = container.ident.to_string();
    let (field, i, big, skip) = (&slot.field.name, slot.index, slot.big, skip(slot));
    let element = slot.element();
    let count = run_count(slots, slot, p, &name);
    let rules = check_expr(container, slot.field, p, &quote!(&__value)).map(|check| {
        let ty = slot.field.ty;
        quote! {
            let __value = <#ty as #p::ViewItem>::read::<#big>(__field);
            if let #p::Err(__refused) = #check {
                return #p::Err(#p::ViewError::invalid(#name, #field, __at, __refused.kind()));
            }
        }
    });
    let in_element =
        matches!(slot.kind, Kind::Run { .. }).then(|| quote!(.map_err(|__error| __error.in_element(#field, __k))));
    if let Kind::Run { bytes: true, .. } = slot.kind {
        // Bytes hold any value: only their length is checked.
        return quote! {
            __at += #skip;
            __offsets[#i] = __at;
            __at = #p::view_run_end(__at, #count, 1, __bytes.len(), #name, #field)?;
        };
    }
    quote! {
        __at += #skip;
        __offsets[#i] = __at;
        {
            let __size = <#element as #p::ViewItem>::SIZE;
            let __count = #count;
            let __end = #p::view_run_end(__at, __count, __size, __bytes.len(), #name, #field)?;
            for __k in 0..__count {
                let __field = &__bytes[__at + __k * __size..__at + (__k + 1) * __size];
                <#element as #p::ViewItem>::check::<#big>(__field, #name, #field, __at + __k * __size)#in_element?;
                #rules
            }
            __at = __end;
        }
    }
}

/// The byte range of field `i` in a view: from its offset to the next field's, less that one's
/// reserved bytes.
fn range(slots: &[Slot], i: usize) -> TokenStream {
    let next_skip = slots.get(i + 1).map_or_else(|| quote!(0_usize), skip);
    let j = i + 1;
    quote!(self.offsets[#i]..self.offsets[#j] - #next_skip)
}

fn view_type(container: &Container, slots: &[Slot], p: &TokenStream) -> TokenStream {
    let ident = container.ident;
    let (vis, name, count) = (&container.input.vis, ident.to_string(), slots.len());
    let view = format_ident!("{}View", ident);
    let getters = slots.iter().map(|s| {
        let (getter, _) = accessor_names(container, s.field, s.index);
        let (ty, big, range) = (s.field.ty, s.big, range(slots, s.index));
        let text = doc(&format!("The `{}` field, read from the buffer.", s.field.name));
        let (ret, body) = match &s.kind {
            Kind::Run { bytes: true, .. } => (quote!(&'a [u8]), quote!(&self.bytes[#range])),
            Kind::Run { element, .. } => (
                quote!(#p::ViewRun<'a, #element, #big>),
                quote!(#p::ViewRun::new(&self.bytes[#range])),
            ),
            _ => (
                s.ret(p, &quote!('a)),
                quote!(<#ty as #p::ViewItem>::get::<#big>(&self.bytes[#range])),
            ),
        };
        quote!(#text #[must_use] #[inline] pub fn #getter(&self) -> #ret { #body })
    });
    let reads: Vec<TokenStream> = slots
        .iter()
        .map(|s| {
            let (ty, big, range) = (s.field.ty, s.big, range(slots, s.index));
            if let Kind::Run { element, .. } = &s.kind {
                quote! {
                    self.bytes[#range].chunks_exact(<#element as #p::ViewItem>::SIZE.max(1))
                        .map(<#element as #p::ViewItem>::read::<#big>).collect()
                }
            } else {
                quote!(<#ty as #p::ViewItem>::read::<#big>(&self.bytes[#range]))
            }
        })
        .collect();
    let to_owned = super::view::to_owned(container, &reads);
    let debug = super::view::debug_impl(container, slots, &view);
    let view_doc = doc(&format!("A checked, zero-copy view of a variable-length `{ident}` record in a byte buffer: `new` checks every length and field once, and getters read in place. `{view}::new(&bytes)`, or `{view}::records(&stream)`."));
    quote! {
        #view_doc
        #[derive(::core::clone::Clone, ::core::marker::Copy)]
        #vis struct #view<'a> {
            bytes: &'a [u8],
            offsets: [usize; #count + 1],
        }

        impl<'a> #view<'a> {
            /// Checks `bytes` (exactly one record) and views it.
            ///
            /// # Errors
            ///
            /// A field that runs past the end, bytes left after the record, or a field holding
            /// an invalid value.
            pub fn new(bytes: &'a [u8]) -> #p::Result<Self, #p::ViewError> {
                let (view, rest) = Self::new_prefix(bytes)?;
                if rest.is_empty() {
                    #p::Ok(view)
                } else {
                    #p::Err(#p::ViewError::length(#name, view.bytes.len(), bytes.len()))
                }
            }

            /// Views the record at the start of `bytes` and returns the rest.
            ///
            /// # Errors
            ///
            /// A field that runs past the end, or a field holding an invalid value.
            pub fn new_prefix(bytes: &'a [u8]) -> #p::Result<(Self, &'a [u8]), #p::ViewError> {
                let offsets = #ident::__slotmodel_view_layout(bytes)?;
                let (record, rest) = bytes.split_at(offsets[#count]);
                #p::Ok((#view { bytes: record, offsets }, rest))
            }

            /// The consecutive records of `bytes`, each checked and viewed in place.
            #[must_use]
            pub fn records(bytes: &'a [u8]) -> #p::VarRecords<'a, Self> {
                #p::VarRecords::new(bytes)
            }

            /// The record's bytes.
            #[must_use]
            pub fn as_bytes(&self) -> &'a [u8] {
                self.bytes
            }

            #to_owned

            #(#getters)*
        }

        #[automatically_derived]
        impl<'a> #p::VarRecordView<'a> for #view<'a> {
            fn from_prefix(bytes: &'a [u8]) -> #p::Result<(Self, &'a [u8]), #p::ViewError> {
                Self::new_prefix(bytes)
            }
        }

        #debug
    }
}

/// `Name::view_len` and `Name::write_to`: the record written as its view reads it.
fn writer(container: &Container, slots: &[Slot], p: &TokenStream) -> TokenStream {
    let ident = container.ident;
    let name = ident.to_string();
    let sizes = slots.iter().map(|s| {
        let (member, skip, ty) = (&s.field.member, skip(s), s.field.ty);
        if let Kind::Run { element, .. } = &s.kind {
            quote!(#skip + self.#member.len() * <#element as #p::ViewItem>::SIZE)
        } else {
            quote!(#skip + <#ty as #p::ViewItem>::SIZE)
        }
    });
    let writes = slots.iter().map(|s| {
        let (member, skip, ty, big) = (&s.field.member, skip(s), s.field.ty, s.big);
        let write = if let Kind::Run { element, .. } = &s.kind {
            quote! {
                for __value in &self.#member {
                    let __size = <#element as #p::ViewItem>::SIZE;
                    <#element as #p::ViewItem>::write::<#big>(__value, &mut __out[__at..__at + __size]);
                    __at += __size;
                }
            }
        } else {
            quote! {
                let __size = <#ty as #p::ViewItem>::SIZE;
                <#ty as #p::ViewItem>::write::<#big>(&self.#member, &mut __out[__at..__at + __size]);
                __at += __size;
            }
        };
        quote! {
            __out[__at..__at + #skip].fill(0);
            __at += #skip;
            #write
        }
    });
    let count = slots.len();
    let len_doc = doc(&format!("Bytes this `{ident}` takes in the form its view reads."));
    let write_doc = doc(&format!("Writes this `{ident}` at the start of `out` in the form its view reads, and returns the bytes written. The written record is checked as `{ident}View::new` checks it, so a length field that disagrees with its `Vec`, or a field that breaks a rule, is an error.\n\n# Errors\n\nAn `out` shorter than `view_len()`, or a record its view would refuse."));
    quote! {
        impl #ident {
            #len_doc
            #[must_use]
            pub fn view_len(&self) -> usize {
                0 #(+ #sizes)*
            }

            #write_doc
            pub fn write_to(&self, out: &mut [u8]) -> #p::Result<usize, #p::ViewError> {
                let __len = self.view_len();
                let __given = out.len();
                let #p::Some(__out) = out.get_mut(..__len) else {
                    return #p::Err(#p::ViewError::length(#name, __len, __given));
                };
                let mut __at = 0_usize;
                #(#writes)*
                let __offsets = #ident::__slotmodel_view_layout(__out)?;
                if __offsets[#count] == __len {
                    #p::Ok(__len)
                } else {
                    #p::Err(#p::ViewError::length(#name, __offsets[#count], __len))
                }
            }
        }
    }
}
