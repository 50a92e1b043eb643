//! `#[view(...)]`: byte order and layout of zero-copy views.
//!
//! ```text
//! #[view(endian = "big", size = 1028)]      on the struct: default byte order, declared size
//! #[view(endian = "little")]                on a field: its own byte order
//! #[view(skip = 4)]                         on a field: reserved bytes before it
//! ```

use proc_macro2::Span;
use syn::{Attribute, LitInt, LitStr};

use super::{did_you_mean, key_list};
use crate::ctxt::Ctxt;

const CONTAINER_KEYS: &[&str] = &["endian", "size"];
const FIELD_KEYS: &[&str] = &["endian", "skip"];

/// A byte order, with where it was written.
#[derive(Clone, Copy)]
pub struct Endian {
    pub big: bool,
    pub span: Span,
}

#[derive(Default)]
pub struct ViewAttrs {
    pub endian: Option<Endian>,
    pub size: Option<LitInt>,
    pub skip: Option<LitInt>,
}

/// Reads every `#[view]` of a container (`container = true`) or a field.
pub fn parse(cx: &Ctxt, attrs: &[Attribute], container: bool) -> ViewAttrs {
    let keys = if container { CONTAINER_KEYS } else { FIELD_KEYS };
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
                "size" if container => {
                    let lit: LitInt = meta.value()?.parse()?;
                    lit.base10_parse::<usize>()?;
                    if out.size.replace(lit).is_some() {
                        return Err(duplicate());
                    }
                }
                // #[view(skip = 4)]
                "skip" if !container => {
                    let lit: LitInt = meta.value()?.parse()?;
                    lit.base10_parse::<usize>()?;
                    if out.skip.replace(lit).is_some() {
                        return Err(duplicate());
                    }
                }
                _ => {
                    let place = if container { "on a struct" } else { "on a field" };
                    return Err(meta.error(format!(
                        "unknown key `{key}` in `#[view]` {place}{} valid keys there are {}",
                        did_you_mean(&key, keys),
                        key_list(keys)
                    )));
                }
            }
            Ok(())
        });
        if let Err(error) = result {
            cx.syn_error(error);
        }
    }
    out
}
