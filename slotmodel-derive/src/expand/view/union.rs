//! `#[derive(View)]` on an enum with data: a tagged union whose variant a tag field of the
//! enclosing record chooses. `<Name>View<'a>` is an enum of the variants' views, and
//! `ViewUnion` checks, reads and writes the variant a tag names.

use proc_macro2::TokenStream;
use quote::format_ident;
use syn::Fields;

use crate::ast::Enum;
use crate::attr::view::{variant_tag, VariantTag};
use crate::ctxt::{with_fallback, Ctxt};

/// Whether the enum is a tagged union rather than a fieldless enum: a variant carries data or a
/// tag.
pub fn is_union(data: &Enum) -> bool {
    data.variants
        .iter()
        .any(|v| !v.fields.is_empty() || v.attrs.iter().any(|a| a.path().is_ident("view")))
}

/// One variant: its name, tag (`None` for the variant of every other tag) and payload type
/// (`None` for a unit variant).
struct Variant<'a> {
    ident: &'a syn::Ident,
    tag: Option<u64>,
    /// The tag as written (`0x0800`), without a type suffix.
    written: String,
    payload: Option<&'a syn::Type>,
}

fn variants<'a>(cx: &Ctxt, data: &Enum<'a>) -> Vec<Variant<'a>> {
    if !data.input.generics.params.is_empty() {
        cx.error_spanned_by(&data.input.generics, "`#[derive(View)]` does not support generic enums: a view's layout must be fixed; derive it on a concrete enum");
    }
    if data.repr.is_some() || data.view.endian.is_some() {
        let what = if data.repr.is_some() { "`#[repr]`" } else { "`endian`" };
        cx.error_spanned_by(data.ident, format!("`{}` is a tagged union, whose tag is a field of the record that holds it and whose byte order is that record's: remove {what}", data.ident));
    }
    let mut out: Vec<Variant> = Vec::new();
    for variant in &data.variants {
        let Some(found) = variant_tag(cx, variant) else {
            // A `#[view]` without a readable tag was reported where it is written.
            if variant.attrs.iter().any(|a| a.path().is_ident("view")) {
                continue;
            }
            cx.error_spanned_by(&variant.ident, format!("`{}` is a variant of a tagged union and needs its tag: add `#[view(tag = N)]`, N being the value of the tag field that selects it", variant.ident));
            continue;
        };
        let mut written = String::new();
        let tag = match found {
            VariantTag::Tag(tag, lit) => {
                let text = lit.to_string();
                text[..text.len() - lit.suffix().len()]
                    .trim_end_matches('_')
                    .clone_into(&mut written);
                if let Some(other) = out.iter().find(|v| v.tag == Some(tag)) {
                    cx.error_spanned_by(
                        &lit,
                        format!(
                            "tag {tag} is also the tag of `{}`: give each variant its own tag",
                            other.ident
                        ),
                    );
                }
                Some(tag)
            }
            VariantTag::Other(span) => {
                if let Some(other) = out.iter().find(|v| v.tag.is_none()) {
                    cx.syn_error(syn::Error::new(
                        span,
                        format!(
                            "`{}` already takes the other tags: one variant may be `other`",
                            other.ident
                        ),
                    ));
                }
                if !variant.fields.is_empty() {
                    cx.error_spanned_by(&variant.fields, format!("`{}` takes every unknown tag, whose payload has no known size: it holds nothing; read what follows through a field after the union", variant.ident));
                }
                None
            }
        };
        let payload = match &variant.fields {
            Fields::Unit => None,
            Fields::Unnamed(fields) if fields.unnamed.len() == 1 => Some(&fields.unnamed[0].ty),
            fields => {
                cx.error_spanned_by(fields, format!("`{}` holds several values, and a variant of a tagged union holds one: put them in a struct that derives `View` and write `{}(ThatStruct)`", variant.ident, variant.ident));
                continue;
            }
        };
        out.push(Variant {
            ident: &variant.ident,
            tag,
            written,
            payload,
        });
    }
    if data.variants.is_empty() {
        cx.error_spanned_by(
            data.ident,
            format!(
                "`{}` has no variants, so no tag could select one: add variants with `#[view(tag = N)]`",
                data.ident
            ),
        );
    }
    out
}

