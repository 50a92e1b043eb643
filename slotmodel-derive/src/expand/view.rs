//! `#[derive(View)]`: `<Name>View<'a>` and `<Name>ViewMut<'a>`, typed views over a byte buffer
//! that check it once and then decode each field in place.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{DeriveInput, Type};

use super::rules::{check_expr, const_order_check, Operand};
use super::{accessor_names, doc};
use crate::ast::{Container, Derive, Enum, Field, Input};
use crate::check;
use crate::ctxt::{with_fallback, Ctxt};
use crate::ty::{Prim, Shape};

pub fn derive(input: &DeriveInput) -> TokenStream {
    let cx = Ctxt::default();
    if check::derived_again(&cx, input, Derive::View) {
        return cx.check().err().map(syn::Error::into_compile_error).unwrap_or_default();
    }
    match Input::from_ast(&cx, input, Derive::View) {
        Some(Input::Struct(container)) => {
            check::check(&cx, &container);
            check_fields(&cx, &container);
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
            let mut reserved = check::Reserved::fixed(&methods, "the method");
            reserved.extend(check::Reserved::fixed(&["SIZE"], "the constant"));
            let _ = check::check_accessor_names(&cx, &container, &reserved, |_| (true, true));
            match cx.check() {
                Ok(()) => expand(&container),
                Err(error) => with_fallback(&error, super::stub::view(&container)),
            }
        }
        Some(Input::Enum(data)) => {
            check::fieldless_enum(&cx, &data, Derive::View);
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
    /// A `Vec` whose length the field at `from` gives: bytes borrowed as `&[u8]` (`bytes`), or
    /// elements viewed in place.
    Run {
        element: &'a Type,
        bytes: bool,
        from: usize,
    },
}

fn kind<'a>(container: &Container, field: &'a Field) -> Result<Kind<'a>, &'static str> {
    if let Some(length) = &field.view.length {
        let element = crate::ty::vec_element(field.ty).ok_or("not a `Vec`")?;
        let bytes = matches!(crate::ty::shape(element), Shape::Prim(Prim::Int { name: "u8", .. }));
        let from = container
            .fields
            .iter()
            .position(|f| f.original.ident.as_ref() == Some(&length.field));
        return Ok(Kind::Run {
            element,
            bytes,
            from: from.unwrap_or(0),
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

fn check_fields(cx: &Ctxt, container: &Container) {
    if !container.input.generics.params.is_empty() {
        cx.error_spanned_by(&container.input.generics, "`#[derive(View)]` does not support generic structs: a view's layout must be fixed; derive it on a concrete struct");
    }
    for (index, field) in container.fields.iter().enumerate() {
        check_length_source(cx, container, index);
        let vec = crate::ty::vec_element(field.ty).is_some();
        match (kind(container, field), &field.view.length) {
            (Err(_), Some(length)) if !vec => cx.error_spanned_by(
                field.ty,
                format!("`{} = {}` gives the length of a `Vec` field, and `{}` is not one: declare it as `Vec<T>`, or remove `{}`", length.key, length.field, field.name, length.key),
            ),
            (Err(_), None) if vec => cx.error_spanned_by(
                field.ty,
                format!("`{}` is a `Vec`, whose length a view must read from an earlier integer field: add `#[view(len = field)]` (bytes, for `Vec<u8>`) or `#[view(count = field)]` (elements)", field.name),
            ),
            (Err(reason), _) => cx.error_spanned_by(
                field.ty,
                format!("`{}` is {reason}, which cannot be viewed in place; use numbers, `bool`, `[u8; N]`, arrays of numbers, `#[repr(uN)]` enums or structs that derive `View`", field.name),
            ),
            (Ok(Kind::Bytes), _) => {
                if let Some(endian) = field.view.endian {
                    cx.syn_error(syn::Error::new(endian.span, format!("`{}` is a byte array, which has no byte order; remove `endian` here", field.name)));
                }
            }
            (Ok(_), _) => {}
        }
    }
}

/// `len = f` / `count = f` names an earlier integer field; `len` counts bytes, so it takes a
/// `Vec<u8>`; a variable-length field's rules would need the whole run, so it takes none.
fn check_length_source(cx: &Ctxt, container: &Container, index: usize) {
    let field = &container.fields[index];
    let Some(length) = &field.view.length else { return };
    let position = container
        .fields
        .iter()
        .position(|f| f.original.ident.as_ref() == Some(&length.field));
    let key = &length.key;
    match position.map(|i| (i, &container.fields[i])) {
        None => {
            let names: Vec<&str> = container.fields.iter().map(|f| f.name.as_str()).collect();
            cx.error_spanned_by(&length.field, format!("`{key} = {}` names no field of `{}`{} it must name an earlier integer field that holds the length", length.field, container.ident, crate::attr::did_you_mean(&length.field.to_string(), &names)));
        }
        Some((i, _)) if i >= index => cx.error_spanned_by(&length.field, format!("`{}` comes at or after `{}`, so its value is not known where `{}` starts: move the length field before it", length.field, field.name, field.name)),
        Some((_, source)) if !matches!(source.shape, Shape::Prim(Prim::Int { .. })) || source.view.length.is_some() => {
            cx.error_spanned_by(&length.field, format!("`{}` is not an integer field, so it cannot give a length: name an integer field such as `u16` or `u32`", length.field));
        }
        Some(_) => {}
    }
    let element = crate::ty::vec_element(field.ty);
    let bytes = element.is_some_and(|e| matches!(crate::ty::shape(e), Shape::Prim(Prim::Int { name: "u8", .. })));
    if element.is_some() && !length.elements && !bytes {
        cx.error_spanned_by(
            key,
            format!(
                "`len` counts bytes, and `{}` holds other elements: write `count = {}` to count elements",
                field.name, length.field
            ),
        );
    }
    if field.attrs.bounded.is_some() || !field.attrs.checks.is_empty() {
        cx.error_spanned_by(field.ty, format!("`{}` has a variable length, and a view does not check rules on it: put the rule on its length field `{}`, or check the elements after reading", field.name, length.field));
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
    /// The type each step of the field reads: a variable-length field's element, else the
    /// field's own type.
    pub fn element(&self) -> &Type {
        match &self.kind {
            Kind::Run { element, .. } => element,
            _ => self.field.ty,
        }
    }

    /// The field's bytes within `bytes`, a `&[u8; SIZE]` of the whole record.
    fn bytes(&self, ident: &syn::Ident, p: &TokenStream, source: &TokenStream) -> TokenStream {
        let (ty, i) = (self.field.ty, self.index);
        quote!(#source[#ident::__SLOTMODEL_VIEW_OFFSETS[#i]..#ident::__SLOTMODEL_VIEW_OFFSETS[#i] + <#ty as #p::ViewItem>::SIZE])
    }

    pub fn ret(&self, p: &TokenStream, lifetime: &TokenStream) -> TokenStream {
        let ty = self.field.ty;
        match self.kind {
            Kind::Value | Kind::Numbers => quote!(#ty),
            Kind::Bytes => quote!(&#lifetime #ty),
            Kind::Other | Kind::Run { .. } => quote!(<#ty as #p::ViewItem>::Ref<#lifetime>),
        }
    }
}

fn expand(container: &Container) -> TokenStream {
    let krate = &container.attrs.krate;
    let p = quote!(#krate::__private);
    let ident = container.ident;
    let default_big = container.view.endian.is_some_and(|e| e.big);
    let slots: Vec<Slot> = container
        .fields
        .iter()
        .enumerate()
        .map(|(index, field)| Slot {
            field,
            kind: kind(container, field).unwrap_or(Kind::Other),
            big: field.view.endian.map_or(default_big, |e| e.big),
            index,
        })
        .collect();
    if slots.iter().any(|s| matches!(s.kind, Kind::Run { .. })) {
        return super::view_var::expand(container, &slots, &p);
    }
    let mut out = view_fixed(container, &slots, &p);
    if let Some(size) = &container.view.size {
        let p = super::respan(&p, size.span());
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
    let (ident, ty, i, big) = (container.ident, slot.field.ty, slot.index, slot.big);
    let name = ident.to_string();
    let field = &slot.field.name;
    let bytes = slot.bytes(ident, p, record);
    let offset = quote!(#ident::__SLOTMODEL_VIEW_OFFSETS[#i]);
    let mut out = quote!(<#ty as #p::ViewItem>::check::<#big>(&#bytes, #name, #field, #offset)?;);
    if let Some(check) = check_expr(container, slot.field, p, &quote!(&__value)) {
        out.extend(quote! {{
            let __value = <#ty as #p::ViewItem>::read::<#big>(&#bytes);
            if let #p::Err(__refused) = #check {
                return #p::Err(#p::ViewError::invalid(#name, #field, #offset, __refused.kind()));
            }
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
    let mut reads = Vec::with_capacity(slots.len());
    for s in slots {
        let (getter, _) = accessor_names(container, s.field, s.index);
        let (name, ty, big, member) = (&s.field.name, s.field.ty, s.big, &s.field.member);
        sizes.extend(quote_spanned!(ty.span()=> <#ty as #p::ViewItem>::SIZE,));
        match &s.field.view.skip {
            Some(lit) => skips.extend(quote!(#lit,)),
            None => skips.extend(quote!(0,)),
        }
        checks.extend(field_check(container, s, p, &record));
        let (ret, ret_mut) = (s.ret(p, &lifetime_a), s.ret(p, &lifetime_any));
        let bytes = s.bytes(ident, p, &source);
        getters.extend(quote! {(
            #name,
            { pub fn #getter(&self) -> #ret } { <#ty as #p::ViewItem>::get::<#big>(&#bytes) },
            { pub fn #getter(&self) -> #ret_mut } { self.as_view().#getter() }
        ),});
        reads.push(quote!(<#ty as #p::ViewItem>::read::<#big>(&#bytes)));
        setters.extend(setter(container, s, p));
        let bytes = s.bytes(ident, p, &record);
        writes.extend(quote!(<#ty as #p::ViewItem>::write::<#big>(&self.#member, &mut #bytes);));
    }
    let (count, owned) = (slots.len(), super::construct(container, &reads));
    let debug = debug_impl(container, slots, &view);
    quote! {
        #p::view_fixed! {
            vis = [#vis], ident = #ident, view = #view, view_mut = #view_mut,
            count = #count, locals = [self, value, __bytes],
            sizes = [#sizes], skips = [#skips], check = { #checks },
            getters = [#getters], to_owned = { #owned }, setters = [#setters], write = { #writes },
        }
        #debug
    }
}

/// A view's `Debug`: each field as its getter reads it.
pub fn debug_impl(container: &Container, slots: &[Slot], view: &syn::Ident) -> TokenStream {
    let mut fields = TokenStream::new();
    for s in slots {
        let (getter, _) = accessor_names(container, s.field, s.index);
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
    let (_, setter) = accessor_names(container, slot.field, slot.index);
    let (ty, big, name, i) = (slot.field.ty, slot.big, &slot.field.name, slot.index);
    let source = quote!(self.bytes);
    let bytes = slot.bytes(ident, p, &source);
    let write = quote!(<#ty as #p::ViewItem>::write::<#big>(&value, &mut #bytes););
    let own_rules = check_expr(container, slot.field, p, &Operand::Value);
    if let (Some(check), false) = (&own_rules, matches!(slot.kind, Kind::Other)) {
        return quote!({ #name checked #setter (#ty) { #check } { #write } });
    }
    match slot.kind {
        // Variable-length records have no `ViewMut`.
        Kind::Run { .. } => TokenStream::new(),
        Kind::Value | Kind::Numbers => quote!({ #name plain #setter (#ty) { #write } }),
        Kind::Bytes => {
            let getter = format_ident!(
                "{}_mut",
                accessor_names(container, slot.field, slot.index)
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
