//! The parts of a trait or impl item that the attribute macros need, read without `syn`'s
//! `full` feature (which would double the macros' own build time). The body is kept as tokens
//! and emitted unchanged.

use proc_macro2::{Span, TokenStream};
use syn::parse::{Parse, ParseStream};
use syn::{Attribute, Generics, Ident, Path, Token, Type, Visibility};

/// `pub trait Exporter: Bound { ... }`
pub struct TraitHeader {
    pub ident: Ident,
    pub generics: Generics,
}

impl Parse for TraitHeader {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        input.call(Attribute::parse_outer)?;
        input.parse::<Visibility>()?;
        input.parse::<Option<Token![unsafe]>>()?;
        input.parse::<Option<Token![auto]>>()?;
        if !input.peek(Token![trait]) {
            return Err(syn::Error::new(Span::call_site(), "`#[slotmodel::registry]` goes on a trait declaration: `#[slotmodel::registry] pub trait Exporter { .. }`"));
        }
        input.parse::<Token![trait]>()?;
        let ident: Ident = input.parse()?;
        let generics: Generics = input.parse()?;
        input.parse::<TokenStream>()?;
        Ok(TraitHeader { ident, generics })
    }
}

/// `impl Exporter for CsvExporter { ... }`
pub struct ImplHeader {
    pub attrs: Vec<Attribute>,
    pub impl_token: Token![impl],
    pub generics: Generics,
    /// `None` for an inherent impl.
    pub trait_path: Option<Path>,
    pub self_ty: Type,
}

impl Parse for ImplHeader {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        input.parse::<Option<Token![default]>>()?;
        input.parse::<Option<Token![unsafe]>>()?;
        if !input.peek(Token![impl]) {
            return Err(syn::Error::new(Span::call_site(), "`#[slotmodel::plugin]` goes on a trait impl: `#[slotmodel::plugin] impl Exporter for CsvExporter { .. }`"));
        }
        let impl_token: Token![impl] = input.parse()?;
        let generics: Generics = if input.peek(Token![<]) && !input.peek(Token![<=]) {
            input.parse()?
        } else {
            Generics::default()
        };
        input.parse::<Option<Token![!]>>()?;
        // `impl Trait for Type` or the inherent `impl Type`: read a type, then see whether `for` follows.
        let first: Type = input.parse()?;
        let (trait_path, self_ty) = if input.peek(Token![for]) {
            input.parse::<Token![for]>()?;
            let self_ty: Type = input.parse()?;
            match first {
                Type::Path(path) if path.qself.is_none() => (Some(path.path), self_ty),
                other => return Err(syn::Error::new_spanned(other, "expected the path of a trait")),
            }
        } else {
            (None, first)
        };
        input.parse::<TokenStream>()?;
        Ok(ImplHeader {
            attrs,
            impl_token,
            generics,
            trait_path,
            self_ty,
        })
    }
}

/// The first line of the `///` doc comment among `attrs`, trimmed.
pub fn doc_first_line(attrs: &[Attribute]) -> String {
    attrs
        .iter()
        .filter(|attr| attr.path().is_ident("doc"))
        .find_map(|attr| match &attr.meta {
            syn::Meta::NameValue(nv) => match &nv.value {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(text),
                    ..
                }) => {
                    let line = text.value().trim().to_owned();
                    (!line.is_empty()).then_some(line)
                }
                _ => None,
            },
            _ => None,
        })
        .unwrap_or_default()
}

/// `CsvExporter` → `csv_exporter`, `HTTPServer` → `http_server`.
pub fn snake_case(name: &str) -> String {
    let chars: Vec<char> = name.trim_start_matches("r#").chars().collect();
    let mut out = String::with_capacity(chars.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            let previous_lower = i > 0 && (chars[i - 1].is_lowercase() || chars[i - 1].is_ascii_digit());
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            let after_upper = i > 0 && chars[i - 1].is_uppercase();
            if i > 0 && (previous_lower || (after_upper && next_lower)) && !out.ends_with('_') {
                out.push('_');
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::snake_case;

    #[test]
    fn snake_case_splits_words_and_acronyms() {
        assert_eq!(snake_case("CsvExporter"), "csv_exporter");
        assert_eq!(snake_case("HTTPServer"), "http_server");
        assert_eq!(snake_case("Json"), "json");
        assert_eq!(snake_case("Utf8Decoder"), "utf8_decoder");
        assert_eq!(snake_case("already_snake"), "already_snake");
    }
}
