//! `#[derive(View)]`: `<Name>View<'a>` and `<Name>ViewMut<'a>`, typed views over a byte buffer
//! that check it once and then decode each field in place.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{DeriveInput, Type};

use super::rules::{check_expr, const_order_check, Operand};
use super::shared::doc;
use crate::ast::{Container, Derive, Enum, Field, Input};
use crate::attr::view::LengthFrom;
use crate::ctxt::{with_fallback, Ctxt};
use crate::ty::{Prim, Shape};
use crate::verify;

pub fn derive(cx: Ctxt, input: &DeriveInput) -> TokenStream {
    match Input::from_ast(&cx, input, Derive::View) {
        Some(Input::Struct(container)) => {
            verify::check(&cx, &container);
            super::view_check::check_fields(&cx, &container);
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
            reserved.extend(verify::Reserved::fixed(&["SIZE"], "the constant"));
            let _ = verify::check_accessor_names(&cx, &container, &reserved, |_| (true, true));
            match cx.check() {
                Ok(()) => expand(&container),
                Err(error) => with_fallback(&error, super::stub::view(&container)),
            }
        }
        Some(Input::Enum(data)) if super::view_union::is_union(&data) => super::view_union::derive(cx, &data),
        Some(Input::Enum(data)) => {
            verify::fieldless_enum(&cx, &data, Derive::View);
            match (cx.check(), &data.repr) {
                (Ok(()), Some(repr)) => view_enum(&data, repr),
                (Ok(()), None) => TokenStream::new(),
                // After a mistake, a stub impl keeps the enum usable as a field.
                (Err(error), _) => with_fallback(&error, super::stub::view_enum(&data)),
            }
        }
        None => cx.check().err().map(syn::Error::into_compile_error).unwrap_or_default(),
    }
}

/// How a field's type appears in a view.
pub enum Kind<'a> {
    /// A number or `bool`: decoded by value.
    Value,
    /// `[u8; N]`: borrowed as it is.
    Bytes,
    /// An array of other numbers: decoded element by element.
    Numbers,
    /// An enum or a nested record deriving `View`.
    Other,
    /// An unsigned integer or `bool` in a run of bit fields (`#[view(bits = N)]`).
    Bits(BitSlot),
    /// A tagged union whose variant the field at `from` chooses.
    Union { from: usize },
    /// An `Option<T>` present when its condition (`#[view(when = ..)]`) holds.
    Optional { element: &'a Type },
    /// A `Vec` whose length the field at `from` gives: bytes borrowed as `&[u8]` (`bytes`), or
    /// elements viewed in place.
    Run {
        element: &'a Type,
        bytes: bool,
        from: usize,
    },
}

/// Where a bit field sits in its run: `shift` bits above the least significant bit of the run's
/// integer, which takes `run` bytes.
#[derive(Clone, Copy)]
pub struct BitSlot {
    pub shift: u32,
    pub width: u32,
    pub run: usize,
    /// The run's byte order: its first field's.
    pub big: bool,
    /// The run's last field, which carries the run's size in the layout, so that every field
    /// of the run starts at the run's first byte.
    pub last: bool,
}

