//! `#[derive(Compact)]` on an enum: `Packable`. A fieldless enum stores its variant's index in
//! `span_bits(variants - 1)` bits. An enum with data stores the same tag, then the variant's
//! fields as a struct's fields are stored, then zero bits up to the widest variant's end.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::codec::{check_fields_packable, Codec};
use crate::ast::{Container, Derive, Enum, Style};
use crate::ctxt::{with_fallback, Ctxt};
use crate::expand::rules::{check_expr, const_order_check};
use crate::expand::shared::pattern;
use crate::verify;

pub fn derive(cx: Ctxt, mut data: Enum) -> TokenStream {
    verify::fieldless_enum(&cx, &data, Derive::Compact);
    let variants = crate::ast::variant_containers(&cx, &mut data, Derive::Compact);
    for variant in &variants {
        verify::check(&cx, variant);
        check_fields_packable(&cx, variant, "compact enum");
    }
    let fieldless = variants.iter().all(|v| v.fields.is_empty());
    match cx.check() {
        // The bits of the general form (the index alone), in less code.
        Ok(()) if fieldless => expand_fieldless(&data),
        Ok(()) => expand(&data, &variants),
        Err(error) if !data.input.generics.params.is_empty() => error.to_compile_error(),
        Err(error) => with_fallback(&error, crate::expand::stub::packable(&data)),
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
            return template!([] 0);
        }
        let (ident, bits) = (self.ident, format_ident!("__SLOTMODEL_V{}_BITS", v));
        template!([ident, bits] #ident::#bits)
    }

    /// Each variant's field widths and constants (`variants`), and its bits after the tag
    /// (`widest`), for the variants with fields.
    fn consts(&self) -> (TokenStream, TokenStream) {
        let (mut variants, mut widest) = (TokenStream::new(), TokenStream::new());
        for (v, codec) in self.codecs.iter().enumerate() {
            let count = codec.container.fields.len();
            if count == 0 {
                continue;
            }
            let mut values = TokenStream::new();
            for i in 0..count {
                let width = codec.width(i);
                values.extend(template!([width] #width,));
            }
            let (widths, offsets, used) = (&codec.widths, &codec.offsets, self.used(v));
            let bits = format_ident!("__SLOTMODEL_V{}_BITS", v);
            variants.extend(
                template!([widths, offsets, bits, count, values] (#widths, #offsets, #bits, #count, [#values]),),
            );
            widest.extend(template!([used] #used,));
        }
        (variants, widest)
    }

    /// The arms of `write_bits`: each variant's fields, then its tag and used bits.
    fn write(&self) -> TokenStream {
        let mut arms = TokenStream::new();
        for (v, codec) in self.codecs.iter().enumerate() {
            let (pattern, tag, used) = (
                pattern(self.names[v], codec.container, |_| true),
                v as u128,
                self.used(v),
            );
            let mut writes = TokenStream::new();
            for i in 0..codec.container.fields.len() {
                let binding = format_ident!("__f{}", i);
                writes.extend(codec.write(i, &template!([binding] *#binding)));
            }
            arms.extend(template!([pattern, writes, tag, used] #pattern => { #writes (#tag, #used) }));
        }
        arms
    }

    /// The body of `read_bits`: the variant the tag names, built from its fields.
    fn read(&self) -> TokenStream {
        let (ident, p) = (self.ident, &self.p);
        let last = self.names.len() - 1;
        if last == 0 {
            return build(self.names[0], &self.codecs[0]);
        }
        let mut arms = TokenStream::new();
        for (v, codec) in self.codecs.iter().enumerate() {
            let build = build(self.names[v], codec);
            if v == last {
                // `write_bits` or a `bits_valid` check wrote the tag, so no other value appears;
                // the last variant takes the rest rather than a panic.
                arms.extend(template!([build] _ => #build));
            } else {
                let tag = v as u128;
                arms.extend(template!([tag, build] #tag => #build,));
            }
        }
        template!([p, ident, arms] match #p::get_bits(__bytes, __base, #ident::__SLOTMODEL_TAG_BITS) { #arms })
    }

    /// The arms of `bits_valid`: a tag that names a variant, bits of that variant's fields stored
    /// whole that encode a value; each gives the bits after the tag, which must then be zero.
    /// (Bounded integers are refused by their rules.)
    fn valid(&self) -> TokenStream {
        let p = &self.p;
        let mut arms = TokenStream::new();
        for (v, codec) in self.codecs.iter().enumerate() {
            let (tag, used) = (v as u128, self.used(v));
            let mut checks = TokenStream::new();
            for i in 0..codec.container.fields.len() {
                if !codec.whole(i) {
                    continue;
                }
                let (ty, offset) = (codec.container.fields[i].ty, codec.place(i).0);
                if !checks.is_empty() {
                    checks.extend(template!([] &&));
                }
                checks.extend(template!([ty, p, offset] <#ty as #p::Packable>::bits_valid(__bytes, #offset)));
            }
            if checks.is_empty() {
                arms.extend(template!([tag, used] #tag => #used,));
            } else {
                arms.extend(template!([tag, checks, used] #tag if #checks => #used,));
            }
        }
        arms
    }
}

fn expand(data: &Enum, variants: &[Container]) -> TokenStream {
    let (ident, attrs) = (data.ident, &data.attrs);
    let krate = &attrs.krate;
    let p = crate::runtime::path(krate);
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
    let last = (all.names.len() - 1) as u128;
    let ((consts, widest), write, read, valid) = (all.consts(), all.write(), all.read(), all.valid());
    let checks = check_packable(&all);
    let mut out = template! {[p, ident, last, consts, widest, write, read, valid, checks]
        #p::compact_enum! {
            ident = #ident, last = #last, locals = [self, __bytes, __base, __errors],
            variants = [#consts], widest = [#widest],
            write = { #write }, read = { #read }, valid = { #valid }, check = { #checks },
        }
    };
    out.extend(attrs.max_size_check(ident));
    for variant in variants {
        for field in &variant.fields {
            out.extend(const_order_check(variant, field, &p));
        }
    }
    out
}

/// `Enum::Variant(field0, ..)` of the fields read from `__bytes`.
fn build(variant: &syn::Ident, codec: &Codec) -> TokenStream {
    let ident = codec.container.ident;
    let fields = &codec.container.fields;
    let reads = (0..fields.len()).map(|i| codec.read(i));
    match codec.container.style {
        Style::Unit => template!([ident, variant] #ident::#variant),
        Style::Tuple => quote!(#ident::#variant(#(#reads),*)),
        Style::Named => {
            let members = fields.iter().map(|f| &f.member);
            quote!(#ident::#variant { #(#members: #reads),* })
        }
    }
}

/// The arms of `check_packable`'s match on `self`: every rule of the present variant's fields,
/// and the rules of the types stored whole; nothing when no variant has any, every value then
/// packing.
fn check_packable(all: &Variants) -> TokenStream {
    let p = &all.p;
    let mut unchecked = false;
    let mut arms = TokenStream::new();
    for (v, codec) in all.codecs.iter().enumerate() {
        let container = codec.container;
        let mut bound = Vec::new();
        let mut steps = TokenStream::new();
        for (i, field) in container.fields.iter().enumerate() {
            let binding = format_ident!("__f{}", i);
            let own = check_expr(container, field, p, &binding);
            let composite = codec.composite(i);
            if let Some(check) = &own {
                steps.extend(template!([check] __errors.field(#check);));
            }
            if composite {
                let (field_name, ty) = (&field.name, field.ty);
                steps.extend(template!([field_name, ty, p, binding] __errors.nested(#field_name, <#ty as #p::Packable>::check_packable(#binding));));
            }
            if own.is_some() || composite {
                bound.push(i);
            }
        }
        if bound.is_empty() {
            unchecked = true;
        } else {
            let pattern = pattern(all.names[v], container, |i| bound.contains(&i));
            arms.extend(template!([pattern, steps] #pattern => { #steps }));
        }
    }
    if unchecked && !arms.is_empty() {
        arms.extend(template!([] _ => {}));
    }
    arms
}

/// `Packable` for a fieldless enum: the variant's position, in `ceil(log2(variants))` bits.
fn expand_fieldless(data: &Enum) -> TokenStream {
    let (ident, attrs) = (data.ident, &data.attrs);
    let krate = &attrs.krate;
    let p = crate::runtime::path(krate);
    let Some((last, others)) = data.variants.split_last() else {
        return TokenStream::new();
    };
    let last = &last.ident;
    let span = others.len() as u128;
    let mut variants = TokenStream::new();
    for (i, v) in others.iter().enumerate() {
        let (v, i) = (&v.ident, i as u128);
        variants.extend(template!([v, i] #v = #i,));
    }
    let mut out = template!([p, ident, variants, last, span] #p::compact_fieldless!(ident = #ident, variants = [#variants], last = #last = #span););
    out.extend(attrs.max_size_check(ident));
    out
}
