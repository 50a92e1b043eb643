//! `#[derive(Compact)]`: a `<Name>Packed` companion that stores each field in the bits its type
//! and bounds need, `Packable` for nesting, and `Name::LAYOUT`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::DeriveInput;

use super::rules::{bound_expr, check_expr, const_order_check, Operand};
use super::{accessor_names, doc, type_text};
use crate::ast::{Container, Derive, Field, Input};
use crate::check;
use crate::ctxt::{with_fallback, Ctxt};
use crate::ty::{Prim, Shape};

// Declared here rather than in `expand/mod.rs`: enums with data are packed by this file's codec,
// whose parts stay private to the two.
#[path = "compact_enum.rs"]
mod compact_enum;

pub fn derive(input: &DeriveInput) -> TokenStream {
    let cx = Ctxt::default();
    if check::derived_again(&cx, input, Derive::Compact) {
        return cx.check().err().map(syn::Error::into_compile_error).unwrap_or_default();
    }
    match Input::from_ast(&cx, input, Derive::Compact) {
        Some(Input::Struct(container)) => {
            check::check(&cx, &container);
            check_packable(&cx, &container);
            let mut reserved = check::Reserved::fixed(&["unpack", "to_bytes", "from_bytes"], "the method");
            reserved.extend(check::Reserved::fixed(&["BITS", "SIZE"], "the constant"));
            if container.attrs.columns {
                let what = format!("the `{}Columns` method", container.ident);
                reserved.extend(check::Reserved::fixed(super::columns::METHODS, &what));
            }
            let _ = check::check_accessor_names(&cx, &container, &reserved, |_| (true, true));
            match cx.check() {
                Ok(()) => expand(&container),
                Err(error) => with_fallback(&error, super::stub::compact(&container)),
            }
        }
        Some(Input::Enum(data)) => compact_enum::derive(cx, data),
        None => cx.check().err().map(syn::Error::into_compile_error).unwrap_or_default(),
    }
}

fn check_packable(cx: &Ctxt, container: &Container) {
    if !container.input.generics.params.is_empty() {
        cx.error_spanned_by(&container.input.generics, "`#[derive(Compact)]` does not support generic structs: the packed size must be known when the macro runs; derive it on a concrete struct");
    }
    check_fields_packable(cx, container, "compact struct");
}

/// Types that have no fixed width are refused here, with a suggestion; anything else must
/// implement `Packable`, which the compiler checks. `holder` names what they would be packed in.
fn check_fields_packable(cx: &Ctxt, container: &Container, holder: &str) {
    for field in &container.fields {
        let reason = match (&field.shape, field.ty) {
            (_, syn::Type::Reference(_)) => Some("a reference"),
            (Shape::Text, _) => Some("a string"),
            (Shape::Sequence, syn::Type::Array(_)) => None,
            (Shape::Sequence, _) => Some("a collection"),
            _ => None,
        };
        if let Some(reason) = reason {
            cx.error_spanned_by(
                field.ty,
                format!(
                    "`{}` is {reason}, which has no fixed bit width and cannot be packed; keep it outside the {holder} (store an index or id in its place), or use a fixed-size type",
                    field.name
                ),
            );
        }
    }
}

/// How one field is stored.
enum Storage {
    /// A bounded integer, stored as its distance from the lower bound; or an `Option` of one,
    /// `None` as 0 and a value as its distance plus one, in a spare value of the range.
    Offset {
        min: TokenStream,
        max: TokenStream,
        signed: bool,
        /// The integer type.
        ty: syn::Ident,
        optional: bool,
    },
    /// Anything else, at its type's full `Packable` width.
    Whole,
}