/// Splits consecutive bit fields into runs, each ending at the first byte boundary, and
/// places each field in its run; with the errors of runs that do not fill whole bytes.
pub(super) fn bit_runs(container: &Container, default_big: bool) -> (Vec<Option<BitSlot>>, Vec<syn::Error>) {
    let fields = &container.fields;
    let (mut slots, mut errors) = (vec![None; fields.len()], Vec::new());
    let mut i = 0;
    while i < fields.len() {
        if fields[i].view.bits.is_none() {
            i += 1;
            continue;
        }
        let (start, mut total) = (i, 0);
        while let Some((width, _)) = fields.get(i).and_then(|f| f.view.bits.as_ref()) {
            total += width;
            i += 1;
            if total % 8 == 0 {
                break;
            }
        }
        let (first, last) = (&fields[start], &fields[i - 1]);
        let names = if start + 1 == i {
            format!("the bit field `{}` takes", first.name)
        } else {
            format!("the bit fields `{}` to `{}` take", first.name, last.name)
        };
        // A field whose `#[view]` was refused may have been meant as a bit field of this run.
        let mistaken = fields.iter().any(|f| f.view.refused);
        if total % 8 != 0 && !mistaken {
            let lit = &last.view.bits.as_ref().map(|b| &b.1);
            let missing = 8 - total % 8;
            let unit = if missing == 1 { "bit" } else { "bits" };
            errors.push(syn::Error::new_spanned(lit, format!("{names} {total} bits, which do not fill whole bytes: add {missing} {unit} (widen a field, or add a reserved `#[view(bits = {missing})]` field after it)")));
        } else if total > 64 {
            let lit = &first.view.bits.as_ref().map(|b| &b.1);
            errors.push(syn::Error::new_spanned(lit, format!("{names} {total} bits before they reach a byte boundary, and a run of bit fields is read as one integer of at most 64 bits: narrow the fields or end the run at a byte boundary sooner")));
        }
        for field in &fields[start + 1..i] {
            if let Some(endian) = field.view.endian {
                errors.push(syn::Error::new(endian.span, format!("`{}` is read with the bit fields before it, as one integer in one byte order: put `endian` on `{}`, the run's first field", field.name, first.name)));
            }
            if let Some(skip) = &field.view.skip {
                errors.push(syn::Error::new_spanned(skip, format!("`{}` shares its bytes with the bit fields before it: reserved bytes go before a run, on its first field `{}`", field.name, first.name)));
            }
        }
        let big = first.view.endian.map_or(default_big, |e| e.big);
        let run = total.div_ceil(8) as usize;
        let mut at = 0;
        for (j, field) in fields.iter().enumerate().take(i).skip(start) {
            let width = field.view.bits.as_ref().map_or(0, |b| b.0);
            let shift = if big { total.saturating_sub(at + width) } else { at };
            slots[j] = Some(BitSlot {
                shift,
                width,
                run,
                big,
                last: j + 1 == i,
            });
            at += width;
        }
    }
    (slots, errors)
}

/// The position of the last field a length or tag source names: the field it waits for.
fn source_index(container: &Container, source: &LengthFrom) -> usize {
    source
        .names()
        .iter()
        .filter_map(|name| position_of(container, name))
        .max()
        .unwrap_or(0)
}

/// The position of the field `source` names, if any.
pub(super) fn position_of(container: &Container, source: &syn::Ident) -> Option<usize> {
    container
        .fields
        .iter()
        .position(|f| f.original.ident.as_ref() == Some(source))
}

pub(super) fn kind<'a>(container: &Container, field: &'a Field) -> Result<Kind<'a>, &'static str> {
    if let Some(tag) = &field.view.tag {
        return Ok(Kind::Union {
            from: source_index(container, tag),
        });
    }
    if field.view.when.is_some() {
        let element = crate::ty::option_inner(field.ty).ok_or("not an `Option`")?;
        return Ok(Kind::Optional { element });
    }
    if let Some(length) = &field.view.length {
        let element = crate::ty::vec_element(field.ty).ok_or("not a `Vec`")?;
        let bytes = matches!(crate::ty::shape(element), Shape::Prim(Prim::Int { name: "u8", .. }));
        return Ok(Kind::Run {
            element,
            bytes,
            from: source_index(container, length),
        });
    }
    if let Type::Array(array) = field.ty {
        return match crate::ty::shape(&array.elem) {
            Shape::Prim(Prim::Int { name: "u8", .. }) => Ok(Kind::Bytes),
            Shape::Prim(Prim::Int { .. } | Prim::Float { .. }) => Ok(Kind::Numbers),
            _ => Err("an array of non-numbers"),
        };
    }
    match (&field.shape, field.ty) {
        (_, Type::Reference(_)) => Err("a reference"),
        (Shape::Prim(Prim::Char), _) => Err("a `char`, which has no fixed binary form (store its code as a `u32`)"),
        (Shape::Prim(_), _) => Ok(Kind::Value),
        (Shape::Text, _) => Err("a string"),
        (Shape::Sequence, _) => Err("a growable collection"),
        (Shape::Option(_), _) => Err("an `Option`"),
        (Shape::Other, _) => Ok(Kind::Other),
    }
}