/// The union's code, or its errors followed by the shape of its API.
pub fn derive(cx: Ctxt, data: &Enum) -> TokenStream {
    let variants = variants(&cx, data);
    match cx.check() {
        Ok(()) => expand(data, &variants),
        Err(error) => {
            let private = data.attrs.private();
            let (ident, vis) = (data.ident, &data.input.vis);
            let view = format_ident!("{}View", ident);
            with_fallback(
                &error,
                template!([private, vis, ident, view] #private::stub_view_union!(vis = [#vis], ident = #ident, view = #view);),
            )
        }
    }
}

/// The pieces of the generated code, each variant adding its arms.
#[derive(Default)]
struct Pieces {
    cases: TokenStream,
    checks: TokenStream,
    gets: Vec<TokenStream>,
    reads: Vec<TokenStream>,
    tags: TokenStream,
    written: TokenStream,
    own_tags: TokenStream,
    lens: TokenStream,
    writes: TokenStream,
    fits: TokenStream,
    /// `|| <Payload as ViewPayload>::REST` for each variant that holds a value.
    rest: TokenStream,
}

impl Pieces {
    fn add(&mut self, v: &Variant, ident: &syn::Ident, view: &syn::Ident, p: &TokenStream) {
        let name = v.ident;
        let variant_name = name.to_string();
        // The `other` variant matches what no tag does: it comes last in every `match`.
        let (pattern, case_doc, own_tag) = match v.tag {
            Some(tag) => {
                self.tags.extend(template!([tag] #tag,));
                let written = &v.written;
                self.written.extend(template!([written] #written,));
                (
                    template!([tag] #tag),
                    format!("`{ident}::{name}`, tag {tag}."),
                    template!([p, tag] #p::Some(#tag)),
                )
            }
            None => (
                template!([] _),
                format!("`{ident}::{name}`, every other tag."),
                template!([p] #p::None),
            ),
        };
        let Some(ty) = v.payload else {
            self.cases.extend(template!([case_doc, name] #[doc = #case_doc] #name,));
            if v.tag.is_some() {
                self.checks.extend(template!([pattern, p] #pattern => #p::Ok(0),));
            }
            self.gets.push(template!([view, name] #view::#name));
            self.reads.push(template!([ident, name] #ident::#name));
            self.own_tags
                .extend(template!([ident, name, own_tag] #ident::#name => #own_tag,));
            self.lens.extend(template!([ident, name] #ident::#name => 0,));
            self.writes
                .extend(template!([ident, name, p] #ident::#name => #p::Ok(()),));
            self.fits
                .extend(template!([ident, name, p] #ident::#name => #p::Ok(()),));
            return;
        };
        // Spanned on the variant's type: a type no variant can hold is one error there.
        let span = syn::spanned::Spanned::span(ty);
        let p = crate::expand::shared::respan(p, span);
        let item = template_spanned!(span => [ty, p] <#ty as #p::ViewPayload>);
        self.rest.extend(template!([item] || #item::REST));
        self.cases
            .extend(template!([case_doc, name, item] #[doc = #case_doc] #name(#item::Ref<'a>),));
        self.checks.extend(template! {[pattern, item, variant_name]
            #pattern => #item::check_prefix::<BIG, CHECK>(bytes, type_name, [field, #variant_name], offset),
        });
        self.gets
            .push(template!([view, name, item] #view::#name(#item::get::<BIG>(bytes))));
        self.reads
            .push(template!([ident, name, item] #ident::#name(#item::read::<BIG>(bytes))));
        self.own_tags
            .extend(template!([ident, name, own_tag] #ident::#name(_) => #own_tag,));
        self.lens
            .extend(template!([ident, name, item] #ident::#name(value) => #item::payload_len(value),));
        self.writes.extend(
            template!([ident, name, item, variant_name] #ident::#name(value) => #item::write::<BIG>(value, bytes, type_name, [field, #variant_name], offset),),
        );
        self.fits.extend(
            template!([ident, name, item] #ident::#name(value) => #item::fits(value, type_name, field, offset),),
        );
    }
}

fn expand(data: &Enum, variants: &[Variant]) -> TokenStream {
    let krate = &data.attrs.krate;
    let p = crate::runtime::path(krate);
    let (ident, vis) = (data.ident, &data.input.vis);
    let view = format_ident!("{}View", ident);
    let union_name = ident.to_string();
    let mut pieces = Pieces::default();
    for v in variants {
        pieces.add(v, ident, &view, &p);
    }
    let Pieces {
        cases,
        checks,
        gets,
        reads,
        tags,
        written,
        own_tags,
        lens,
        writes,
        fits,
        rest,
    } = pieces;
    let (get_arms, read_arms) = (arms(variants, &gets), arms(variants, &reads));
    // Every tag no variant carries is the `other` variant's, or an error.
    let unknown = if variants.iter().any(|v| v.tag.is_none()) {
        template!([p] _ => #p::Ok(0),)
    } else {
        template!([p, union_name] _ => #p::Err(#p::unknown_tag(tag, <Self as #p::ViewUnion>::TAGS, <Self as #p::ViewUnion>::TAGS_WRITTEN, #union_name, type_name, field, offset)),)
    };
    // A lifetime no variant uses needs a variant that holds it.
    let phantom = variants.iter().all(|v| v.payload.is_none()).then(|| {
        template! {[]
            #[doc(hidden)]
            __Lifetime(::core::marker::PhantomData<&'a ()>),
        }
    });
    let doc = format!(
        "A checked, zero-copy view of a `{union_name}` in a byte buffer: the variant the tag chose, viewed in place."
    );
    template! {[doc, vis, view, cases, phantom, p, ident, tags, written, checks, unknown, get_arms, read_arms, own_tags, lens, writes, fits, rest]
        #[doc = #doc]
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug)]
        #vis enum #view<'a> {
            #cases
            #phantom
        }

        #[automatically_derived]
        impl #p::ViewUnion for #ident {
            const TAGS: &'static [u64] = &[#tags];
            const TAGS_WRITTEN: &'static [&'static str] = &[#written];
            type Ref<'a> = #view<'a>;
            const REST: bool = false #rest;
            fn check_prefix<const BIG: bool, const CHECK: bool>(tag: u64, bytes: &[u8], type_name: &'static str, field: &'static str, offset: usize) -> #p::Result<usize, #p::ViewError> {
                match tag {
                    #checks
                    #unknown
                }
            }
            fn get<const BIG: bool>(tag: u64, bytes: &[u8]) -> #view<'_> {
                let _ = bytes;
                match tag { #get_arms }
            }
            fn read<const BIG: bool>(tag: u64, bytes: &[u8]) -> Self {
                let _ = bytes;
                match tag { #read_arms }
            }
            fn tag(&self) -> #p::Option<u64> {
                match self { #own_tags }
            }
            fn view_len(&self) -> usize {
                match self { #lens }
            }
            fn write<const BIG: bool>(&self, bytes: &mut [u8], type_name: &'static str, field: &'static str, offset: usize) -> #p::Result<(), #p::ViewError> {
                let _ = (&bytes, type_name, field, offset);
                match self { #writes }
            }
            fn fits(&self, type_name: &'static str, field: &'static str, offset: usize) -> #p::Result<(), #p::ViewError> {
                let _ = (type_name, field, offset);
                match self { #fits }
            }
        }
    }
}

/// `tag => value` for each variant with a tag, then `_ =>` the `other` variant's value, or, when
/// there is none, the last variant's (`check_prefix` refused every tag no variant carries).
fn arms(variants: &[Variant], values: &[TokenStream]) -> TokenStream {
    let mut out = TokenStream::new();
    let fallback = variants
        .iter()
        .position(|v| v.tag.is_none())
        .unwrap_or(variants.len().saturating_sub(1));
    for (i, (variant, value)) in variants.iter().zip(values).enumerate() {
        if let (Some(tag), false) = (variant.tag, i == fallback) {
            out.extend(template!([tag, value] #tag => #value,));
        }
    }
    if let Some(value) = values.get(fallback) {
        out.extend(template!([value] _ => #value,));
    }
    out
}
