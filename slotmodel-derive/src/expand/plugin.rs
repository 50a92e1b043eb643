//! `#[slotmodel::plugin]`: the impl stays as written; a `PluginEntry` describing it is submitted
//! to the trait's registry, and a link guard makes a second claim on its names fail the build.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::Type;

use super::type_text;
use crate::attr::plugin::{lit, parse_plugin_args, PluginArgs};
use crate::item::{doc_first_line, snake_case, ImplHeader};

pub fn expand(args: TokenStream, item: TokenStream) -> TokenStream {
    let added = plugin(args, item.clone());
    super::after_item(item, added)
}

fn plugin(args: TokenStream, item: TokenStream) -> syn::Result<TokenStream> {
    let header: ImplHeader = syn::parse2(item)?;
    let args = parse_plugin_args(args);
    let mut errors = Vec::new();
    let Some(trait_path) = &header.trait_path else {
        return Err(syn::Error::new(
            header.impl_token.span,
            "`#[slotmodel::plugin]` registers an impl of a registry trait, and this impl has no trait: write `impl Exporter for CsvExporter`",
        ));
    };
    if !header.generics.params.is_empty() {
        errors.push(syn::Error::new_spanned(
            &header.generics,
            "a generic impl cannot be registered: a registry holds concrete types; register each one, e.g. `#[slotmodel::plugin] impl Exporter for Wrapper<Csv>`",
        ));
    }
    let args = match args {
        Ok(args) => Some(args),
        Err(error) => {
            errors.push(error);
            None
        }
    };
    let default_name = default_name(&header.self_ty);
    if let Some(args) = &args {
        if args.name.is_none() && default_name.is_none() {
            errors.push(syn::Error::new_spanned(
                &header.self_ty,
                "this type has no name to derive a plugin name from; give one: `#[slotmodel::plugin(name = \"...\")]`",
            ));
        }
    }
    let mut errors = errors.into_iter();
    if let Some(mut first) = errors.next() {
        errors.for_each(|e| first.combine(e));
        return Err(first);
    }
    let Some(args) = args else {
        return Ok(TokenStream::new());
    };
    Ok(submission(&header, trait_path, &args, default_name.unwrap_or_default()))
}

fn default_name(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(path) => path
            .path
            .segments
            .last()
            .map(|segment| snake_case(&segment.ident.to_string())),
        Type::Group(group) => default_name(&group.elem),
        _ => None,
    }
}

fn submission(header: &ImplHeader, trait_path: &syn::Path, args: &PluginArgs, default_name: String) -> TokenStream {
    let private = {
        let krate = &args.krate;
        quote!(#krate::__private)
    };
    let self_ty = &header.self_ty;
    let name = args.name.as_ref().map_or(default_name, syn::LitStr::value);
    let aliases: Vec<String> = args.aliases.iter().map(syn::LitStr::value).collect();
    let about = args
        .about
        .as_ref()
        .map_or_else(|| doc_first_line(&header.attrs), syn::LitStr::value);
    let type_name = type_text(self_ty);
    let object = quote_spanned!(trait_path.span()=> dyn #trait_path);
    // `__args` keeps the call-site span: a user span would put it in another hygiene context
    // when the impl comes from a `macro_rules!`.
    let args_ident = quote!(__args);
    // The registry's argument type is fixed first, so a constructor of the wrong shape is
    // reported as such rather than as a type mismatch.
    let build = if let Some(constructor) = &args.new {
        quote_spanned!(constructor.span()=> #private::construct::<_, <#object as #private::Pluggable>::Args, _, _>(#constructor, #args_ident))
    } else {
        quote_spanned!(self_ty.span()=> #private::default_plugin::<#self_ty, _>(#args_ident))
    };
    let line = quote_spanned!(header.impl_token.span=> #private::line!());
    let registry_name = trait_path
        .segments
        .last()
        .map(|s| s.ident.to_string())
        .unwrap_or_default();
    let guards = args.link_guard.then(|| {
        let symbols = std::iter::once(&name).chain(&aliases).map(|claimed| {
            lit(&format!("slotmodel: {registry_name} plugin name {claimed:?} is registered twice; give one of the plugins another name"))
        });
        quote!(#(#private::link_guard!(#symbols);)*)
    });
    let (name, about, type_name) = (lit(&name), lit(&about), lit(&type_name));
    quote! {
        const _: () = {
            fn __slotmodel_create(__args: <#object as #private::Pluggable>::Args) -> #private::Box<#object> {
                #private::Box::new(#build)
            }
            #private::inventory::submit! {
                #private::PluginEntry::<#object>::new(
                    #private::PluginInfo {
                        name: #name,
                        aliases: &[#(#aliases),*],
                        about: #about,
                        type_name: #type_name,
                        module_path: #private::module_path!(),
                        file: #private::file!(),
                        line: #line,
                    },
                    __slotmodel_create,
                )
            }
        };
        #guards
    }
}