/// What the code for one field needs.
pub struct Slot<'a> {
    pub field: &'a Field<'a>,
    pub kind: Kind<'a>,
    pub big: bool,
    pub index: usize,
}

impl Slot<'_> {
    /// The type that encodes the field: its own, or `Narrow<T, N>` for an integer stored in `N`
    /// bytes (`#[view(bytes = N)]`).
    pub fn item(&self, p: &TokenStream) -> TokenStream {
        let ty = self.field.ty;
        match &self.field.view.bytes {
            Some((_, n)) if matches!(self.kind, Kind::Value) => quote!(#p::Narrow<#ty, #n>),
            _ => quote!(#ty),
        }
    }

    /// The type each step of the layout check reads: a `Vec`'s element, else [`Slot::item`].
    pub fn element_item(&self, p: &TokenStream) -> TokenStream {
        match &self.kind {
            Kind::Run { element, .. } | Kind::Optional { element } => quote!(#element),
            _ => self.item(p),
        }
    }

    /// Whether the field is stored in fewer bytes than its type takes.
    pub fn narrow(&self) -> bool {
        self.field.view.bytes.is_some() && matches!(self.kind, Kind::Value)
    }

    /// Decodes an owned value of a number, `bool`, enum or nested record from `bytes`, a
    /// `&[u8]` of exactly its size.
    pub fn decode(&self, p: &TokenStream, bytes: &TokenStream) -> TokenStream {
        let (item, big) = (self.item(p), self.big);
        if self.narrow() {
            quote!(<#item as #p::ViewItem>::get::<#big>(#bytes))
        } else {
            quote!(<#item as #p::ViewItem>::read::<#big>(#bytes))
        }
    }

    /// A reference to `value`, an owned value of the field, in the type that encodes it.
    pub fn wrap(&self, p: &TokenStream, value: &TokenStream) -> TokenStream {
        match &self.field.view.bytes {
            Some((_, n)) if self.narrow() => {
                let ty = self.field.ty;
                quote!(&#p::Narrow::<#ty, #n>(#value))
            }
            _ => quote!(&#value),
        }
    }

    /// The field's bytes within `bytes`, a `&[u8; SIZE]` of the whole record.
    fn bytes(&self, ident: &syn::Ident, p: &TokenStream, source: &TokenStream) -> TokenStream {
        let i = self.index;
        if let Kind::Bits(bits) = self.kind {
            let run = bits.run;
            return quote!(#source[#ident::__SLOTMODEL_VIEW_OFFSETS[#i]..#ident::__SLOTMODEL_VIEW_OFFSETS[#i] + #run]);
        }
        let item = self.item(p);
        quote!(#source[#ident::__SLOTMODEL_VIEW_OFFSETS[#i]..#ident::__SLOTMODEL_VIEW_OFFSETS[#i] + <#item as #p::ViewItem>::SIZE])
    }

    /// Decodes an owned value of the field from `bytes`, its slice of the record.
    fn read(&self, p: &TokenStream, bytes: &TokenStream) -> TokenStream {
        let (ty, big) = (self.field.ty, self.big);
        if let Kind::Bits(BitSlot { shift, width, .. }) = self.kind {
            quote!(#p::get_view_bits::<#ty, #big>(&#bytes, #shift, #width))
        } else {
            self.decode(p, &quote!(&#bytes))
        }
    }

    /// Encodes `value`, an owned value of the field, into `bytes`, its slice of the record.
    fn write(&self, p: &TokenStream, value: &TokenStream, bytes: &TokenStream) -> TokenStream {
        let (ty, big) = (self.field.ty, self.big);
        if let Kind::Bits(BitSlot { shift, width, .. }) = self.kind {
            quote!(#p::put_view_bits::<#ty, #big>(&mut #bytes, #shift, #width, #value);)
        } else {
            let (item, value) = (self.item(p), self.wrap(p, value));
            quote!(<#item as #p::ViewItem>::write::<#big>(#value, &mut #bytes);)
        }
    }

    pub fn ret(&self, p: &TokenStream, lifetime: &TokenStream) -> TokenStream {
        let ty = self.field.ty;
        match self.kind {
            Kind::Value | Kind::Numbers | Kind::Bits(_) => quote!(#ty),
            Kind::Bytes => quote!(&#lifetime #ty),
            Kind::Other | Kind::Run { .. } => quote!(<#ty as #p::ViewItem>::Ref<#lifetime>),
            Kind::Union { .. } => quote!(<#ty as #p::ViewUnion>::Ref<#lifetime>),
            Kind::Optional { element } => quote!(#p::Option<<#element as #p::ViewItem>::Ref<#lifetime>>),
        }
    }
}

/// Each union's tags fit its integer tag field, checked when the union's tags are known.
fn tags_fit(container: &Container, slots: &[Slot], p: &TokenStream) -> TokenStream {
    let mut out = TokenStream::new();
    for slot in slots {
        // A tag computed by an expression may take any value its arithmetic gives.
        let (Kind::Union { from }, Some(tag)) = (&slot.kind, slot.field.view.tag.as_ref().filter(|t| t.expr.is_none()))
        else {
            continue;
        };
        let source = &container.fields[*from];
        let Some(Prim::Int { name, signed, .. }) = source.shape.scalar() else {
            continue;
        };
        let (span, union, int) = (tag.key.span(), slot.field.ty, syn::Ident::new(name, tag.key.span()));
        let p = super::shared::respan(p, span);
        let (record, field) = (container.ident.to_string(), source.name.clone());
        out.extend(quote_spanned!(span=> const _: () = #p::const_check::tags_fit(<#union as #p::ViewUnion>::TAGS, #int::BITS, #signed, #record, #field, #name);));
    }
    out
}

fn expand(container: &Container) -> TokenStream {
    let krate = &container.attrs.krate;
    let p = quote!(#krate::__private);
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
            big: run.map_or_else(|| field.view.endian.map_or(default_big, |e| e.big), |r| r.big),
            index,
        })
        .collect();
    if slots
        .iter()
        .any(|s| matches!(s.kind, Kind::Run { .. } | Kind::Union { .. } | Kind::Optional { .. }))
    {
        let mut out = super::view_var::expand(container, &slots, &p);
        out.extend(tags_fit(container, &slots, &p));
        return out;
    }
    let mut out = view_fixed(container, &slots, &p);
    if let Some(size) = &container.view.size {
        let p = super::shared::respan(&p, size.span());
        out.extend(quote_spanned!(size.span()=> const _: () = #p::const_check::view_size::<#p::const_check::Bytes<{ #ident::__SLOTMODEL_VIEW_SIZE }>, #size>();));
    }
    out.extend(container.attrs.max_size_check(ident));
    for field in &container.fields {
        out.extend(const_order_check(container, field, &p));
    }
    out
}

/// Checks one field of a record: values the type refuses, then every rule on the field
/// (bounds, checks), so a view only ever shows values that passed.
fn field_check(container: &Container, slot: &Slot, p: &TokenStream, record: &TokenStream) -> TokenStream {
    let (ident, i, big) = (container.ident, slot.index, slot.big);
    let name = ident.to_string();
    let field = &slot.field.name;
    let bytes = slot.bytes(ident, p, record);
    let offset = quote!(#ident::__SLOTMODEL_VIEW_OFFSETS[#i]);
    // Every pattern of a bit field's bits is a value of its type.
    let mut out = if let Kind::Bits(_) = slot.kind {
        TokenStream::new()
    } else {
        let item = slot.item(p);
        quote!(<#item as #p::ViewItem>::check::<#big>(&#bytes, #name, #field, #offset)?;)
    };
    if let Some(check) = check_expr(container, slot.field, p, &quote!(&__value)) {
        let read = slot.read(p, &bytes);
        out.extend(quote! {{
            let __value = #read;
            #p::view_rule(#check, #name, #field, #offset)?;
        }});
    }
    out
}

/// The layout constants and check, `<Name>View<'a>` and `<Name>ViewMut<'a>`.
fn view_fixed(container: &Container, slots: &[Slot], p: &TokenStream) -> TokenStream {
    let ident = container.ident;
    let vis = &container.input.vis;
    let (view, view_mut) = (format_ident!("{}View", ident), format_ident!("{}ViewMut", ident));
    let (source, record) = (quote!(self.bytes), quote!(__bytes));
    let (lifetime_a, lifetime_any) = (quote!('a), quote!('_));
    let (mut sizes, mut skips, mut checks) = (TokenStream::new(), TokenStream::new(), TokenStream::new());
    let (mut getters, mut setters, mut writes) = (TokenStream::new(), TokenStream::new(), TokenStream::new());
    let (mut reads, mut fits) = (Vec::with_capacity(slots.len()), TokenStream::new());
    for s in slots {
        let (getter, _) = container.accessor_names(s.field, s.index);
        let (name, ty, big, member) = (&s.field.name, s.field.ty, s.big, &s.field.member);
        if let Kind::Bits(BitSlot { run, last, .. }) = s.kind {
            sizes.extend(if last { quote!(#run,) } else { quote!(0,) });
        } else {
            let item = s.item(p);
            sizes.extend(quote_spanned!(ty.span()=> <#item as #p::ViewItem>::SIZE,));
        }
        fits.extend(value_fits(container, s, p));
        match &s.field.view.skip {
            Some(lit) => skips.extend(quote!(#lit,)),
            None => skips.extend(quote!(0,)),
        }
        checks.extend(field_check(container, s, p, &record));
        let (ret, ret_mut) = (s.ret(p, &lifetime_a), s.ret(p, &lifetime_any));
        let bytes = s.bytes(ident, p, &source);
        let get = if let Kind::Bits(_) = s.kind {
            s.read(p, &bytes)
        } else {
            let item = s.item(p);
            quote!(<#item as #p::ViewItem>::get::<#big>(&#bytes))
        };
        getters.extend(quote! {(
            #name,
            { pub fn #getter(&self) -> #ret } { #get },
            { pub fn #getter(&self) -> #ret_mut } { self.as_view().#getter() }
        ),});
        reads.push(s.read(p, &bytes));
        setters.extend(setter(container, s, p));
        let bytes = s.bytes(ident, p, &record);
        writes.extend(s.write(p, &quote!(self.#member), &bytes));
    }
    let (count, owned) = (slots.len(), super::shared::construct(container, &reads));
    let debug = debug_impl(container, slots, &view);
    quote! {
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
    let offset = quote!(#ident::__SLOTMODEL_VIEW_OFFSETS[#i]);
    match slot.kind {
        Kind::Bits(BitSlot { width, .. }) => quote!(#p::bits_fit(self.#member, #width, #name, #field, #offset)?;),
        Kind::Other => quote!(<#ty as #p::ViewItem>::fits(&self.#member, #name, #field, #offset)?;),
        Kind::Value if slot.narrow() => {
            let (item, value) = (slot.item(p), slot.wrap(p, &quote!(self.#member)));
            quote!(<#item as #p::ViewItem>::fits(#value, #name, #field, #offset)?;)
        }
        _ => TokenStream::new(),
    }
}

/// A view's `Debug`: each field as its getter reads it.
pub fn debug_impl(container: &Container, slots: &[Slot], view: &syn::Ident) -> TokenStream {
    let mut fields = TokenStream::new();
    for s in slots {
        let (getter, _) = container.accessor_names(s.field, s.index);
        let field = &s.field.name;
        fields.extend(quote!(.field(#field, &self.#getter())));
    }
    quote! {
        #[automatically_derived]
        impl ::core::fmt::Debug for #view<'_> {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct(::core::stringify!(#view)) #fields .finish()
            }
        }
    }
}

/// One `{ .. }` setter of `view_fixed!`.
fn setter(container: &Container, slot: &Slot, p: &TokenStream) -> TokenStream {
    let ident = container.ident;
    let (_, setter) = container.accessor_names(slot.field, slot.index);
    let (ty, big, name, i) = (slot.field.ty, slot.big, &slot.field.name, slot.index);
    let source = quote!(self.bytes);
    let bytes = slot.bytes(ident, p, &source);
    let write = slot.write(p, &quote!(value), &bytes);
    let own_rules = check_expr(container, slot.field, p, &Operand::Value);
    if let Kind::Bits(BitSlot { width, .. }) = slot.kind {
        let max = proc_macro2::Literal::u64_unsuffixed(bits_max(width));
        let struct_name = ident.to_string();
        let fits = (!matches!(slot.field.shape, Shape::Prim(Prim::Bool)))
            .then(|| quote!(#p::within(&value, 0, #max, &[#struct_name, #name])?;));
        return match (fits, own_rules) {
            (None, None) => quote!({ #name plain #setter (#ty) { #write } }),
            (fits, rules) => {
                let rules = rules.unwrap_or_else(|| quote!(#p::Ok(())));
                quote!({ #name checked #setter (#ty) { { #fits #rules } } { #write } })
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
        let rules = own_rules.unwrap_or_else(|| quote!(#p::Ok(())));
        return quote!({ #name checked #setter (#ty) { { #p::within(&value, #min, #max, &[#struct_name, #name])?; #rules } } { #write } });
    }
    if let (Some(check), false) = (&own_rules, matches!(slot.kind, Kind::Other)) {
        return quote!({ #name checked #setter (#ty) { #check } { #write } });
    }
    match slot.kind {
        // Variable-length records have no `ViewMut`.
        Kind::Run { .. } | Kind::Union { .. } | Kind::Optional { .. } => TokenStream::new(),
        Kind::Value | Kind::Numbers | Kind::Bits(_) => quote!({ #name plain #setter (#ty) { #write } }),
        Kind::Bytes => {
            let getter = format_ident!(
                "{}_mut",
                container
                    .accessor_names(slot.field, slot.index)
                    .0
                    .to_string()
                    .trim_start_matches("r#")
            );
            quote!({ #name bytes #setter (#ty) { #write } #getter { #bytes } })
        }
        Kind::Other => {
            // An owned value of a nested record may break its bounds: encode it aside, check, then copy.
            let struct_name = ident.to_string();
            let text = doc(&format!("Writes the `{name}` field after checking the encoded value; a refused value leaves the buffer as it was.\n\n# Errors\n\nThe nested field that holds an invalid value."));
            let offset = quote!(#ident::__SLOTMODEL_VIEW_OFFSETS[#i]);
            let own_rules = own_rules.map(|check| {
                quote! {
                    if let #p::Err(__refused) = #check {
                        return #p::Err(#p::ViewError::invalid(#struct_name, #name, #offset, __refused.kind()));
                    }
                }
            });
            quote! {{ #name custom {
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

/// `ViewItem` for a fieldless enum with an integer `repr`: its discriminant, refused when unknown.
fn view_enum(data: &Enum, repr: &syn::Ident) -> TokenStream {
    let ident = data.ident;
    let krate = &data.attrs.krate;
    let Some((last, others)) = data.variants.split_last() else {
        return TokenStream::new();
    };
    let last = &last.ident;
    let mut variants = TokenStream::new();
    for v in others {
        let v = &v.ident;
        variants.extend(quote!(#v,));
    }
    quote!(#krate::__private::view_enum!(ident = #ident, repr = #repr, variants = [#variants], last = #last);)
}
