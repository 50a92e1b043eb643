//! The arguments of `#[slotmodel::registry(...)]` and `#[slotmodel::plugin(...)]`.
//!
//! ```text
//! #[slotmodel::registry(args = ExportOptions)]      constructor arguments for `create_with`
//! #[slotmodel::registry(serde(tag = "type"))]       `Box<dyn Trait>` read from configurations
//! #[slotmodel::plugin(name = "csv", alias = "comma", about = "Comma-separated values",
//!                     new = CsvExporter::new, link_guard = false)]
//! ```

use proc_macro2::{Span, TokenStream};
use syn::meta::ParseNestedMeta;
use syn::spanned::Spanned;
use syn::{LitBool, LitStr, Path, Type};

use super::{did_you_mean, key_list};

const REGISTRY_KEYS: &[&str] = &["args", "crate", "serde"];
const SERDE_KEYS: &[&str] = &["tag"];
const PLUGIN_KEYS: &[&str] = &["name", "alias", "about", "new", "crate", "link_guard"];

pub struct RegistryArgs {
    pub args: Option<Type>,
    pub krate: TokenStream,
    pub serde: Option<SerdeArgs>,
}

/// `serde` or `serde(tag = "..")` on a registry.
pub struct SerdeArgs {
    /// The `serde` key, where a missing feature is reported.
    pub span: Span,
    /// The key of the table that names the plugin; `"type"` unless given.
    pub tag: String,
}

