//! The layout of a view's fields: how each field's type appears (`Kind`), where bit fields sit
//! in their runs, and what the code for one field needs (`Slot`). Fixed and variable-length
//! views, and the checks of a view's fields, all read it.

use proc_macro2::TokenStream;
use syn::spanned::Spanned;
use syn::Type;

use crate::ast::{Container, Field};
use crate::attr::view::LengthFrom;
use crate::expand::shared::respan;
use crate::ty::{Prim, Shape};

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
    /// A tagged union whose variant the field at `from` chooses; with `len`, taking the bytes
    /// the source that ends at field `sized` gives (the `other` variant skips them).
    Union { from: usize, sized: Option<usize> },
    /// An `Option<T>` present when its condition (`#[view(when = ..)]`) holds.
    Optional { element: &'a Type },
    /// A `Vec` whose length the field at `from` gives (for `#[view(rest)]`, none: what the
    /// buffer has left): bytes borrowed as `&[u8]` (`bytes`), or elements viewed in place.
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
pub fn bit_runs(container: &Container, default_big: bool) -> (Vec<Option<BitSlot>>, Vec<syn::Error>) {
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
pub fn position_of(container: &Container, source: &syn::Ident) -> Option<usize> {
    container
        .fields
        .iter()
        .position(|f| f.original.ident.as_ref() == Some(source))
}

pub fn kind<'a>(container: &Container, field: &'a Field) -> Result<Kind<'a>, &'static str> {
    if let Some(tag) = &field.view.tag {
        return Ok(Kind::Union {
            from: source_index(container, tag),
            sized: field.view.length.as_ref().map(|length| source_index(container, length)),
        });
    }
    if field.view.when.is_some() {
        let element = crate::ty::option_inner(field.ty).ok_or("not an `Option`")?;
        return Ok(Kind::Optional { element });
    }
    if field.view.length.is_some() || field.view.rest.is_some() {
        let element = crate::ty::vec_element(field.ty).ok_or("not a `Vec`")?;
        let bytes = matches!(crate::ty::shape(element), Shape::Prim(Prim::Int { name: "u8", .. }));
        // `rest` has no length field: it takes what the buffer has left.
        let from = field
            .view
            .length
            .as_ref()
            .map_or(0, |length| source_index(container, length));
        return Ok(Kind::Run { element, bytes, from });
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

/// A field's byte order in the generated code: fixed, or the record's order chosen at run time,
/// which the code reads as the const `BIG` the runtime's template or [`in_order`] puts in scope.
#[derive(Clone, Copy)]
pub enum Order {
    Fixed(bool),
    Runtime,
}

impl quote::ToTokens for Order {
    fn to_tokens(&self, out: &mut TokenStream) {
        match self {
            Order::Fixed(big) => big.to_tokens(out),
            Order::Runtime => big_const().to_tokens(out),
        }
    }
}

/// The name of the const that holds a run-time order in the code that reads it.
pub fn big_const() -> syn::Ident {
    syn::Ident::new("BIG", proc_macro2::Span::call_site())
}

/// Whether the record's byte order is chosen at run time: given by the caller
/// (`endian = runtime`) or by its fields (`big_if = ..`).
pub fn runtime(container: &Container) -> bool {
    container.view.runtime.is_some() || container.view.big_if.is_some()
}

/// `body`, code that reads in the order `BIG`: in a run-time-order record, once per order, run
/// for the order `big` holds.
pub fn in_order(container: &Container, big: &TokenStream, body: &TokenStream) -> TokenStream {
    // Code that reads only fields of a fixed order is the same in both.
    fn reads_order(tokens: &TokenStream) -> bool {
        tokens.clone().into_iter().any(|token| match token {
            proc_macro2::TokenTree::Ident(ident) => ident == "BIG",
            proc_macro2::TokenTree::Group(group) => reads_order(&group.stream()),
            _ => false,
        })
    }
    if !runtime(container) || !reads_order(body) {
        return body.clone();
    }
    let name = big_const();
    template!([big, name, body] if #big { const #name: bool = true; #body } else { const #name: bool = false; #body })
}

/// What the code for one field needs.
pub struct Slot<'a> {
    pub field: &'a Field<'a>,
    pub kind: Kind<'a>,
    pub big: Order,
    pub index: usize,
}

impl Slot<'_> {
    /// The type that encodes the field: its own, or `Narrow<T, N>` for an integer stored in `N`
    /// bytes (`#[view(bytes = N)]`).
    pub fn item(&self, p: &TokenStream) -> TokenStream {
        let ty = self.field.ty;
        match &self.field.view.bytes {
            Some((_, n)) if matches!(self.kind, Kind::Value) => template!([p, ty, n] #p::Narrow<#ty, #n>),
            _ => template!([ty] #ty),
        }
    }

    /// The type each step of the layout check reads: a `Vec`'s element, else [`Slot::item`].
    pub fn element_item(&self, p: &TokenStream) -> TokenStream {
        match &self.kind {
            Kind::Run { element, .. } | Kind::Optional { element } => template!([element] #element),
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
            template!([item, p, big, bytes] <#item as #p::ViewItem>::get::<#big>(#bytes))
        } else {
            template!([item, p, big, bytes] <#item as #p::ViewItem>::read::<#big>(#bytes))
        }
    }

    /// A reference to `value`, an owned value of the field, in the type that encodes it.
    pub fn wrap(&self, p: &TokenStream, value: &TokenStream) -> TokenStream {
        match &self.field.view.bytes {
            Some((_, n)) if self.narrow() => {
                let ty = self.field.ty;
                template!([p, ty, n, value] &#p::Narrow::<#ty, #n>(#value))
            }
            _ => template!([value] &#value),
        }
    }

    /// The field's bytes within `bytes`, a `&[u8; SIZE]` of the whole record.
    pub fn bytes(&self, ident: &syn::Ident, p: &TokenStream, source: &TokenStream) -> TokenStream {
        let i = self.index;
        if let Kind::Bits(bits) = self.kind {
            let run = bits.run;
            return template!([source, ident, i, run] #source[#ident::__SLOTMODEL_VIEW_OFFSETS[#i]..#ident::__SLOTMODEL_VIEW_OFFSETS[#i] + #run]);
        }
        let item = self.item(p);
        template!([source, ident, i, item, p] #source[#ident::__SLOTMODEL_VIEW_OFFSETS[#i]..#ident::__SLOTMODEL_VIEW_OFFSETS[#i] + <#item as #p::ViewItem>::SIZE])
    }

    /// Decodes an owned value of the field from `bytes`, its slice of the record.
    pub fn read(&self, p: &TokenStream, bytes: &TokenStream) -> TokenStream {
        let (ty, big) = (self.field.ty, self.big);
        if let Kind::Bits(BitSlot { shift, width, .. }) = self.kind {
            template!([p, ty, big, bytes, shift, width] #p::get_view_bits::<#ty, #big>(&#bytes, #shift, #width))
        } else {
            self.decode(p, &template!([bytes] &#bytes))
        }
    }

    /// Encodes `value`, an owned value of the field, into `bytes`, its slice of the record.
    pub fn write(&self, p: &TokenStream, value: &TokenStream, bytes: &TokenStream) -> TokenStream {
        let (ty, big) = (self.field.ty, self.big);
        if let Kind::Bits(BitSlot { shift, width, .. }) = self.kind {
            template!([p, ty, big, bytes, shift, width, value] #p::put_view_bits::<#ty, #big>(&mut #bytes, #shift, #width, #value);)
        } else {
            let (item, value) = (self.item(p), self.wrap(p, value));
            template!([item, p, big, value, bytes] <#item as #p::ViewItem>::write::<#big>(#value, &mut #bytes);)
        }
    }

    /// `<Type as ViewUnion>::item`, spanned on the field's type so that a type that is not a tagged
    /// union gives the same error at every use, which the compiler then shows once.
    pub fn union(&self, p: &TokenStream, item: &TokenStream) -> TokenStream {
        let (ty, span) = (self.field.ty, self.field.ty.span());
        let (p, item) = (respan(p, span), respan(item, span));
        template_spanned!(span => [ty, p, item] <#ty as #p::ViewUnion>#item)
    }

    pub fn ret(&self, p: &TokenStream, lifetime: &TokenStream) -> TokenStream {
        let ty = self.field.ty;
        match self.kind {
            Kind::Value | Kind::Numbers | Kind::Bits(_) => template!([ty] #ty),
            Kind::Bytes => template!([lifetime, ty] &#lifetime #ty),
            Kind::Other | Kind::Run { .. } => template!([ty, p, lifetime] <#ty as #p::ViewItem>::Ref<#lifetime>),
            Kind::Union { .. } => {
                // The lifetime too: a return type spanned partly elsewhere is blamed on the derive.
                self.union(p, &template!([lifetime] ::Ref<#lifetime>))
            }
            Kind::Optional { element } => {
                template!([p, element, lifetime] #p::Option<<#element as #p::ViewItem>::Ref<#lifetime>>)
            }
        }
    }
}

/// A view's `Debug`: each field as its getter reads it.
pub fn debug_impl(container: &Container, slots: &[Slot], view: &syn::Ident) -> TokenStream {
    let mut fields = TokenStream::new();
    for s in slots {
        let (getter, _) = container.accessor_names(s.field, s.index);
        let field = &s.field.name;
        if let Kind::Union { .. } = s.kind {
            // A method call would add a second error ("the method exists but its trait bounds
            // were not satisfied") when the type is not a tagged union; a path call repeats
            // the getter's own.
            let span = s.field.ty.span();
            let mut getter = getter;
            getter.set_span(span);
            fields.extend(template_spanned!(span => [field, getter] .field(#field, &Self::#getter(self))));
        } else {
            fields.extend(template!([field, getter] .field(#field, &self.#getter())));
        }
    }
    template! {[view, fields]
        #[automatically_derived]
        impl ::core::fmt::Debug for #view<'_> {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct(::core::stringify!(#view)) #fields .finish()
            }
        }
    }
}
