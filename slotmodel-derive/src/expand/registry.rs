//! `#[slotmodel::registry]`: the trait stays as written; its trait object type gets a registry.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

use crate::attr::plugin::parse_registry_args;
use crate::item::TraitHeader;

pub fn expand(args: TokenStream, item: TokenStream) -> TokenStream {
    let added = registry(args, item.clone());
    super::after_item(item, added)
}

fn registry(args: TokenStream, item: TokenStream) -> syn::Result<TokenStream> {
    let header: TraitHeader = syn::parse2(item)?;
    let args = parse_registry_args(args)?;
    if !header.generics.params.is_empty() {
        return Err(syn::Error::new_spanned(
            &header.generics,
            "a registry trait cannot have generic parameters: each `dyn Trait<T>` would need a registry of its own; pass what varies through `#[slotmodel::registry(args = ..)]` instead",
        ));
    }
    let krate = &args.krate;
    let ident = &header.ident;
    let name = ident.to_string();
    let args_ty = args.args.map_or_else(|| quote!(()), |ty| quote!(#ty));
    // Spanned at the trait's name: a trait that cannot be a trait object is reported there.
    let object = quote_spanned!(ident.span()=> dyn #ident);
    Ok(quote! {
        #krate::__private::impl_pluggable!(#object, #name, #args_ty);
    })
}
