//! The macros of [slotmodel](https://docs.rs/slotmodel). Depend on `slotmodel`, which re-exports
//! them with the runtime they expand to; this crate alone is of no use.
//!
//! Each macro is a pipeline: `ast` models the input (attributes parsed by `attr`), `verify`
//! enforces the rules that span several attributes or fields, and `expand` writes the code.

/// `template!([a, b] fn #a() -> #b { .. })`: code written as tokens, as with `quote!`, then
/// every variable the template names with `#`, listed in brackets (see `expand::template`).
macro_rules! template {
    (@fill $span:expr, [$($slot:ident),* $(,)?] $($template:tt)*) => {
        $crate::expand::template::fill(
            $span,
            ::core::stringify!($($template)*),
            &[$((::core::stringify!($slot), &$slot as &dyn ::quote::ToTokens)),*],
        )
    };
    ([$($slot:ident),* $(,)?] $($template:tt)*) => {
        template!(@fill ::core::option::Option::None, [$($slot),*] $($template)*)
    };
}

/// `template!` whose own tokens take a span, as `quote_spanned!`'s do:
/// `template_spanned!(ty.span() => [ty] <#ty as Trait>::f())`.
macro_rules! template_spanned {
    ($span:expr => [$($slot:ident),* $(,)?] $($template:tt)*) => {
        template!(@fill ::core::option::Option::Some($span), [$($slot),*] $($template)*)
    };
}

mod ast;
mod attr;
mod ctxt;
mod expand;
mod item;
mod runtime;
#[cfg(test)]
mod snapshots;
mod ty;
mod verify;

use proc_macro::TokenStream;

/// `#[derive(Validate)]`, re-exported and documented as `slotmodel::Validate`.
#[proc_macro_derive(Validate, attributes(bounded, check, nested, slotmodel))]
pub fn derive_validate(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    expand::derive(&input, ast::Derive::Validate).into()
}

/// `#[derive(Compact)]`, re-exported and documented as `slotmodel::Compact`.
#[proc_macro_derive(Compact, attributes(bounded, check, nested, slotmodel))]
pub fn derive_compact(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    expand::derive(&input, ast::Derive::Compact).into()
}

/// `#[derive(View)]`, re-exported and documented as `slotmodel::View`.
#[proc_macro_derive(View, attributes(bounded, check, nested, slotmodel, view))]
pub fn derive_view(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    expand::derive(&input, ast::Derive::View).into()
}

/// `#[registry]`, re-exported and documented as `slotmodel::registry`.
#[proc_macro_attribute]
pub fn registry(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::registry::expand(args.into(), item.into()).into()
}

/// `#[plugin]`, re-exported and documented as `slotmodel::plugin`.
#[proc_macro_attribute]
pub fn plugin(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::plugin::expand(args.into(), item.into()).into()
}
