//! Code generation, one file per macro, plus the pieces they share.

pub mod columns;
pub mod compact;
pub mod plugin;
pub mod registry;
pub mod rules;
pub mod stub;
pub mod validate;
pub mod view;
mod view_check;
pub mod view_union;
pub mod view_var;

use proc_macro2::TokenStream;
use quote::ToTokens;

use crate::ast::Derive;
use crate::attr::container::ContainerAttrs;
use crate::attr::placement;
use crate::check;
use crate::ctxt::Ctxt;

/// Every derive: refused when derived twice, its attributes held to the placement table, then
/// expanded, with the items that hold keys read by another derive to that derive's presence.
pub fn derive(input: &syn::DeriveInput, derive: Derive) -> TokenStream {
    let cx = Ctxt::default();
    if check::derived_again(&cx, input, derive) {
        return cx.check().err().map(syn::Error::into_compile_error).unwrap_or_default();
    }
    let foreign = placement::check(&cx, input, derive);
    let mut out = match derive {
        Derive::Validate => validate::derive(cx, input),
        Derive::Compact => compact::derive(cx, input),
        Derive::View => view::derive(cx, input),
    };
    // The crate path alone: the derive itself reported any mistake in the attribute.
    let scratch = Ctxt::default();
    let attrs = ContainerAttrs::from_attrs(&scratch, &input.attrs);
    let _ = scratch.check();
    out.extend(placement::expand(input, derive, &foreign, &Private::new(&attrs)));
    out
}

/// `::slotmodel::__private`, or the renamed crate's, written token by token into the caller's
/// stream: generated code names the runtime by absolute path, dozens of times per struct, and
/// splicing a prepared token stream each time would cost the macro a round trip to the compiler.
pub struct Private<'a> {
    renamed: Option<&'a TokenStream>,
}

impl<'a> Private<'a> {
    pub fn new(attrs: &'a crate::attr::container::ContainerAttrs) -> Self {
        Private {
            renamed: attrs.krate_renamed.then_some(&attrs.krate),
        }
    }
}

impl ToTokens for Private<'_> {
    fn to_tokens(&self, out: &mut TokenStream) {
        use proc_macro2::{Ident, Span};
        use quote::TokenStreamExt;
        if let Some(krate) = self.renamed {
            krate.to_tokens(out);
        } else {
            path_sep(out);
            out.append(Ident::new("slotmodel", Span::call_site()));
        }
        path_sep(out);
        out.append(Ident::new("__private", Span::call_site()));
    }
}

/// Appends `::` to `out`.
pub fn path_sep(out: &mut TokenStream) {
    use proc_macro2::{Punct, Spacing};
    use quote::TokenStreamExt;
    out.append(Punct::new(':', Spacing::Joint));
    out.append(Punct::new(':', Spacing::Alone));
}

/// A type as a user would write it, for introspection and messages.
pub fn type_text(ty: &impl ToTokens) -> String {
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

#[cfg(test)]
#[test]
fn type_text_reads_as_written() {
    let text = |tokens: TokenStream| type_text(&tokens);
    assert_eq!(text(quote::quote!(rules::non_empty())), "rules::non_empty()");
    assert_eq!(
        text(quote::quote!(rules::one_of(&["a", "b"]))),
        "rules::one_of(&[\"a\", \"b\"])"
    );
    assert_eq!(
        text(quote::quote!(Vec<Option<&'static str>>)),
        "Vec<Option<&'static str>>"
    );
    assert_eq!(text(quote::quote!(fn(u8) -> (u8, u8))), "fn(u8) -> (u8, u8)");
    assert_eq!(text(quote::quote!(Rule::new().max(3))), "Rule::new().max(3)");
    assert_eq!(text(quote::quote!([u8; 4])), "[u8; 4]");
}

/// `#[doc = "..."]` for a generated item, so that crates with `missing_docs` stay quiet.
pub fn doc(text: &str) -> TokenStream {
    quote::quote!(#[doc = #text])
}

/// The getter and setter names of a field: `port`/`set_port`, `get`/`set` for the one field of a
/// tuple struct, `get_0`/`set_0` for several.
pub fn accessor_names(
    container: &crate::ast::Container,
    field: &crate::ast::Field,
    index: usize,
) -> (syn::Ident, syn::Ident) {
    let single_tuple = container.style == crate::ast::Style::Tuple && container.fields.len() == 1;
    match (&field.original.ident, single_tuple) {
        (Some(name), _) => {
            let getter = match &container.attrs.getter_prefix {
                Some(prefix) => quote::format_ident!("{}{}", prefix, field.name),
                None => name.clone(),
            };
            (getter, quote::format_ident!("set_{}", field.name))
        }
        (None, true) => (quote::format_ident!("get"), quote::format_ident!("set")),
        (None, false) => (
            quote::format_ident!("get_{}", index),
            quote::format_ident!("set_{}", index),
        ),
    }
}

/// The struct built from one expression per field, as it is declared: `Name { a: .., b: .. }`,
/// `Name(.., ..)` or `Name`.
pub fn construct(container: &crate::ast::Container, values: &[TokenStream]) -> TokenStream {
    let ident = container.ident;
    let members = container.fields.iter().map(|f| &f.member);
    match container.style {
        crate::ast::Style::Named => quote::quote!(#ident { #(#members: #values),* }),
        crate::ast::Style::Tuple => quote::quote!(#ident(#(#values),*)),
        crate::ast::Style::Unit => quote::quote!(#ident),
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
