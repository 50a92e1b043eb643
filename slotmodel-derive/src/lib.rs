//! The macros of [slotmodel](https://docs.rs/slotmodel). Depend on `slotmodel`, which re-exports
//! them with the runtime they expand to; this crate alone is of no use.
//!
//! Each macro is a pipeline: `ast` models the input (attributes parsed by `attr`), `check`
//! enforces the rules that span several attributes or fields, and `expand` writes the code.

mod ast;
mod attr;
mod check;
mod ctxt;
mod expand;
mod ty;

use proc_macro::TokenStream;

/// Generates validated constructors, getters, setters and `Validate` for a struct whose fields
/// carry `#[bounded]`, `#[check]` and `#[nested]` rules. See the `slotmodel` crate's docs.
#[proc_macro_derive(Validate, attributes(bounded, check, nested, slotmodel))]
pub fn derive_validate(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    expand::validate::derive(&input).into()
}
