//! A view of a record whose every field has a fixed size: `view_fixed!` with each field's
//! offset, check, getter and setter.

use crate::ty::{Prim, Shape};
use proc_macro2::TokenStream;
use quote::format_ident;
use syn::spanned::Spanned;

use super::slot::{debug_impl, BitSlot, Kind, Slot};
use crate::ast::Container;
use crate::expand::rules::{check_expr, Operand};
use crate::expand::shared::doc;

/// Checks one field of a record: values the type refuses, then every rule on the field
/// (bounds, checks), so a view only ever shows values that passed.
fn field_check(container: &Container, slot: &Slot, p: &TokenStream, record: &TokenStream) -> TokenStream {
    let (ident, i, big) = (container.ident, slot.index, slot.big);
    let name = ident.to_string();
    let field = &slot.field.name;
    let bytes = slot.bytes(ident, p, record);
    let offset = template!([ident, i] #ident::__SLOTMODEL_VIEW_OFFSETS[#i]);
    // Every pattern of a bit field's bits is a value of its type.
    let mut out = if let Kind::Bits(_) = slot.kind {
        TokenStream::new()
    } else {
        let item = slot.item(p);
        template!([item, p, big, bytes, name, field, offset] <#item as #p::ViewItem>::check::<#big>(&#bytes, #name, #field, #offset)?;)
    };
    if let Some(check) = check_expr(container, slot.field, p, &template!([] & __value)) {
        let read = slot.read(p, &bytes);
        out.extend(template! {[read, p, check, name, field, offset] {
            let __value = #read;
            #p::view_rule(#check, #name, #field, #offset)?;
        }});
    }
    out
}

/// The layout constants and check, `<Name>View<'a>` and `<Name>ViewMut<'a>`.
pub fn expand(container: &Container, slots: &[Slot], p: &TokenStream) -> TokenStream {
    let ident = container.ident;
    let vis = &container.input.vis;
    let (view, view_mut) = (format_ident!("{}View", ident), format_ident!("{}ViewMut", ident));
    let (source, record) = (template!([] self.bytes), template!([] __bytes));
    let (lifetime_a, lifetime_any) = (template!([] 'a), template!([] '_));
    let (mut sizes, mut skips, mut checks) = (TokenStream::new(), TokenStream::new(), TokenStream::new());
    let (mut getters, mut setters, mut writes) = (TokenStream::new(), TokenStream::new(), TokenStream::new());
    let (mut reads, mut fits) = (Vec::with_capacity(slots.len()), TokenStream::new());
    for s in slots {
        let (getter, _) = container.accessor_names(s.field, s.index);
        let (name, ty, big, member) = (&s.field.name, s.field.ty, s.big, &s.field.member);
        if let Kind::Bits(BitSlot { run, last, .. }) = s.kind {
            sizes.extend(if last { template!([run] #run,) } else { template!([] 0,) });
        } else {
            let item = s.item(p);
            sizes.extend(template_spanned!(ty.span() => [item, p] <#item as #p::ViewItem>::SIZE,));
        }
        fits.extend(value_fits(container, s, p));
        match &s.field.view.skip {
            Some(lit) => skips.extend(template!([lit] #lit,)),
            None => skips.extend(template!([] 0,)),
        }
        checks.extend(field_check(container, s, p, &record));
        let (ret, ret_mut) = (s.ret(p, &lifetime_a), s.ret(p, &lifetime_any));
        let bytes = s.bytes(ident, p, &source);
        let get = if let Kind::Bits(_) = s.kind {
            s.read(p, &bytes)
        } else {
            let item = s.item(p);
            template!([item, p, big, bytes] <#item as #p::ViewItem>::get::<#big>(&#bytes))
        };
        getters.extend(template! {[name, getter, ret, get, ret_mut] (
            #name,
            { pub fn #getter(&self) -> #ret } { #get },
            { pub fn #getter(&self) -> #ret_mut } { self.as_view().#getter() }
        ),});
        reads.push(s.read(p, &bytes));
        setters.extend(setter(container, s, p));
        let bytes = s.bytes(ident, p, &record);
        writes.extend(s.write(p, &template!([member] self.#member), &bytes));
    }
    let (count, owned) = (slots.len(), crate::expand::shared::construct(container, &reads));
    let debug = debug_impl(container, slots, &view);
    template! {[p, vis, ident, view, view_mut, count, sizes, skips, checks, fits, getters, owned, setters, writes, debug]
        #p::view_fixed! {
            vis = [#vis], ident = #ident, view = #view, view_mut = #view_mut,
            count = #count, locals = [self, value, __bytes],
            sizes = [#sizes], skips = [#skips], check = { #checks }, fits = { #fits },
            getters = [#getters], to_owned = { #owned }, setters = [#setters], write = { #writes },
        }
        #debug
    }
}

/// Refuses an owned field value that writing would cut short: too wide for its bit field, or
/// holding such a value in a nested record.
fn value_fits(container: &Container, slot: &Slot, p: &TokenStream) -> TokenStream {
    let (ident, ty, i, member) = (container.ident, slot.field.ty, slot.index, &slot.field.member);
    let (name, field) = (ident.to_string(), &slot.field.name);
    let offset = template!([ident, i] #ident::__SLOTMODEL_VIEW_OFFSETS[#i]);
    match slot.kind {
        Kind::Bits(BitSlot { width, .. }) => {
            template!([p, member, width, name, field, offset] #p::bits_fit(self.#member, #width, #name, #field, #offset)?;)
        }
        Kind::Other => {
            template!([ty, p, member, name, field, offset] <#ty as #p::ViewItem>::fits(&self.#member, #name, #field, #offset)?;)
        }
        Kind::Value if slot.narrow() => {
            let (item, value) = (slot.item(p), slot.wrap(p, &template!([member] self.#member)));
            template!([item, p, value, name, field, offset] <#item as #p::ViewItem>::fits(#value, #name, #field, #offset)?;)
        }
        _ => TokenStream::new(),
    }
}

/// One `{ .. }` setter of `view_fixed!`.
fn setter(container: &Container, slot: &Slot, p: &TokenStream) -> TokenStream {
    let ident = container.ident;
    let (_, setter) = container.accessor_names(slot.field, slot.index);
    let (ty, big, name, i) = (slot.field.ty, slot.big, &slot.field.name, slot.index);
    let source = template!([] self.bytes);
    let bytes = slot.bytes(ident, p, &source);
    let write = slot.write(p, &template!([] value), &bytes);
    let own_rules = check_expr(container, slot.field, p, &Operand::Value);
    if let Kind::Bits(BitSlot { width, .. }) = slot.kind {
        let max = proc_macro2::Literal::u64_unsuffixed(bits_max(width));
        let struct_name = ident.to_string();
        let fits = (!matches!(slot.field.shape, Shape::Prim(Prim::Bool)))
            .then(|| template!([p, max, struct_name, name] #p::within(&value, 0, #max, &[#struct_name, #name])?;));
        return match (fits, own_rules) {
            (None, None) => template!([name, setter, ty, write] { #name plain #setter (#ty) { #write } }),
            (fits, rules) => {
                let rules = rules.unwrap_or_else(|| template!([p] #p::Ok(())));
                template!([name, setter, ty, fits, rules, write] { #name checked #setter (#ty) { { #fits #rules } } { #write } })
            }
        };
    }
    if let (Some((width, _)), Shape::Prim(Prim::Int { signed, .. })) = (&slot.field.view.bytes, &slot.field.shape) {
        // A value the field's bytes cannot hold is refused as a bound is.
        let bits = 8 * u32::try_from(*width).unwrap_or(7);
        let (min, max) = if *signed {
            (-(1_i128 << (bits - 1)), (1_i128 << (bits - 1)) - 1)
        } else {
            (0, (1_i128 << bits) - 1)
        };
        let (min, max) = (
            proc_macro2::Literal::i128_unsuffixed(min),
            proc_macro2::Literal::i128_unsuffixed(max),
        );
        let struct_name = ident.to_string();
        let rules = own_rules.unwrap_or_else(|| template!([p] #p::Ok(())));
        return template!([name, setter, ty, p, min, max, struct_name, rules, write] { #name checked #setter (#ty) { { #p::within(&value, #min, #max, &[#struct_name, #name])?; #rules } } { #write } });
    }
    if let (Some(check), false) = (&own_rules, matches!(slot.kind, Kind::Other)) {
        return template!([name, setter, ty, check, write] { #name checked #setter (#ty) { #check } { #write } });
    }
    match slot.kind {
        // Variable-length records have no `ViewMut`.
        Kind::Run { .. } | Kind::Union { .. } | Kind::Optional { .. } => TokenStream::new(),
        Kind::Value | Kind::Numbers | Kind::Bits(_) => {
            template!([name, setter, ty, write] { #name plain #setter (#ty) { #write } })
        }
        Kind::Bytes => {
            let getter = format_ident!(
                "{}_mut",
                container
                    .accessor_names(slot.field, slot.index)
                    .0
                    .to_string()
                    .trim_start_matches("r#")
            );
            template!([name, setter, ty, write, getter, bytes] { #name bytes #setter (#ty) { #write } #getter { #bytes } })
        }
        Kind::Other => {
            // An owned value of a nested record may break its bounds: encode it aside, check, then copy.
            let struct_name = ident.to_string();
            let text = doc(&format!("Writes the `{name}` field after checking the encoded value; a refused value leaves the buffer as it was.\n\n# Errors\n\nThe nested field that holds an invalid value."));
            let offset = template!([ident, i] #ident::__SLOTMODEL_VIEW_OFFSETS[#i]);
            let own_rules = own_rules.map(|check| {
                template! {[p, check, struct_name, name, offset]
                    if let #p::Err(__refused) = #check {
                        return #p::Err(#p::ViewError::invalid(#struct_name, #name, #offset, __refused.kind()));
                    }
                }
            });
            template! {[name, text, setter, ty, p, own_rules, big, struct_name, offset, bytes] { #name custom {
                #text
                pub fn #setter(&mut self, value: #ty) -> #p::Result<(), #p::ViewError> {
                    #own_rules
                    let mut __encoded = [0_u8; <#ty as #p::ViewItem>::SIZE];
                    <#ty as #p::ViewItem>::write::<#big>(&value, &mut __encoded);
                    <#ty as #p::ViewItem>::check::<#big>(&__encoded, #struct_name, #name, #offset)?;
                    #bytes.copy_from_slice(&__encoded);
                    #p::Ok(())
                }
            }}}
        }
    }
}

/// The largest value `width` bits hold.
fn bits_max(width: u32) -> u64 {
    u64::MAX >> (64 - width)
}
