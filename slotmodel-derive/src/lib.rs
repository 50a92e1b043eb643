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
mod item;
#[cfg(test)]
mod snapshots;
mod ty;

use proc_macro::TokenStream;

/// Generates validated constructors, getters, setters and `Validate` for a struct whose fields
/// carry `#[bounded]`, `#[check]` and `#[nested]` rules. See the `slotmodel` crate's docs.
#[proc_macro_derive(Validate, attributes(bounded, check, nested, slotmodel))]
pub fn derive_validate(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    expand::validate::derive(&input).into()
}

/// Packs a struct's fields into the bits their types and bounds need (`<Name>Packed`), or a
/// fieldless enum into `ceil(log2(variants))` bits. See the `slotmodel` crate's docs.
#[proc_macro_derive(Compact, attributes(bounded, check, nested, slotmodel))]
pub fn derive_compact(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    expand::compact::derive(&input).into()
}

/// Generates `<Name>View<'a>` and `<Name>ViewMut<'a>`: checked, zero-copy views of a binary
/// record in a byte buffer. On a fieldless enum with an integer `repr`, makes it a view field.
/// See the `slotmodel` crate's docs.
#[proc_macro_derive(View, attributes(bounded, check, nested, slotmodel, view))]
pub fn derive_view(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    expand::view::derive(&input).into()
}

/// Declares a plugin registry for a trait: its implementations can then register themselves
/// with `#[slotmodel::plugin]`, and `slotmodel::registry::<dyn Trait>()` finds them by name.
/// See the `slotmodel` crate's docs.
#[proc_macro_attribute]
pub fn registry(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::registry::expand(args.into(), item.into()).into()
}

/// Registers an impl of a registry trait under a name. See the `slotmodel` crate's docs.
#[proc_macro_attribute]
pub fn plugin(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::plugin::expand(args.into(), item.into()).into()
}
