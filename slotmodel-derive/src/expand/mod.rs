//! Code generation: a folder per derive (`compact/`, `validate/`, `view/`), a file per attribute
//! macro, and below them the pieces they share (`code`, `rules`, `shared`, `stub`).

pub mod code;
pub mod compact;
pub mod plugin;
pub mod registry;
pub mod rules;
pub mod shared;
pub mod stub;
pub mod template;
pub mod validate;
pub mod view;

use proc_macro2::TokenStream;

use crate::ast::Derive;
use crate::attr::container::ContainerAttrs;
use crate::attr::placement;
use crate::ctxt::Ctxt;
use crate::verify;

/// Every derive: refused when derived twice, its attributes held to the placement table, then
/// expanded, with the items that hold keys read by another derive to that derive's presence.
pub fn derive(input: &syn::DeriveInput, derive: Derive) -> TokenStream {
    let cx = Ctxt::default();
    if verify::derived_again(&cx, input, derive) {
        return cx.check().err().map(syn::Error::into_compile_error).unwrap_or_default();
    }
    let placement = placement::check(&cx, input, derive);
    let mut out = match derive {
        Derive::Validate => validate::derive(cx, input),
        Derive::Compact => compact::derive(cx, input),
        Derive::View => view::derive(cx, input),
    };
    // The crate path alone: the derive itself reported any mistake in the attribute.
    let scratch = Ctxt::default();
    let attrs = ContainerAttrs::from_attrs(&scratch, &input.attrs);
    let _ = scratch.check();
    out.extend(placement::expand(input, derive, &placement, &attrs.private()));
    out
}
