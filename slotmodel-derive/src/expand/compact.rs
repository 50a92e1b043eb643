//! `#[derive(Compact)]`: a `<Name>Packed` companion that stores each field in the bits its type
//! and bounds need, `Packable` for nesting, and `Name::LAYOUT`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::DeriveInput;

use super::rules::{bound_expr, check_expr, const_order_check, Operand};
use super::shared::{doc, type_text};
use crate::ast::{Container, Derive, Field, Input};
use crate::ctxt::{with_fallback, Ctxt};
use crate::ty::{Prim, Shape};
use crate::verify;

// Declared here rather than in `expand/mod.rs`: enums with data are packed by this file's codec,
// whose parts stay private to the two.
#[path = "compact_enum.rs"]
pub mod compact_enum;

pub fn derive(cx: Ctxt, input: &DeriveInput) -> TokenStream {
    match Input::from_ast(&cx, input, Derive::Compact) {
        Some(Input::Struct(container)) => {
            verify::check(&cx, &container);
            check_packable(&cx, &container);
            let mut reserved = verify::Reserved::fixed(&["unpack", "to_bytes", "from_bytes"], "the method");
            reserved.extend(verify::Reserved::fixed(&["BITS", "SIZE"], "the constant"));
            if container.attrs.columns {
                let what = format!("the `{}Columns` method", container.ident);
                reserved.extend(verify::Reserved::fixed(super::columns::METHODS, &what));
            }
            let _ = verify::check_accessor_names(&cx, &container, &reserved, |_| (true, true));
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
    let vis = &container.input.vis;
    let packed = format_ident!("{}Packed", ident);
    let count = container.fields.len();
    let value = quote!(value);
    let (mut widths, mut layout, mut accessors, mut debug) = (
        TokenStream::new(),
        TokenStream::new(),
        TokenStream::new(),
        TokenStream::new(),
    );
    let (mut invalid, mut writes, mut reads, mut checks) =
        (TokenStream::new(), TokenStream::new(), Vec::new(), TokenStream::new());
    for (i, field) in container.fields.iter().enumerate() {
        let (name, member, ty) = (&field.name, &field.member, field.ty);
        let width = codec.width(i);
        let ty_text = type_text(ty);
        let read = codec.read(i);
        widths.extend(quote!(#width,));
        layout.extend(quote!((#name, #ty_text, #member, #ty, #i),));
        if matches!(codec.storages[i], Storage::Whole) {
            let (offset, _) = codec.place(i);
            invalid.extend(quote!(if !<#ty as #p::Packable>::bits_valid(__bytes, #offset) { return #p::Some(#name); }));
        }
        writes.extend(codec.write(i, &quote!(self.#member)));
        checks.extend(check_field(&codec, i));
        accessors.extend(packed_accessors(&codec, field, i, &read, &codec.write(i, &value)));
        reads.push(read);
        let (getter, _) = container.accessor_names(field, i);
        debug.extend(quote!(.field(#name, &self.#getter())));
    }
    let build = super::shared::construct(container, &reads);
    let columns = if container.attrs.columns {
        super::columns::expand(&codec)
    } else {
        TokenStream::new()
    };
    // Spanned on the key, where a missing `arrow` feature is reported.
    let arrow = container.attrs.arrow.map(|span| {
        let mut fields = TokenStream::new();
        for (i, f) in container.fields.iter().enumerate() {
            let (name, member, ty) = (&f.name, &f.member, f.ty);
            fields.extend(quote!(#i #name #member: #ty,));
        }
        let p = super::shared::respan(p, span);
        quote_spanned!(span=> #p::arrow_record!(#ident { #fields });)
    });
    let max_size = container.attrs.max_size_check(ident);
    let mut out = quote! {
        #p::compact_struct! {
            vis = [#vis], ident = #ident, packed = #packed, count = #count,
            locals = [self, value, __bytes, __base, __errors],
            widths = [#widths], layout = [#layout],
            invalid = { #invalid }, write = { #writes }, read = { #build }, check = { #checks },
            accessors = [#accessors], debug = { #debug },
        }
        #columns
        #arrow
        #max_size
    };
    for field in &container.fields {
        out.extend(const_order_check(container, field, p));
    }
    out
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

/// One `{ get .. set .. }` entry of `compact_struct!`'s accessors: the getter, then the setter.
fn packed_accessors(
    codec: &Codec,
    field: &Field,
    index: usize,
    read: &TokenStream,
    write: &TokenStream,
) -> TokenStream {
    let (container, p) = (codec.container, &codec.p);
    let (getter, setter) = container.accessor_names(field, index);
    let ty = field.ty;
    let name = &field.name;
    let own_rules = check_expr(container, field, p, &Operand::Value);
    let set = if codec.composite(index) {
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
        quote! {
            custom {
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
            }
        }
    } else if let Some(check) = own_rules {
        quote!(set_checked #setter { #check } { #write })
    } else {
        // Every value of a primitive without rules packs: a plain write.
        quote!(set #setter { #write })
    };
    quote!({ get #name #getter (#ty) { #read } #set })
}