pub fn parse_registry_args(tokens: TokenStream) -> syn::Result<RegistryArgs> {
    let mut out = RegistryArgs {
        args: None,
        krate: template!([] ::slotmodel),
        serde: None,
    };
    let mut seen = Vec::new();
    let parser = syn::meta::parser(|meta| {
        let key = once(&meta, &mut seen, "slotmodel::registry")?;
        match key.as_str() {
            // #[slotmodel::registry(args = ExportOptions)]
            "args" => out.args = Some(meta.value()?.parse()?),
            // #[slotmodel::registry(crate = sm)]
            "crate" => {
                let path: Path = meta.value()?.parse()?;
                out.krate = template!([path] #path);
            }
            // #[slotmodel::registry(serde)], #[slotmodel::registry(serde(tag = "kind"))]
            "serde" => out.serde = Some(parse_serde(&meta)?),
            _ => return Err(unknown(&meta, &key, "slotmodel::registry", REGISTRY_KEYS)),
        }
        Ok(())
    });
    syn::parse::Parser::parse2(parser, tokens)?;
    Ok(out)
}

fn parse_serde(meta: &ParseNestedMeta) -> syn::Result<SerdeArgs> {
    let mut out = SerdeArgs {
        span: meta.path.span(),
        tag: "type".to_owned(),
    };
    if meta.input.peek(syn::Token![=]) {
        return Err(
            meta.error("`serde` takes no value: write `serde` (the tag key is \"type\") or `serde(tag = \"kind\")`")
        );
    }
    if !meta.input.peek(syn::token::Paren) {
        return Ok(out);
    }
    let mut seen = Vec::new();
    meta.parse_nested_meta(|inner| {
        let key = once(&inner, &mut seen, "slotmodel::registry(serde(..))")?;
        match key.as_str() {
            // #[slotmodel::registry(serde(tag = "kind"))]
            "tag" => {
                let value = inner.value()?;
                let tag: LitStr = value.parse().map_err(|error| {
                    syn::Error::new(error.span(), "the tag key is a string literal: `serde(tag = \"type\")`")
                })?;
                if tag.value().is_empty() {
                    return Err(syn::Error::new(
                        tag.span(),
                        "the tag key cannot be empty; write e.g. `serde(tag = \"type\")`",
                    ));
                }
                out.tag = tag.value();
            }
            _ => return Err(unknown(&inner, &key, "slotmodel::registry(serde(..))", SERDE_KEYS)),
        }
        Ok(())
    })?;
    Ok(out)
}

pub struct PluginArgs {
    pub name: Option<LitStr>,
    pub aliases: Vec<LitStr>,
    pub about: Option<LitStr>,
    pub new: Option<Path>,
    pub krate: TokenStream,
    pub link_guard: bool,
}

pub fn parse_plugin_args(tokens: TokenStream) -> syn::Result<PluginArgs> {
    let mut out = PluginArgs {
        name: None,
        aliases: Vec::new(),
        about: None,
        new: None,
        krate: template!([] ::slotmodel),
        link_guard: true,
    };
    let mut seen = Vec::new();
    let mut errors: Option<syn::Error> = None;
    if let Ok(name) = syn::parse2::<LitStr>(tokens.clone()) {
        // #[slotmodel::plugin("csv")]: the name without its key.
        return Err(syn::Error::new(
            name.span(),
            format!(
                "a plugin's name is given with its key: `#[slotmodel::plugin(name = {:?})]`",
                name.value()
            ),
        ));
    }
    let parser = syn::meta::parser(|meta| {
        let key = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
        if key != "alias" {
            once(&meta, &mut seen, "slotmodel::plugin")?;
        }
        match key.as_str() {
            // #[slotmodel::plugin(name = "csv")]
            "name" => out.name = Some(checked_name(meta.value()?.parse()?, &mut errors)),
            // #[slotmodel::plugin(alias = "comma")], repeatable
            "alias" => out.aliases.push(checked_name(meta.value()?.parse()?, &mut errors)),
            // #[slotmodel::plugin(about = "Comma-separated values")]
            "about" => out.about = Some(meta.value()?.parse()?),
            // #[slotmodel::plugin(new = CsvExporter::new)]
            "new" => {
                let value = meta.value()?;
                if value.peek(syn::Token![|]) || value.peek(syn::Token![||]) || value.peek(syn::Token![move]) {
                    return Err(value.error("`new` takes the path of a constructor function, not a closure: write `new = English::new` and define `fn new(args) -> Self`"));
                }
                out.new = Some(value.parse()?);
            }
            // #[slotmodel::plugin(crate = sm)]
            "crate" => {
                let path: Path = meta.value()?.parse()?;
                out.krate = template!([path] #path);
            }
            // #[slotmodel::plugin(link_guard = false)]
            "link_guard" => out.link_guard = meta.value()?.parse::<LitBool>()?.value,
            _ => return Err(unknown(&meta, &key, "slotmodel::plugin", PLUGIN_KEYS)),
        }
        Ok(())
    });
    syn::parse::Parser::parse2(parser, tokens)?;
    match errors {
        Some(error) => Err(error),
        None => Ok(out),
    }
}

/// Names are looked up as typed on a command line or in a file: they must be non-empty and free
/// of whitespace and control characters.
fn checked_name(name: LitStr, errors: &mut Option<syn::Error>) -> LitStr {
    let value = name.value();
    let problem = if value.is_empty() {
        Some("a plugin name cannot be empty; write e.g. `name = \"csv\"`".to_owned())
    } else {
        value.chars().find(|c| c.is_whitespace() || c.is_control()).map(|c| {
            format!("a plugin name cannot contain whitespace or control characters ({c:?} in {value:?}); use `-` or `_` instead")
        })
    };
    if let Some(problem) = problem {
        let error = syn::Error::new(name.span(), problem);
        match errors {
            Some(first) => first.combine(error),
            None => *errors = Some(error),
        }
    }
    name
}

fn once(meta: &ParseNestedMeta, seen: &mut Vec<String>, attribute: &str) -> syn::Result<String> {
    let key = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
    if seen.contains(&key) {
        return Err(meta.error(format!("duplicate key `{key}` in `#[{attribute}]`: give it once")));
    }
    seen.push(key.clone());
    Ok(key)
}

fn unknown(meta: &ParseNestedMeta, key: &str, attribute: &str, keys: &[&str]) -> syn::Error {
    let key = if key.is_empty() {
        quote::ToTokens::to_token_stream(&meta.path).to_string()
    } else {
        key.to_owned()
    };
    meta.error(format!(
        "unknown key `{key}` in `#[{attribute}]`{} valid keys are {}",
        did_you_mean(&key, keys),
        key_list(keys)
    ))
}

/// A string literal for generated code.
pub fn lit(text: &str) -> LitStr {
    LitStr::new(text, Span::call_site())
}
