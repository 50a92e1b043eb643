//! `#[slotmodel::plugin]`: the impl stays as written; a `PluginEntry` describing it is submitted
//! to the trait's registry, and a link guard makes a second claim on its names fail the build.

use proc_macro2::{Group, Span, TokenStream, TokenTree};
use quote::quote;
use syn::spanned::Spanned;
use syn::Type;

use super::shared::type_text;
use crate::attr::plugin::{lit, parse_plugin_args, PluginArgs};
use crate::item::{doc_first_line, snake_case, ImplHeader};

pub fn expand(args: TokenStream, item: TokenStream) -> TokenStream {
    let added = plugin(args, item.clone());
    super::shared::after_item(item, added)
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
        crate::runtime::path(krate)
    };
    let self_ty = &header.self_ty;
    let name = args.name.as_ref().map_or(default_name, syn::LitStr::value);
    // An alias given twice, or equal to the name, is one claim, not a clash with itself.
    let mut aliases: Vec<String> = Vec::new();
    for alias in args.aliases.iter().map(syn::LitStr::value) {
        if alias != name && !aliases.contains(&alias) {
            aliases.push(alias);
        }
    }
    let about = args
        .about
        .as_ref()
        .map_or_else(|| doc_first_line(&header.attrs), syn::LitStr::value);
    let type_name = type_text(self_ty);
    let object = template_spanned!(trait_path.span() => [trait_path] dyn #trait_path);
    // `__args` keeps the call-site span: a user span would put it in another hygiene context
    // when the impl comes from a `macro_rules!`.
    let args_ident = template!([] __args);
    let build = if let Some(constructor) = &args.new {
        // The arguments come first, so that their type is known when the constructor is
        // checked (see `construct`). Every token of the call is placed at the constructor, each
        // keeping its own hygiene (`__args` resolves like the closure's parameter): an error then
        // points at the constructor alone, not at the whole attribute.
        let here = constructor.span();
        let call = template!([private, args_ident, constructor] #private::construct(#args_ident, #constructor));
        located_at(call, here)
    } else {
        template_spanned!(self_ty.span() => [private, self_ty, args_ident] #private::default_plugin::<#self_ty, _>(#args_ident))
    };
    let line = template_spanned!(header.impl_token.span => [private] #private::line!());
    let registry_name = trait_path
        .segments
        .last()
        .map(|s| s.ident.to_string())
        .unwrap_or_default();
    let guards = args.link_guard.then(|| {
        let symbols = std::iter::once(&name)
            .chain(&aliases)
            .map(|claimed| lit(&guard_symbol(&registry_name, claimed)));
        quote!(#(#private::link_guard!(#symbols);)*)
    });
    let aliases = (!aliases.is_empty()).then(|| quote!(.with_aliases(&[#(#aliases),*])));
    let about = (!about.is_empty()).then(|| {
        let about = lit(&about);
        template!([about] .with_about(#about))
    });
    let (name, type_name) = (lit(&name), lit(&type_name));
    // The trait object type is named once, in the closure's return type: `PluginEntry::new`
    // infers the registry from it and the closure's argument from the registry, so a trait
    // without `#[slotmodel::registry]` fails one `Pluggable` bound, reported once, rather than
    // one bound per mention.
    //
    // In a registry with `serde(..)`, a plugin built with `Default` is read from a configuration
    // as its own type, one built by `new = ..` as the registry's arguments; the bound that this
    // needs is checked at the plugin's type or at its constructor.
    let (how, how_span) = match &args.new {
        Some(constructor) => (template!([] FromArgs), constructor.span()),
        None => (template!([] FromSelf), self_ty.span()),
    };
    // Shown at the plugin's type or constructor, resolved where `#private` was written (it may
    // hold a `$crate`).
    let how = located_at(template!([private, how] #private::#how), how_span);
    // Through `registered!`, which reports a missing `registry` feature once.
    template! {[private, self_ty, how, name, type_name, aliases, about, line, args_ident, object, build, guards]  #private::registered! {
        #private::inventory::submit! {
            #private::PluginEntry::registered::<#self_ty, #how>(
                #private::PluginInfo::new(#name, #type_name)
                    #aliases
                    #about
                    .with_location(#private::module_path!(), #private::file!(), #line),
                |#args_ident| -> #private::Box<#object> { #private::Box::new(#build) },
            )
        }
        #private::plugin_serde!(#object, #self_ty);
        #guards
    }}
}

/// The symbol that only one plugin of a registry may define for `claimed`; rustc or the linker
/// quotes it when two do. It can only know the trait's last name, so plugins of two different
/// traits of the same name clash too: the text says how to tell those apart.
fn guard_symbol(registry: &str, claimed: &str) -> String {
    format!(
        "slotmodel: {registry} plugin name {claimed:?} is registered twice; give one of the plugins another name, \
         or, if they belong to two different traits both named {registry}, write `link_guard = false` in the \
         `#[slotmodel::plugin]` of one (its registry's `check()` still finds real duplicates at run time)"
    )
}

/// `tokens`, shown at `span` but resolved where they were written.
pub fn located_at(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut token| {
            if let TokenTree::Group(group) = &token {
                let mut inner = Group::new(group.delimiter(), located_at(group.stream(), span));
                inner.set_span(group.span().located_at(span));
                token = TokenTree::Group(inner);
            } else {
                token.set_span(token.span().located_at(span));
            }
            token
        })
        .collect()
}
