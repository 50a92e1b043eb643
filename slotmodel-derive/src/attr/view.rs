//! `#[view(...)]`: byte order and layout of zero-copy views.
//!
//! ```text
//! #[view(endian = "big", size = 1028)]      on the struct: default byte order, declared size
//! #[view(endian = runtime)]                on the struct: the byte order is given at run time,
//!                                           `RecordView::new(&bytes, Endian::Big)`
//! #[view(big_if = magic == 0xA1B2C3D4)]     on the struct: the byte order is big when the
//!                                           condition over fields read in a fixed order holds
//! #[view(pad_to = 2)]                       on a variable-length struct: each record is padded
//!                                           to a multiple of 2 bytes (RIFF chunks)
//! #[view(endian = "little")]                on a field: its own byte order
//! #[view(skip = 4)]                         on a field: reserved bytes before it
//! #[view(len = length)]                     on a `Vec` field: its length in bytes is the
//!                                           value of the earlier field `length`
//! #[view(count = entries)]                  on a `Vec` field: its number of elements is the
//!                                           value of the earlier field `entries`
//! #[view(len = (ihl - 5) * 4)]              `len`, `count` and `tag` also take an expression
//!                                           over earlier integer fields and integer literals
//!                                           (`+ - * / % << >> & | ^`, parentheses), evaluated
//!                                           in checked arithmetic
//! #[view(tag = kind)]                      on a field whose type is an enum with data: the
//!                                           earlier field `kind` chooses the variant
//! #[view(tag = 1)]                          on a variant of that enum: its tag
//! #[view(bytes = 3)]                        on an integer field: stored in 3 bytes (a 24-bit
//!                                           sample in an `i32`), sign-extended when signed
//! #[view(when = size >= 18)]                on an `Option<T>` field: present when the expression
//!                                           (which may also compare: `== != < <= > >= && ||`)
//!                                           over earlier fields holds
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
/// `count = field` (elements), or an expression over earlier fields (`len = (ihl - 5) * 4`).
pub struct LengthFrom {
    /// The field named; for an expression, the first field it names.
    pub field: syn::Ident,
    /// An expression other than a single field name, and every field it names, in order.
    pub expr: Option<(syn::Expr, Vec<syn::Ident>)>,
    /// `count`: the field's value counts elements; `len`: bytes.
    pub elements: bool,
    /// The key, for errors.
    pub key: syn::Ident,
}

