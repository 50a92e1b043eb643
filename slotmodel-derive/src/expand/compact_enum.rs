//! `#[derive(Compact)]` on an enum: `Packable`. A fieldless enum stores its variant's index in
//! `span_bits(variants - 1)` bits. An enum with data stores the same tag, then the variant's
//! fields as a struct's fields are stored, then zero bits up to the widest variant's end.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, ToTokens};

use super::{check_fields_packable, Codec, Storage};
use crate::ast::{Container, Derive, Enum, Field, Style};
use crate::attr::container::ContainerAttrs;
use crate::attr::view::ViewAttrs;
use crate::check;
use crate::ctxt::{with_fallback, Ctxt};
use crate::expand::rules::{check_expr, const_order_check};

pub fn derive(cx: Ctxt, mut data: Enum) -> TokenStream {
    check::fieldless_enum(&cx, &data, Derive::Compact);
    let fields = std::mem::take(&mut data.fields);
    let variants: Vec<Container> = data
        .variants
        .iter()
        .zip(fields)
        .map(|(variant, fields)| variant_data(&cx, &data, variant, fields))
        .collect();
    for variant in &variants {
        check::check(&cx, variant);
        check_fields_packable(&cx, variant, "compact enum");
    }
    let fieldless = variants.iter().all(|v| v.fields.is_empty());
    match cx.check() {
        // The bits of the general form (the index alone), in less code.
        Ok(()) if fieldless => expand_fieldless(&data),
        Ok(()) => expand(&data, &variants),
        Err(error) if !data.input.generics.params.is_empty() => error.to_compile_error(),
        Err(error) => with_fallback(&error, stub(&data)),
    }
}

/// A variant's data as a struct named like the enum, its fields named `Variant.field`
/// (`Variant.0` in a tuple variant): the struct's checks, rules and codec then serve the
/// variant, and a refused value reads `Enum.Variant.field must be ..`.
fn variant_data<'a>(
    cx: &Ctxt,
    data: &Enum<'a>,
    variant: &'a syn::Variant,
    mut fields: Vec<Field<'a>>,
) -> Container<'a> {
    for field in &mut fields {
        field.name = format!("{}.{}", variant.ident, field.name);
    }
    // No attributes of its own: what the struct reads from them (the crate's path) is the enum's.
    let mut attrs = ContainerAttrs::from_attrs(cx, &[]);
    attrs.krate.clone_from(&data.attrs.krate);
    attrs.krate_renamed = data.attrs.krate_renamed;
    Container {
        input: data.input,
        ident: data.ident,
        attrs,
        view: ViewAttrs::default(),
        style: Style::of(&variant.fields),
        fields,
        params: Vec::new(),
    }
}

