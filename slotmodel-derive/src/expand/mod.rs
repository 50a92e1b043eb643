//! Code generation, one file per macro, plus the pieces they share.

pub mod plugin;
pub mod registry;
pub mod rules;
pub mod validate;

use proc_macro2::TokenStream;
use quote::ToTokens;

/// A type as a user would write it, for introspection and messages.
pub fn type_text(ty: &impl ToTokens) -> String {
    let text = ty.to_token_stream().to_string();
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        let drop_space = c == ' '
            && (matches!(out.chars().last(), Some('<' | '&' | ':' | '(' | '['))
                || matches!(next, Some('<' | '>' | ',' | ':' | ')' | ']' | ';')));
        if !drop_space {
            out.push(c);
        }
    }
    out
}

/// `#[doc = "..."]` for a generated item, so that crates with `missing_docs` stay quiet.
pub fn doc(text: &str) -> TokenStream {
    quote::quote!(#[doc = #text])
}