impl LengthFrom {
    /// The source as written: `length`, or `(ihl - 5) * 4`.
    pub fn text(&self) -> String {
        match &self.expr {
            Some((expr, _)) => quote::quote!(#expr).to_string(),
            None => self.field.to_string(),
        }
    }

    /// Every field the source names.
    pub fn names(&self) -> &[syn::Ident] {
        match &self.expr {
            Some((_, names)) => names,
            None => core::slice::from_ref(&self.field),
        }
    }
}

#[derive(Default)]
pub struct ViewAttrs {
    pub endian: Option<Endian>,
    /// `endian = runtime` on the struct: the caller gives the byte order, with where it was written.
    pub runtime: Option<syn::Ident>,
    /// `big_if = cond` on the struct: the byte order is big when the condition holds.
    pub big_if: Option<LengthFrom>,
    pub size: Option<LitInt>,
    /// `pad_to = N` on a variable-length struct.
    pub pad_to: Option<LitInt>,
    pub skip: Option<LitInt>,
    pub length: Option<LengthFrom>,
    /// `tag = field`: the field that chooses the variant of this tagged union.
    pub tag: Option<LengthFrom>,
    /// `when = expr` on an `Option<T>` field: present when the expression is not zero.
    pub when: Option<LengthFrom>,
    /// `rest` on the last field, a `Vec<u8>`: every byte after the fields before it.
    pub rest: Option<syn::Ident>,
    /// `bits = N`, with the literal for errors.
    pub bits: Option<(u32, LitInt)>,
    /// `bytes = N` on an integer field: stored in `N` bytes, fewer than its type takes.
    pub bytes: Option<(usize, LitInt)>,
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
                // #[view(endian = "big")], #[view(endian = runtime)]
                "endian" => {
                    let order = endian(&meta, container)?;
                    if out.endian.is_some() || out.runtime.is_some() {
                        return Err(duplicate());
                    }
                    match order {
                        Ok(fixed) => out.endian = Some(fixed),
                        Err(runtime) => out.runtime = Some(runtime),
                    }
                }
                // #[view(big_if = magic == 0xA1B2C3D4 || magic == 0xA1B23C4D)]
                "big_if" if container => {
                    let condition = length_source(cx, &meta, &key)?;
                    once(&mut out.big_if, condition, duplicate)?;
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
                // #[view(bytes = 3)]
                "bytes" if !container => {
                    let lit = byte_count(&meta)?;
                    let width = lit.base10_parse::<usize>()?;
                    if !(1..=7).contains(&width) {
                        return Err(syn::Error::new(
                            lit.span(),
                            "`bytes` stores an integer in 1 to 7 bytes, fewer than its type takes: `bytes = 3` for a 24-bit `i32` or `u32`",
                        ));
                    }
                    once(&mut out.bytes, (width, lit), duplicate)?;
                }
                // #[view(len = length)], #[view(count = entries)]
                // #[view(when = size >= 18)]
                // #[view(rest)]
                "rest" if !container => {
                    if meta.input.peek(syn::Token![=]) || meta.input.peek(syn::token::Paren) {
                        return Err(meta.error("`rest` takes no value: write `#[view(rest)]` on the last field, a `Vec<u8>`"));
                    }
                    let ident = meta.path.require_ident()?.clone();
                    once(&mut out.rest, ident, duplicate)?;
                }
                "when" if !container => {
                    let when = length_source(cx, &meta, &key)?;
                    once(&mut out.when, when, duplicate)?;
                }
                "len" | "count" | "tag" if !container => {
                    let length = length_source(cx, &meta, &key)?;
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

/// `endian = "big"` or `"little"` (`Ok`), or `runtime` on the struct (`Err`, the word).
fn endian(meta: &syn::meta::ParseNestedMeta, container: bool) -> syn::Result<Result<Endian, syn::Ident>> {
    let value = meta.value()?;
    if value.peek(syn::Ident) {
        let word: syn::Ident = value.parse()?;
        if word != "runtime" {
            return Err(syn::Error::new(word.span(), format!("unknown byte order `{word}`: write `endian = \"big\"`, `endian = \"little\"`, or `endian = runtime` on the struct for an order given at run time")));
        }
        if !container {
            return Err(syn::Error::new(word.span(), "a field's byte order is fixed: write `endian = \"big\"` or `endian = \"little\"` here, and `#[view(endian = runtime)]` on the struct for an order given at run time, which its fields then take"));
        }
        return Ok(Err(word));
    }
    let lit: LitStr = value.parse()?;
    let big = match lit.value().as_str() {
        "big" => true,
        "little" => false,
        other => {
            let runtime = if container {
                ", or `endian = runtime` for an order given at run time"
            } else {
                ""
            };
            return Err(syn::Error::new(
                lit.span(),
                format!("unknown byte order {other:?}: write `endian = \"big\"` or `endian = \"little\"`{runtime}"),
            ));
        }
    };
    Ok(Ok(Endian { big, span: lit.span() }))
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

/// `len = field`, `count = (ihl - 5) * 4` or `tag = kind`: a field, or an expression over fields.
fn length_source(cx: &Ctxt, meta: &syn::meta::ParseNestedMeta, key: &str) -> syn::Result<LengthFrom> {
    let value = meta.value()?;
    let expr: syn::Expr = if value.peek(LitStr) {
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
    let (field, expr) = if let Some(field) = single_field(&expr) {
        (field, None)
    } else {
        let mut names = Vec::new();
        length_expr(&expr, key, key == "when" || key == "big_if", &mut names)?;
        let Some(first) = names.first().cloned() else {
            return Err(syn::Error::new_spanned(&expr, format!("`{key} = ..` names no field, so it is the same in every record: use an array `[T; N]` for a fixed length, or name the earlier field that holds the length")));
        };
        (first, Some((expr, names)))
    };
    Ok(LengthFrom {
        field,
        expr,
        elements: key == "count",
        key: meta
            .path
            .get_ident()
            .cloned()
            .unwrap_or_else(|| syn::Ident::new("len", Span::call_site())),
    })
}

/// The field a length expression names when it is only that: `len = length`.
fn single_field(expr: &syn::Expr) -> Option<syn::Ident> {
    match expr {
        syn::Expr::Path(path) if path.qself.is_none() && path.attrs.is_empty() => path.path.get_ident().cloned(),
        _ => None,
    }
}

/// Checks that a length expression holds only field names, integer literals, arithmetic and
/// parentheses, and collects the field names it holds.
fn length_expr(expr: &syn::Expr, key: &str, compare: bool, names: &mut Vec<syn::Ident>) -> syn::Result<()> {
    use syn::{BinOp, Expr};
    match expr {
        Expr::Paren(inner) => length_expr(&inner.expr, key, compare, names),
        Expr::Group(inner) => length_expr(&inner.expr, key, compare, names),
        // A condition also compares and combines: `when = size >= 18 && format != 1`.
        Expr::Binary(binary)
            if compare
                && matches!(
                    binary.op,
                    BinOp::Eq(_) | BinOp::Ne(_) | BinOp::Lt(_) | BinOp::Le(_) | BinOp::Gt(_) | BinOp::Ge(_) | BinOp::And(_) | BinOp::Or(_)
                ) =>
        {
            length_expr(&binary.left, key, compare, names)?;
            length_expr(&binary.right, key, compare, names)
        }
        Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(lit), .. }) => {
            lit.base10_parse::<u64>()?;
            Ok(())
        }
        Expr::Binary(binary) => match &binary.op {
            BinOp::Add(_)
            | BinOp::Sub(_)
            | BinOp::Mul(_)
            | BinOp::Div(_)
            | BinOp::Rem(_)
            | BinOp::Shl(_)
            | BinOp::Shr(_)
            | BinOp::BitAnd(_)
            | BinOp::BitOr(_)
            | BinOp::BitXor(_) => {
                length_expr(&binary.left, key, compare, names)?;
                length_expr(&binary.right, key, compare, names)
            }
            op => Err(syn::Error::new_spanned(op, format!("`{}` is not integer arithmetic: `{key} = ..` takes `+ - * / % << >> & | ^` over earlier integer fields and integer literals; rewrite this part with those", quote::quote!(#op)))),
        },
        _ => match single_field(expr) {
            Some(field) => {
                names.push(field);
                Ok(())
            }
            None if key == "big_if" => Err(syn::Error::new_spanned(expr, "`big_if = ..` takes integer fields read in a fixed order, integer literals, arithmetic, comparisons (`== != < <= > >=`), `&& ||` and parentheses: write this part with those, e.g. `big_if = magic == 0xA1B2_C3D4`")),
            None => Err(syn::Error::new_spanned(expr, format!("`{key} = ..` takes earlier integer fields, integer literals, `+ - * / % << >> & | ^` and parentheses: write this part with those, e.g. `{key} = (ihl - 5) * 4`"))),
        },
    }
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
