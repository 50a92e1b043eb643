//! `#[view(...)]`: byte order and layout of zero-copy views.
//!
//! ```text
//! #[view(endian = "big", size = 1028)]      on the struct: default byte order, declared size
//! #[view(pad_to = 2)]                       on a variable-length struct: each record is padded
//!                                           to a multiple of 2 bytes (RIFF chunks)
//! #[view(endian = "little")]                on a field: its own byte order
//! #[view(skip = 4)]                         on a field: reserved bytes before it
//! #[view(len = length)]                     on a `Vec` field: its length in bytes is the
//!                                           value of the earlier field `length`
//! #[view(count = entries)]                  on a `Vec` field: its number of elements is the
//!                                           value of the earlier field `entries`
//! #[view(tag = kind)]                      on a field whose type is an enum with data: the
//!                                           earlier field `kind` chooses the variant
//! #[view(tag = 1)]                          on a variant of that enum: its tag
//! #[view(bits = 4)]                         on an unsigned or `bool` field: it takes 4 bits of
//!                                           the run of bit fields it belongs to
//! ```

use proc_macro2::Span;
use syn::{Attribute, LitInt, LitStr};

use super::placement::Position;
use super::{did_you_mean, key_list};
use crate::ctxt::Ctxt;

/// A byte order, with where it was written.
#[derive(Clone, Copy)]
pub struct Endian {
    pub big: bool,
    pub span: Span,
}

/// Where a variable-length field's length comes from: `len = field` (bytes) or
/// `count = field` (elements).
pub struct LengthFrom {
    pub field: syn::Ident,
    /// `count`: the field's value counts elements; `len`: bytes.
    pub elements: bool,
    /// The key, for errors.
    pub key: syn::Ident,
}

#[derive(Default)]
pub struct ViewAttrs {
    pub endian: Option<Endian>,
    pub size: Option<LitInt>,
    /// `pad_to = N` on a variable-length struct.
    pub pad_to: Option<LitInt>,
    pub skip: Option<LitInt>,
    pub length: Option<LengthFrom>,
    /// `tag = field`: the field that chooses the variant of this tagged union.
    pub tag: Option<LengthFrom>,
    /// `bits = N`, with the literal for errors.
    pub bits: Option<(u32, LitInt)>,
    /// A `#[view]` here was refused: checks that its keys could have changed say nothing more.
    pub refused: bool,
}