fn storage(field: &Field) -> Storage {
    let Some(bounded) = field.attrs.bounded.as_ref().filter(|b| b.value.is_set()) else {
        return Storage::Whole;
    };
    let (prim, optional) = match &field.shape {
        Shape::Prim(prim @ Prim::Int { .. }) => (*prim, false),
        Shape::Option(inner) => match **inner {
            Shape::Prim(prim @ Prim::Int { .. }) => (prim, true),
            _ => return Storage::Whole,
        },
        _ => return Storage::Whole,
    };
    let Prim::Int { signed, .. } = prim else {
        return Storage::Whole;
    };
    let ty = syn::Ident::new(prim.name(), proc_macro2::Span::call_site());
    let min = bounded
        .value
        .min
        .as_ref()
        .map_or_else(|| quote!(<#ty>::MIN), |b| bound_expr(b, Some(prim)));
    let max = match &bounded.value.max {
        None => quote!(<#ty>::MAX),
        Some(b) if bounded.value.max_inclusive => bound_expr(b, Some(prim)),
        Some(b) => {
            // Saturating: an end at the type's minimum leaves no value, which the bounds check
            // generated beside reports in words rather than as an overflow.
            let b = bound_expr(b, Some(prim));
            quote!(<#ty>::saturating_sub(#b, 1))
        }
    };
    Storage::Offset {
        min,
        max,
        signed,
        ty,
        optional,
    }
}

/// How each field of one struct, or of one enum variant, is written and read.
pub struct Codec<'a> {
    pub container: &'a Container<'a>,
    pub p: TokenStream,
    storages: Vec<Storage>,
    /// The constants of `container.ident` that hold the fields' widths and first bits:
    /// `__SLOTMODEL_WIDTHS` for a struct, `__SLOTMODEL_V0_WIDTHS` for an enum's variant 0.
    widths: syn::Ident,
    offsets: syn::Ident,
}

impl<'a> Codec<'a> {
    /// The codec of `container`'s fields, whose widths and offsets are the constants
    /// `__SLOTMODEL{prefix}_WIDTHS` and `__SLOTMODEL{prefix}_OFFSETS`.
    fn new(container: &'a Container<'a>, p: TokenStream, prefix: &str) -> Self {
        Codec {
            container,
            p,
            storages: container.fields.iter().map(storage).collect(),
            widths: format_ident!("__SLOTMODEL{}_WIDTHS", prefix),
            offsets: format_ident!("__SLOTMODEL{}_OFFSETS", prefix),
        }
    }
}

impl Codec<'_> {
    /// Whether field `i` is stored whole as a type with rules of its own to check (a struct,
    /// an enum, an `Option` or an array of them) rather than as a primitive.
    fn composite(&self, i: usize) -> bool {
        matches!(self.storages[i], Storage::Whole) && !matches!(self.container.fields[i].shape, Shape::Prim(_))
    }

    fn width(&self, i: usize) -> TokenStream {
        let (p, ty) = (&self.p, self.container.fields[i].ty);
        match &self.storages[i] {
            Storage::Offset {
                min,
                max,
                signed,
                optional,
                ..
            } => {
                let span = if *signed {
                    quote!(((#max) as i128).wrapping_sub((#min) as i128) as u128)
                } else {
                    quote!(((#max) as u128).wrapping_sub((#min) as u128))
                };
                if *optional {
                    quote!(#p::bits_with_none(#span))
                } else {
                    quote!(#p::span_bits(#span))
                }
            }
            Storage::Whole => quote_spanned!(ty.span()=> <#ty as #p::Packable>::BITS),
        }
    }

    fn place(&self, i: usize) -> (TokenStream, TokenStream) {
        let (ident, widths, offsets) = (self.container.ident, &self.widths, &self.offsets);
        (
            quote!(__base + #ident::#offsets[#i] as usize),
            quote!(#ident::#widths[#i]),
        )
    }

    /// Writes field `i` of the record that starts at `__base` in `__bytes`.
    fn write(&self, i: usize, value: &TokenStream) -> TokenStream {
        self.write_at(i, value, &self.place(i).0)
    }

    /// Reads field `i` of the record that starts at `__base` in `__bytes`.
    fn read(&self, i: usize) -> TokenStream {
        self.read_at(i, &self.place(i).0)
    }

    /// Writes field `i`'s stored form at bit `offset` of `__bytes`.
    pub fn write_at(&self, i: usize, value: &TokenStream, offset: &TokenStream) -> TokenStream {
        let (p, ty) = (&self.p, self.container.fields[i].ty);
        let width = self.place(i).1;
        match &self.storages[i] {
            Storage::Offset {
                min,
                ty: int,
                optional: true,
                ..
            } => quote!(#p::put_bits(__bytes, #offset, #width, match #value {
                #p::Some(__v) => <#int as #p::PackInt>::to_raw(__v, #min) + 1,
                #p::None => 0,
            });),
            Storage::Offset { min, .. } => {
                quote!(#p::put_bits(__bytes, #offset, #width, <#ty as #p::PackInt>::to_raw(#value, #min));)
            }
            Storage::Whole => quote!(<#ty as #p::Packable>::write_bits(&#value, __bytes, #offset);),
        }
    }

    /// Reads field `i`'s stored form at bit `offset` of `__bytes`.
    pub fn read_at(&self, i: usize, offset: &TokenStream) -> TokenStream {
        let (p, ty) = (&self.p, self.container.fields[i].ty);
        let width = self.place(i).1;
        match &self.storages[i] {
            Storage::Offset {
                min,
                ty: int,
                optional: true,
                ..
            } => quote!(match #p::get_bits(__bytes, #offset, #width) {
                0 => #p::None,
                __raw => #p::Some(<#int as #p::PackInt>::from_raw(__raw - 1, #min)),
            }),
            Storage::Offset { min, .. } => {
                quote!(<#ty as #p::PackInt>::from_raw(#p::get_bits(__bytes, #offset, #width), #min))
            }
            Storage::Whole => quote!(<#ty as #p::Packable>::read_bits(__bytes, #offset)),
        }
    }
}

fn expand(container: &Container) -> TokenStream {
    let krate = &container.attrs.krate;
    let codec = Codec::new(container, quote!(#krate::__private), "");
    let p = &codec.p;
    let ident = container.ident;
    let count = container.fields.len();
    let widths = (0..count).map(|i| codec.width(i));
    let accessors: Vec<TokenStream> = container
        .fields
        .iter()
        .enumerate()
        .map(|(i, field)| packed_accessors(&codec, field, i, &codec.read(i), &codec.write(i, &quote!(value))))
        .collect();
    let debug_fields: Vec<TokenStream> = container
        .fields
        .iter()
        .enumerate()
        .map(|(i, field)| {
            let (getter, _) = accessor_names(container, field, i);
            let name = &field.name;
            quote!(.field(#name, &self.#getter()))
        })
        .collect();
    let max_size = container.attrs.max_size_check(ident);
    let packed_type = packed_type(container, p, &accessors, &debug_fields);
    let layout = layout(container, p);
    let packable = packable_impl(&codec);
    let columns = if container.attrs.columns {
        super::columns::expand(&codec)
    } else {
        TokenStream::new()
    };
    let arrow = container.attrs.arrow.then(|| {
        let fields = container.fields.iter().enumerate().map(|(i, f)| {
            let (name, member, ty) = (&f.name, &f.member, f.ty);
            quote!(#i #name #member: #ty)
        });
        quote!(#p::arrow_record!(#ident { #(#fields),* });)
    });
    let order_checks = container
        .fields
        .iter()
        .filter_map(|f| const_order_check(container, f, p));
    let bit_checks = container.fields.iter().enumerate().filter_map(|(i, field)| {
        let (ty, name) = (field.ty, &field.name);
        let (offset, _) = codec.place(i);
        matches!(codec.storages[i], Storage::Whole)
            .then(|| quote!(if !<#ty as #p::Packable>::bits_valid(__bytes, #offset) { return #p::Some(#name); }))
    });
    quote! {
        impl #ident {
            #layout
            /// The first field whose stored bits encode no value of its type.
            #[doc(hidden)]
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_possible_wrap, clippy::cast_lossless, reason = "bounds are widened to compute offsets")]
            pub fn __slotmodel_invalid_field(__bytes: &[u8], __base: usize) -> #p::Option<&'static str> {
                #(#bit_checks)*
                #p::None
            }
            #[doc(hidden)]
            pub const __SLOTMODEL_WIDTHS: [u32; #count] = [#(#widths),*];
            #[doc(hidden)]
            pub const __SLOTMODEL_OFFSETS: [u32; #count] = #p::bit_offsets(#ident::__SLOTMODEL_WIDTHS);
            #[doc(hidden)]
            pub const __SLOTMODEL_BITS: u32 = #p::total_bits(#ident::__SLOTMODEL_WIDTHS);
            #[doc(hidden)]
            pub const __SLOTMODEL_SIZE: usize = #p::bytes_for(#ident::__SLOTMODEL_BITS);
        }
        #packable
        #packed_type
        #columns
        #arrow
        #max_size
        #(#order_checks)*
    }
}

/// `Packable` for the struct, so that it nests in other compact structs.
fn packable_impl(codec: &Codec) -> TokenStream {
    let (container, p) = (codec.container, &codec.p);
    let ident = container.ident;
    let name = ident.to_string();
    let members: Vec<_> = container.fields.iter().map(|f| &f.member).collect();
    let writes = members
        .iter()
        .enumerate()
        .map(|(i, member)| codec.write(i, &quote!(self.#member)));
    let reads: Vec<TokenStream> = (0..members.len()).map(|i| codec.read(i)).collect();
    let build = super::construct(container, &reads);
    let checks = (0..container.fields.len()).map(|i| check_field(codec, i));
    quote! {
        #[automatically_derived]
        impl #p::Packable for #ident {
            const BITS: u32 = #ident::__SLOTMODEL_BITS;
            const LAYOUT: #p::Option<&'static #p::LayoutReport> = #p::Some(&#ident::LAYOUT);
            type SetResult = #p::Result<(), #p::ValidationErrors>;
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_possible_wrap, clippy::cast_lossless, reason = "bounds are widened to compute offsets")]
            fn write_bits(&self, __bytes: &mut [u8], __base: usize) {
                #(#writes)*
            }
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_possible_wrap, clippy::cast_lossless, reason = "bounds are widened to compute offsets")]
            fn read_bits(__bytes: &[u8], __base: usize) -> Self {
                #build
            }
            fn bits_valid(__bytes: &[u8], __base: usize) -> bool {
                #ident::__slotmodel_invalid_field(__bytes, __base).is_none()
            }
            fn check_packable(&self) -> #p::Result<(), #p::ValidationErrors> {
                let mut __errors = #p::Collector::new(#name);
                #(#checks)*
                __errors.finish()
            }
            fn set_result(outcome: #p::Result<(), #p::ValidationErrors>) -> Self::SetResult {
                outcome
            }
        }
    }
}

/// `Name::LAYOUT`.
fn layout(container: &Container, p: &TokenStream) -> TokenStream {
    let ident = container.ident;
    let name = ident.to_string();
    let layout_fields = container.fields.iter().enumerate().map(|(i, field)| {
        let (field_name, ty_text, ty, member) = (&field.name, type_text(field.ty), field.ty, &field.member);
        quote!(#p::field_layout(
            #field_name,
            #ty_text,
            #p::offset_of!(#ident, #member),
            #p::size_of::<#ty>(),
            #ident::__SLOTMODEL_OFFSETS[#i],
            #ident::__SLOTMODEL_WIDTHS[#i],
        ))
    });
    let layout_doc = doc(&format!(
        "How `{ident}` is laid out natively and packed: print it for a table."
    ));
    quote! {
        #layout_doc
        pub const LAYOUT: #p::LayoutReport = #p::layout_report(
            #name,
            #p::size_of::<#ident>(),
            #p::align_of::<#ident>(),
            #ident::__SLOTMODEL_BITS,
            #ident::__SLOTMODEL_SIZE,
            &[#(#layout_fields),*],
        );
    }
}

/// `<Name>Packed`: the bytes, their accessors, conversions and `Debug`.
fn packed_type(
    container: &Container,
    p: &TokenStream,
    accessors: &[TokenStream],
    debug_fields: &[TokenStream],
) -> TokenStream {
    let ident = container.ident;
    let name = ident.to_string();
    let vis = &container.input.vis;
    let packed = format_ident!("{}Packed", ident);
    let packed_doc = doc(&format!(
        "`{ident}` packed into `{ident}::LAYOUT.packed_size` bytes (alignment 1): each field takes the bits its type and bounds need. Made by `{packed}::try_from(&value)`; equality and hashing compare bit patterns."
    ));
    quote! {
        #packed_doc
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash)]
        #vis struct #packed {
            bytes: [u8; #ident::__SLOTMODEL_SIZE],
        }

        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_possible_wrap, clippy::cast_lossless, reason = "bounds are widened to compute offsets")]
        impl #packed {
            /// Bits of the packed form.
            pub const BITS: u32 = #ident::__SLOTMODEL_BITS;
            /// Bytes of the packed form: `size_of::<Self>()`.
            pub const SIZE: usize = #ident::__SLOTMODEL_SIZE;

            /// The unpacked value.
            #[must_use]
            pub fn unpack(&self) -> #ident {
                <#ident as #p::Packable>::read_bits(&self.bytes, 0)
            }

            /// The packed bytes, in a stable format: fields in declaration order from bit 0, the
            /// lowest bit of byte 0 first; a bounded integer as its distance from its minimum, a
            /// float as its IEEE bits, an enum as its variant's index; the bits after the last
            /// field zero.
            #[must_use]
            pub fn to_bytes(&self) -> [u8; #ident::__SLOTMODEL_SIZE] {
                self.bytes
            }

            /// A packed record from bytes in the format of `to_bytes`, checked before use: every
            /// field's bits must encode a value of its type, the bits after the last field must
            /// be zero, and the record must pass all of its rules.
            ///
            /// # Errors
            ///
            /// The field whose bits encode no value, or every rule the record breaks.
            pub fn from_bytes(bytes: &[u8; #ident::__SLOTMODEL_SIZE]) -> #p::Result<Self, #p::ValidationErrors> {
                #p::check_stored::<#ident>(bytes, #ident::__slotmodel_invalid_field(bytes, 0), #name)?;
                #p::Ok(#packed { bytes: *bytes })
            }

            #(#accessors)*
        }

        #[automatically_derived]
        impl ::core::convert::TryFrom<&#ident> for #packed {
            type Error = #p::ValidationErrors;
            fn try_from(value: &#ident) -> #p::Result<Self, #p::ValidationErrors> {
                #p::Packable::check_packable(value)?;
                let mut bytes = [0_u8; #ident::__SLOTMODEL_SIZE];
                #p::Packable::write_bits(value, &mut bytes, 0);
                #p::Ok(#packed { bytes })
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<#packed> for #ident {
            fn from(packed: #packed) -> Self {
                packed.unpack()
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Debug for #packed {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct(::core::stringify!(#packed)) #(#debug_fields)* .finish()
            }
        }

    }
}

/// The statements that check one field for packing: every rule on it (bounds, length, checks),
/// then a nested struct's own rules, so a packed record only ever holds values that passed.
fn check_field(codec: &Codec, i: usize) -> TokenStream {
    let (container, p, field) = (codec.container, &codec.p, &codec.container.fields[i]);
    let (name, member, ty) = (&field.name, &field.member, field.ty);
    let mut out = TokenStream::new();
    if let Some(check) = check_expr(container, field, p, &Operand::Field(member)) {
        out.extend(quote!(__errors.field(#check);));
    }
    if codec.composite(i) {
        out.extend(quote!(__errors.nested(#name, <#ty as #p::Packable>::check_packable(&self.#member));));
    }
    out
}

fn packed_accessors(
    codec: &Codec,
    field: &Field,
    index: usize,
    read: &TokenStream,
    write: &TokenStream,
) -> TokenStream {
    let (container, p) = (codec.container, &codec.p);
    let (getter, setter) = accessor_names(container, field, index);
    let ty = field.ty;
    let name = &field.name;
    let get_doc = doc(&format!("The `{name}` field, unpacked."));
    let mut out = quote! {
        #get_doc
        #[must_use]
        #[inline]
        pub fn #getter(&self) -> #ty {
            let __bytes = &self.bytes;
            let __base = 0;
            #read
        }
    };
    let own_rules = check_expr(container, field, p, &Operand::Value);
    if codec.composite(index) {
        let struct_name = container.ident.to_string();
        // With rules of its own the setter can refuse whatever the type, so it says so in its
        // type; without, it returns what the type's own rules make of it: `()` for an enum.
        let (set_doc, returns, finish) = if own_rules.is_some() {
            (
                doc(&format!("Sets the `{name}` field if the value passes its rules; a refused value leaves the old one in place.\n\n# Errors\n\nEvery rule the value breaks.")),
                quote!(#p::Result<(), #p::ValidationErrors>),
                quote!(__outcome),
            )
        } else {
            (
                doc(&format!("Sets the `{name}` field. Returns `()` when every value of the type packs (an enum), else `Result<(), ValidationErrors>` with every rule the new value breaks, and a refused value leaves the old one in place.")),
                quote!(<#ty as #p::Packable>::SetResult),
                quote!(<#ty as #p::Packable>::set_result(__outcome)),
            )
        };
        let own_rules = own_rules.map(|check| quote!(__errors.field(#check);));
        out.extend(quote! {
            #set_doc
            #[inline]
            pub fn #setter(&mut self, value: #ty) -> #returns {
                let mut __errors = #p::Collector::new(#struct_name);
                #own_rules
                __errors.nested(#name, #p::Packable::check_packable(&value));
                let __outcome = __errors.finish();
                if __outcome.is_ok() {
                    let __bytes = &mut self.bytes;
                    let __base = 0;
                    #write
                }
                #finish
            }
        });
    } else if let Some(check) = own_rules {
        let set_doc = doc(&format!("Sets the `{name}` field if the value passes its rules; a refused value leaves the old one in place.\n\n# Errors\n\nThe rule the value breaks, naming the struct, field, rule and value."));
        out.extend(quote! {
            #set_doc
            #[inline]
            pub fn #setter(&mut self, value: #ty) -> #p::Result<(), #p::FieldError> {
                #check?;
                let __bytes = &mut self.bytes;
                let __base = 0;
                #write
                #p::Ok(())
            }
        });
    } else {
        // Every value of a primitive without rules packs: a plain write.
        let set_doc = doc(&format!("Sets the `{name}` field."));
        out.extend(quote! {
            #set_doc
            #[inline]
            pub fn #setter(&mut self, value: #ty) {
                let __bytes = &mut self.bytes;
                let __base = 0;
                #write
            }
        });
    }
    out
}
