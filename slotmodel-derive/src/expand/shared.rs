//! Pieces of generated code that every macro writes: type names, docs, spans and patterns.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, ToTokens};

use crate::ast::{Container, Style};

/// A type as a user would write it, for introspection and messages.
pub fn type_text(ty: &dyn ToTokens) -> String {
    let text = ty.to_token_stream().to_string();
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let (previous, next) = (out.chars().last(), chars.peek().copied());
        // A call's parentheses follow its name: `non_empty()`, but `-> (u8, u8)`.
        let call = next == Some('(')
            && !out.ends_with("->")
            && previous.is_some_and(|p| p.is_alphanumeric() || p == '_' || p == '>');
        let drop_space = c == ' '
            && (call
                || matches!(previous, Some('<' | '&' | ':' | '(' | '[' | '.'))
                || matches!(next, Some('<' | '>' | ',' | ':' | ')' | ']' | ';' | '.')));
        if !drop_space {
            out.push(c);
        }
    }
    out
}

/// [`type_text`] of a field's type; a plain name (`u32`, `String`) is read off its ident, without
/// printing the type's tokens.
pub fn type_name(ty: &syn::Type) -> String {
    if let syn::Type::Path(syn::TypePath {
        qself: None,
        path,
        attrs,
    }) = ty
    {
        if let (None, Some(segment), 1, true) = (
            &path.leading_colon,
            path.segments.first(),
            path.segments.len(),
            attrs.is_empty(),
        ) {
            if segment.arguments.is_none() {
                return segment.ident.to_string();
            }
        }
    }
    type_text(ty)
}

#[cfg(test)]
#[test]
fn type_text_reads_as_written() {
    let text = |tokens: TokenStream| type_text(&tokens);
    assert_eq!(text(template!([] rules::non_empty())), "rules::non_empty()");
    assert_eq!(
        text(template!([] rules::one_of(&["a", "b"]))),
        "rules::one_of(&[\"a\", \"b\"])"
    );
    assert_eq!(
        text(template!([] Vec<Option<&'static str>>)),
        "Vec<Option<&'static str>>"
    );
    assert_eq!(text(template!([] fn(u8) -> (u8, u8))), "fn(u8) -> (u8, u8)");
    assert_eq!(text(template!([] Rule::new().max(3))), "Rule::new().max(3)");
    assert_eq!(text(template!([] [u8; 4])), "[u8; 4]");
    for ty in [
        "u32",
        "String",
        "r#type",
        "Vec<u8>",
        "::std::string::String",
        "crate::Name",
    ] {
        let ty: syn::Type = syn::parse_str(ty).unwrap();
        assert_eq!(type_name(&ty), type_text(&ty));
    }
}

/// `#[doc = "..."]` for a generated item, so that crates with `missing_docs` stay quiet.
pub fn doc(text: &str) -> TokenStream {
    template!([text] #[doc = #text])
}

/// The struct built from one expression per field, as it is declared: `Name { a: .., b: .. }`,
/// `Name(.., ..)` or `Name`.
pub fn construct(container: &Container, values: &[TokenStream]) -> TokenStream {
    let ident = container.ident;
    let members = container.fields.iter().map(|f| &f.member);
    match container.style {
        Style::Named => quote!(#ident { #(#members: #values),* }),
        Style::Tuple => quote!(#ident(#(#values),*)),
        Style::Unit => template!([ident] #ident),
    }
}

/// `tokens` with every span set to `span`, so that a compile-time check is reported there.
pub fn respan(tokens: &TokenStream, span: proc_macro2::Span) -> TokenStream {
    tokens
        .clone()
        .into_iter()
        .map(|mut tree| {
            tree.set_span(span);
            tree
        })
        .collect()
}

/// An attribute macro's output: the item as written, then what the macro adds, or its error.
/// The item is emitted all the same, so its users see the attribute's error and no others.
pub fn after_item(item: TokenStream, added: syn::Result<TokenStream>) -> TokenStream {
    let mut out = item;
    out.extend(added.unwrap_or_else(syn::Error::into_compile_error));
    out
}

/// `Enum::Variant(__f0, _)`, `Enum::Variant { a: __f0, .. }`: the fields that `bind` picks,
/// bound by reference as `__f{index}`.
pub fn pattern(variant: &syn::Ident, container: &Container, bind: impl Fn(usize) -> bool) -> TokenStream {
    let (ident, fields) = (container.ident, &container.fields);
    let binding = |i: usize| format_ident!("__f{}", i);
    match container.style {
        Style::Unit => template!([ident, variant] #ident::#variant),
        Style::Tuple => {
            let parts = (0..fields.len()).map(|i| {
                if bind(i) {
                    binding(i).into_token_stream()
                } else {
                    template!([] _)
                }
            });
            quote!(#ident::#variant(#(#parts),*))
        }
        Style::Named => {
            let bound: Vec<TokenStream> = fields
                .iter()
                .enumerate()
                .filter(|(i, _)| bind(*i))
                .map(|(i, field)| {
                    let (member, binding) = (&field.member, binding(i));
                    template!([member, binding] #member: #binding)
                })
                .collect();
            let rest = (bound.len() < fields.len()).then(|| template!([]..));
            quote!(#ident::#variant { #(#bound,)* #rest })
        }
    }
}