/// Reads every `#[view]` of a container (`container = true`) or a field.
pub fn parse(cx: &Ctxt, attrs: &[Attribute], container: bool) -> ViewAttrs {
    let position = if container { Position::Struct } else { Position::Field };
    let keys = super::placement::keys_of("view", &[position]);
    let mut out = ViewAttrs::default();
    for attr in attrs.iter().filter(|a| a.path().is_ident("view")) {
        let result = attr.parse_nested_meta(|meta| {
            let key = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
            let duplicate = || meta.error(format!("duplicate key `{key}` in `#[view]`: give it once"));
            match key.as_str() {
                // #[view(endian = "big")]
                "endian" => {
                    let lit: LitStr = meta.value()?.parse()?;
                    let big = match lit.value().as_str() {
                        "big" => true,
                        "little" => false,
                        other => {
                            return Err(syn::Error::new(
                                lit.span(),
                                format!(
                                    "unknown byte order {other:?}: write `endian = \"big\"` or `endian = \"little\"`"
                                ),
                            ))
                        }
                    };
                    if out.endian.replace(Endian { big, span: lit.span() }).is_some() {
                        return Err(duplicate());
                    }
                }
                // #[view(size = 1028)]
                "size" if container => once(&mut out.size, byte_count(&meta)?, duplicate)?,
                // #[view(pad_to = 2)]
                "pad_to" if container => {
                    let lit = byte_count(&meta)?;
                    if lit.base10_parse::<usize>()? == 0 {
                        return Err(syn::Error::new(
                            lit.span(),
                            "`pad_to` takes at least 1: `pad_to = 2` pads records to even lengths",
                        ));
                    }
                    once(&mut out.pad_to, lit, duplicate)?;
                }
                // #[view(skip = 4)]
                "skip" if !container => once(&mut out.skip, byte_count(&meta)?, duplicate)?,
                // #[view(bits = 4)]
                "bits" if !container => {
                    let lit: LitInt = meta.value()?.parse()?;
                    let width = lit.base10_parse::<u32>()?;
                    if !(1..=64).contains(&width) {
                        return Err(syn::Error::new(
                            lit.span(),
                            "a bit field takes 1 to 64 bits: `bits = 1` ..= `bits = 64`",
                        ));
                    }
                    if out.bits.replace((width, lit)).is_some() {
                        return Err(duplicate());
                    }
                }
                // #[view(len = length)], #[view(count = entries)]
                "len" | "count" | "tag" if !container => {
                    let value = meta.value()?;
                    let field = if value.peek(LitStr) {
                        // Reported, then read as meant, so that the field is not also refused.
                        let text: LitStr = value.parse()?;
                        cx.syn_error(syn::Error::new(
                            text.span(),
                            format!("`{key}` names a field without quotes: `{key} = {}`", text.value()),
                        ));
                        text.parse()?
                    } else {
                        value.parse()?
                    };
                    let length = LengthFrom {
                        field,
                        elements: key == "count",
                        key: meta
                            .path
                            .get_ident()
                            .cloned()
                            .unwrap_or_else(|| syn::Ident::new("len", Span::call_site())),
                    };
                    if key == "tag" {
                        if out.tag.replace(length).is_some() {
                            return Err(duplicate());
                        }
                    } else if out.length.replace(length).is_some() {
                        return Err(
                            meta.error("give the length once: `len = field` (bytes) or `count = field` (elements)")
                        );
                    }
                }
                _ => {
                    let place = if container { "on a struct" } else { "on a field" };
                    return Err(meta.error(format!(
                        "unknown key `{key}` in `#[view]` {place}{} valid keys there are {}",
                        did_you_mean(&key, &keys),
                        key_list(&keys)
                    )));
                }
            }
            Ok(())
        });
        if let Err(error) = result {
            cx.syn_error(error);
            out.refused = true;
        }
    }
    out
}

/// How a variant of a tagged union is chosen: `#[view(tag = 1)]`, or `#[view(other)]` for every
/// tag no other variant carries.
pub enum VariantTag {
    Tag(u64, LitInt),
    Other(Span),
}

/// The tag of a variant of a tagged union, if it has one.
pub fn variant_tag(cx: &Ctxt, variant: &syn::Variant) -> Option<VariantTag> {
    let mut tag = None;
    for attr in variant.attrs.iter().filter(|a| a.path().is_ident("view")) {
        let result = attr.parse_nested_meta(|meta| {
            let found = if meta.path.is_ident("tag") {
                let value = meta.value()?;
                let not_a_tag = |span| {
                    syn::Error::new(
                        span,
                        "a tag is a non-negative integer that fits the record's tag field, e.g. `tag = 1` or `tag = 0x0800`",
                    )
                };
                let lit: LitInt = value.parse().map_err(|e| not_a_tag(e.span()))?;
                let tag = lit.base10_parse::<u64>().map_err(|_| not_a_tag(lit.span()))?;
                VariantTag::Tag(tag, lit)
            } else if meta.path.is_ident("other") {
                VariantTag::Other(meta.path.get_ident().map_or_else(Span::call_site, syn::Ident::span))
            } else {
                let key = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
                return Err(meta.error(format!(
                    "unknown key `{key}` in `#[view]` on a variant{} the keys there are `tag = N` and `other`",
                    did_you_mean(&key, &super::placement::keys_of("view", &[Position::Variant]))
                )));
            };
            if tag.replace(found).is_some() {
                return Err(meta.error("a variant has one tag: give `tag = N` or `other` once"));
            }
            Ok(())
        });
        if let Err(error) = result {
            cx.syn_error(error);
        }
    }
    tag
}

/// A number of bytes: a literal that fits a `usize`.
fn byte_count(meta: &syn::meta::ParseNestedMeta) -> syn::Result<LitInt> {
    let lit: LitInt = meta.value()?.parse()?;
    lit.base10_parse::<usize>()?;
    Ok(lit)
}

/// Sets a key's value, refusing a second one.
fn once<T>(slot: &mut Option<T>, value: T, duplicate: impl FnOnce() -> syn::Error) -> syn::Result<()> {
    match slot.replace(value) {
        Some(_) => Err(duplicate()),
        None => Ok(()),
    }
}
