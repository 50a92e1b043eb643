//! `#[slotmodel::registry]`: the trait stays as written (with `serde(..)`, it gains the
//! `SerdePlugin` supertrait); its trait object type gets a registry.

use proc_macro2::{Punct, Spacing, TokenStream, TokenTree};
use quote::ToTokens;

use super::plugin::located_at;
use crate::attr::plugin::{lit, parse_registry_args, SerdeArgs};
use crate::item::TraitHeader;

pub fn expand(args: TokenStream, item: TokenStream) -> TokenStream {
    match registry(args, item.clone()) {
        Ok((item, added)) => super::shared::after_item(item, Ok(added)),
        Err(error) => super::shared::after_item(item, Err(error)),
    }
}

fn registry(args: TokenStream, item: TokenStream) -> syn::Result<(TokenStream, TokenStream)> {
    let header: TraitHeader = syn::parse2(item.clone())?;
    let args = parse_registry_args(args)?;
    if !header.generics.params.is_empty() {
        return Err(syn::Error::new_spanned(
            &header.generics,
            "a registry trait cannot have generic parameters: each `dyn Trait<T>` would need a registry of its own; pass what varies through `#[slotmodel::registry(args = ..)]` instead",
        ));
    }
    let krate = &args.krate;
    let private = crate::runtime::path(krate);
    let ident = &header.ident;
    let name = ident.to_string();
    let args_ty = args.args.map_or_else(|| template!([]()), |ty| template!([ty] #ty));
    // Spanned at the trait's name: a trait that cannot be a trait object is reported there.
    let object = template_spanned!(ident.span() => [ident] dyn #ident);
    let Some(serde) = &args.serde else {
        return Ok((
            item,
            template! {[private, object, name, args_ty]
                #private::impl_pluggable!(#object, #name, #args_ty);
            },
        ));
    };
    let item = with_serde_supertrait(item, krate, serde);
    let tag = lit(&serde.tag);
    // The one place a missing `serde` feature is reported, at the `serde` key.
    let require = {
        let private = located_at(private.clone(), serde.span);
        template_spanned!(serde.span => [private] #private::serde_registry!(require);)
    };
    Ok((
        item,
        template! {[require, private, object, name, args_ty, tag]
            #require
            #private::impl_pluggable!(#object, #name, #args_ty, tagged #tag);
        },
    ))
}

/// The trait with `SerdePlugin` added to its supertraits, so that `dyn Trait` can be written
/// back with its plugin's name. The header was parsed already: after the trait's name come its
/// supertraits (`:`), a `where` clause or the body (generic traits are refused).
fn with_serde_supertrait(item: TokenStream, krate: &TokenStream, serde: &SerdeArgs) -> TokenStream {
    let private = crate::runtime::path(krate);
    let bound = located_at(template!([private] #private::SerdePlugin), serde.span);
    let mut out = TokenStream::new();
    let mut tokens = item.into_iter().peekable();
    let mut after_trait = false;
    while let Some(token) = tokens.next() {
        let is_trait = matches!(&token, TokenTree::Ident(ident) if ident == "trait");
        token.to_tokens(&mut out);
        if is_trait && !after_trait {
            after_trait = true;
            // The trait's name.
            if let Some(name) = tokens.next() {
                name.to_tokens(&mut out);
            }
            let colon = matches!(tokens.peek(), Some(TokenTree::Punct(p)) if p.as_char() == ':');
            if colon {
                if let Some(colon) = tokens.next() {
                    colon.to_tokens(&mut out);
                }
                out.extend(bound.clone());
                out.extend(template_spanned!(serde.span => [] +));
            } else {
                out.extend([TokenTree::Punct(Punct::new(':', Spacing::Alone))]);
                out.extend(bound.clone());
            }
        }
    }
    out
}