/// `Enum::Variant(__f0, _)`, `Enum::Variant { a: __f0, .. }`: the fields that `bind` picks,
/// bound by reference as `__f{index}`.
fn pattern(variant: &syn::Ident, container: &Container, bind: impl Fn(usize) -> bool) -> TokenStream {
    let (ident, fields) = (container.ident, &container.fields);
    let binding = |i: usize| format_ident!("__f{}", i);
    match container.style {
        Style::Unit => quote!(#ident::#variant),
        Style::Tuple => {
            let parts = (0..fields.len()).map(|i| {
                if bind(i) {
                    binding(i).into_token_stream()
                } else {
                    quote!(_)
                }
            });
            quote!(#ident::#variant(#(#parts),*))
        }
        Style::Named => {
            let bound: Vec<TokenStream> = fields
                .iter()
                .enumerate()
                .filter(|(i, _)| bind(*i))
                .map(|(i, field)| {
                    let (member, binding) = (&field.member, binding(i));
                    quote!(#member: #binding)
                })
                .collect();
            let rest = (bound.len() < fields.len()).then(|| quote!(..));
            quote!(#ident::#variant { #(#bound,)* #rest })
        }
    }
}

/// The codecs of an enum's variants, and the names of its constants.
struct Variants<'a> {
    ident: &'a syn::Ident,
    p: TokenStream,
    names: Vec<&'a syn::Ident>,
    codecs: Vec<Codec<'a>>,
}

impl Variants<'_> {
    /// The bits of variant `v` after the tag: its constant, or 0 without fields.
    fn used(&self, v: usize) -> TokenStream {
        if self.codecs[v].container.fields.is_empty() {
            return quote!(0);
        }
        let (ident, bits) = (self.ident, format_ident!("__SLOTMODEL_V{}_BITS", v));
        quote!(#ident::#bits)
    }

    /// The tag's width, each variant's field widths, offsets and total, and the widest.
    fn consts(&self) -> TokenStream {
        let (ident, p) = (self.ident, &self.p);
        let last = (self.names.len() - 1) as u128;
        let with_fields: Vec<usize> = (0..self.codecs.len())
            .filter(|&v| !self.codecs[v].container.fields.is_empty())
            .collect();
        let each = with_fields.iter().map(|&v| {
            let codec = &self.codecs[v];
            let (widths, offsets, count) = (&codec.widths, &codec.offsets, codec.container.fields.len());
            let values = (0..count).map(|i| codec.width(i));
            let bits = format_ident!("__SLOTMODEL_V{}_BITS", v);
            quote! {
                #[doc(hidden)]
                pub const #widths: [u32; #count] = [#(#values),*];
                #[doc(hidden)]
                pub const #offsets: [u32; #count] = #p::offsets_after(#ident::__SLOTMODEL_TAG_BITS, #ident::#widths);
                #[doc(hidden)]
                pub const #bits: u32 = #p::total_bits(#ident::#widths);
            }
        });
        let widest = with_fields.iter().map(|&v| self.used(v));
        quote! {
            impl #ident {
                #[doc(hidden)]
                pub const __SLOTMODEL_TAG_BITS: u32 = #p::span_bits(#last);
                #(#each)*
                #[doc(hidden)]
                pub const __SLOTMODEL_BITS: u32 = #ident::__SLOTMODEL_TAG_BITS + #p::widest([#(#widest),*]);
            }
        }
    }

    /// `write_bits`: the fields, the tag, then zeros to the end of the widest variant.
    fn write(&self) -> TokenStream {
        let (ident, p) = (self.ident, &self.p);
        let arms = self.codecs.iter().enumerate().map(|(v, codec)| {
            let (pattern, tag, used) = (
                pattern(self.names[v], codec.container, |_| true),
                v as u128,
                self.used(v),
            );
            let writes = (0..codec.container.fields.len()).map(|i| {
                let binding = format_ident!("__f{}", i);
                codec.write(i, &quote!(*#binding))
            });
            quote!(#pattern => { #(#writes)* (#tag, #used) })
        });
        quote! {
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_possible_wrap, clippy::cast_lossless, reason = "bounds are widened to compute offsets")]
            fn write_bits(&self, __bytes: &mut [u8], __base: usize) {
                let (__tag, __used): (u128, u32) = match self { #(#arms)* };
                #p::put_bits(__bytes, __base, #ident::__SLOTMODEL_TAG_BITS, __tag);
                // A shorter variant leaves zeros up to the widest one's end, whatever was there.
                let __end = #ident::__SLOTMODEL_TAG_BITS + __used;
                #p::clear_bits(__bytes, __base + __end as usize, #ident::__SLOTMODEL_BITS - __end);
            }
        }
    }

    /// `read_bits`: the variant the tag names, built from its fields.
    fn read(&self) -> TokenStream {
        let (ident, p) = (self.ident, &self.p);
        let last = self.names.len() - 1;
        let arms = self.codecs.iter().enumerate().map(|(v, codec)| {
            let build = build(self.names[v], codec);
            if v == last {
                // `write_bits` or a `bits_valid` check wrote the tag, so no other value appears;
                // the last variant takes the rest rather than a panic.
                quote!(_ => #build)
            } else {
                let tag = v as u128;
                quote!(#tag => #build)
            }
        });
        let body = if last == 0 {
            build(self.names[0], &self.codecs[0])
        } else {
            quote!(match #p::get_bits(__bytes, __base, #ident::__SLOTMODEL_TAG_BITS) { #(#arms),* })
        };
        quote! {
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_possible_wrap, clippy::cast_lossless, reason = "bounds are widened to compute offsets")]
            fn read_bits(__bytes: &[u8], __base: usize) -> Self {
                #body
            }
        }
    }

    /// `bits_valid`: a tag that names a variant, bits of that variant's fields stored whole
    /// that encode a value, and zeros after them. (Bounded integers are refused by their rules.)
    fn valid(&self) -> TokenStream {
        let (ident, p) = (self.ident, &self.p);
        let arms = self.codecs.iter().enumerate().map(|(v, codec)| {
            let (tag, used) = (v as u128, self.used(v));
            let checks: Vec<TokenStream> = (0..codec.container.fields.len())
                .filter(|&i| matches!(codec.storages[i], Storage::Whole))
                .map(|i| {
                    let (ty, offset) = (codec.container.fields[i].ty, codec.place(i).0);
                    quote!(<#ty as #p::Packable>::bits_valid(__bytes, #offset))
                })
                .collect();
            if checks.is_empty() {
                quote!(#tag => #used)
            } else {
                quote!(#tag if #(#checks)&&* => #used)
            }
        });
        quote! {
            fn bits_valid(__bytes: &[u8], __base: usize) -> bool {
                let __used: u32 = match #p::get_bits(__bytes, __base, #ident::__SLOTMODEL_TAG_BITS) {
                    #(#arms,)*
                    _ => return false,
                };
                let __end = #ident::__SLOTMODEL_TAG_BITS + __used;
                #p::bits_zero(__bytes, __base + __end as usize, #ident::__SLOTMODEL_BITS - __end)
            }
        }
    }
}

fn expand(data: &Enum, variants: &[Container]) -> TokenStream {
    let (ident, attrs) = (data.ident, &data.attrs);
    let krate = &attrs.krate;
    let p = quote!(#krate::__private);
    let all = Variants {
        ident,
        p: p.clone(),
        names: data.variants.iter().map(|v| &v.ident).collect(),
        codecs: variants
            .iter()
            .enumerate()
            .map(|(v, variant)| Codec::new(variant, p.clone(), &format!("_V{v}")))
            .collect(),
    };
    let checks = check_packable(&all);
    let (set_type, set_result) = if checks.is_empty() {
        (
            quote!(()),
            quote!(fn set_result(_: #p::Result<(), #p::ValidationErrors>) {}),
        )
    } else {
        (
            quote!(#p::Result<(), #p::ValidationErrors>),
            quote! {
                fn set_result(outcome: #p::Result<(), #p::ValidationErrors>) -> Self::SetResult {
                    outcome
                }
            },
        )
    };
    let (consts, write, read, valid) = (all.consts(), all.write(), all.read(), all.valid());
    let order_checks = variants
        .iter()
        .flat_map(|v| v.fields.iter().map(move |f| (v, f)))
        .filter_map(|(v, f)| const_order_check(v, f, &p));
    let max_size = attrs.max_size_check(ident);
    quote! {
        #consts
        #[automatically_derived]
        impl #p::Packable for #ident {
            const BITS: u32 = #ident::__SLOTMODEL_BITS;
            type SetResult = #set_type;
            #write
            #read
            #valid
            #checks
            #set_result
        }
        #max_size
        #(#order_checks)*
    }
}

/// `Enum::Variant(field0, ..)` of the fields read from `__bytes`.
fn build(variant: &syn::Ident, codec: &Codec) -> TokenStream {
    let ident = codec.container.ident;
    let fields = &codec.container.fields;
    let reads = (0..fields.len()).map(|i| codec.read(i));
    match codec.container.style {
        Style::Unit => quote!(#ident::#variant),
        Style::Tuple => quote!(#ident::#variant(#(#reads),*)),
        Style::Named => {
            let members = fields.iter().map(|f| &f.member);
            quote!(#ident::#variant { #(#members: #reads),* })
        }
    }
}

/// `check_packable`: every rule of the present variant's fields, and the rules of the types
/// stored whole; nothing when no variant has any, every value then packing.
fn check_packable(all: &Variants) -> TokenStream {
    let (name, p) = (all.ident.to_string(), &all.p);
    let mut unchecked = false;
    let mut arms = Vec::new();
    for (v, codec) in all.codecs.iter().enumerate() {
        let container = codec.container;
        let mut bound = Vec::new();
        let mut steps = TokenStream::new();
        for (i, field) in container.fields.iter().enumerate() {
            let binding = format_ident!("__f{}", i);
            let own = check_expr(container, field, p, &binding).map(|check| quote!(__errors.field(#check);));
            let nested = codec.composite(i).then(|| {
                let (field_name, ty) = (&field.name, field.ty);
                quote!(__errors.nested(#field_name, <#ty as #p::Packable>::check_packable(#binding));)
            });
            if own.is_some() || nested.is_some() {
                bound.push(i);
                steps.extend(own.into_iter().chain(nested));
            }
        }
        if bound.is_empty() {
            unchecked = true;
        } else {
            let pattern = pattern(all.names[v], container, |i| bound.contains(&i));
            arms.push(quote!(#pattern => { #steps }));
        }
    }
    if arms.is_empty() {
        return TokenStream::new();
    }
    let rest = unchecked.then(|| quote!(_ => {}));
    quote! {
        fn check_packable(&self) -> #p::Result<(), #p::ValidationErrors> {
            let mut __errors = #p::Collector::new(#name);
            match self {
                #(#arms)*
                #rest
            }
            __errors.finish()
        }
    }
}

/// `Packable` for an enum whose `#[derive(Compact)]` failed, so that the structs holding it
/// report the mistake in the enum and no missing impl.
fn stub(data: &Enum) -> TokenStream {
    let (ident, krate) = (data.ident, &data.attrs.krate);
    let p = quote!(#krate::__private);
    quote! {
        #[allow(missing_docs)]
        impl #p::Packable for #ident {
            const BITS: u32 = 0;
            type SetResult = #p::Result<(), #p::ValidationErrors>;
            fn write_bits(&self, _: &mut [u8], _: usize) {}
            fn read_bits(_: &[u8], _: usize) -> Self { ::core::unimplemented!() }
            fn set_result(outcome: #p::Result<(), #p::ValidationErrors>) -> Self::SetResult { outcome }
        }
    }
}

/// `Packable` for a fieldless enum: the variant's position, in `ceil(log2(variants))` bits.
fn expand_fieldless(data: &Enum) -> TokenStream {
    let (ident, attrs) = (data.ident, &data.attrs);
    let krate = &attrs.krate;
    let p = quote!(#krate::__private);
    let variants: Vec<_> = data.variants.iter().map(|v| &v.ident).collect();
    let last = variants.len().saturating_sub(1);
    let span = last as u128;
    let indices = (0..variants.len()).map(|i| i as u128);
    let read_arms = variants.iter().enumerate().map(|(i, v)| {
        if i == last {
            // `write_bits` or a `bits_valid` check filled these bits, so no other value appears;
            // the last variant takes the rest rather than a panic.
            quote!(_ => #ident::#v)
        } else {
            let i = i as u128;
            quote!(#i => #ident::#v)
        }
    });
    let max_size = attrs.max_size_check(ident);
    quote! {
        #[automatically_derived]
        impl #p::Packable for #ident {
            const BITS: u32 = #p::span_bits(#span);
            type SetResult = ();
            fn write_bits(&self, __bytes: &mut [u8], __offset: usize) {
                let __index: u128 = match self { #(#ident::#variants => #indices),* };
                #p::put_bits(__bytes, __offset, <Self as #p::Packable>::BITS, __index);
            }
            fn read_bits(__bytes: &[u8], __offset: usize) -> Self {
                match #p::get_bits(__bytes, __offset, <Self as #p::Packable>::BITS) {
                    #(#read_arms),*
                }
            }
            fn bits_valid(__bytes: &[u8], __offset: usize) -> bool {
                #p::get_bits(__bytes, __offset, <Self as #p::Packable>::BITS) <= #span
            }
            fn set_result(_: #p::Result<(), #p::ValidationErrors>) {}
        }
        // An Arrow column type, by variant name, when slotmodel's `arrow` feature is on.
        #p::arrow_enum!(#ident { #(#variants),* });
        #max_size
    }
}
