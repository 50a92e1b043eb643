//! `#[slotmodel(...)]` on the struct: options shared by every slotmodel derive.
//!
//! ```text
//! #[slotmodel(crate = sm)]                       the path of a renamed `slotmodel` dependency
//! #[slotmodel(constructor = try_new)]            rename `new` (or `constructor = false` to skip it)
//! #[slotmodel(const_constructor = false)]        rename or skip `new_const`
//! #[slotmodel(getters = false, setters = false)] skip the accessors (`true`: also for `pub` fields)
//! #[slotmodel(max_size = 16)]                    fail the build when `size_of::<Self>() > 16`
//! #[slotmodel(getter_prefix = get_)]             getters `get_port` rather than `port`, so that any
//!                                                field name (`new`, `records`, ..) fits beside the
//!                                                generated items
//! #[slotmodel(columns)]                          `Compact` also generates `<Name>Columns`, one
//!                                                bit-packed column per field
//! #[slotmodel(arrow)]                            `Compact` also implements `ArrowRecord` (with
//!                                                slotmodel's `arrow` feature)
//! #[slotmodel(json_schema)]                      `Validate` also implements `schemars::JsonSchema`
//!                                                (with slotmodel's `schemars` feature)
//! #[slotmodel(check = path::to::fn)]             a rule on the whole struct, `fn(&Self) ->
//!                                                Result<(), ValidationErrors>` (repeatable)
//! ```

use proc_macro2::{Span, TokenStream};
use syn::spanned::Spanned;
use syn::{Attribute, Ident, LitBool, Path};

use super::placement::Position;
use super::{did_you_mean, key_list};
use crate::ctxt::Ctxt;

/// A generated item that may be renamed or skipped.
pub enum Naming {
    Default,
    Renamed(Ident),
    Skipped,
}

impl Naming {
    /// The item's name, or `None` when skipped.
    pub fn resolve(&self, default: &str) -> Option<Ident> {
        match self {
            Naming::Default => Some(Ident::new(default, Span::call_site())),
            Naming::Renamed(name) => Some(name.clone()),
            Naming::Skipped => None,
        }
    }
}

#[allow(clippy::struct_excessive_bools, reason = "one switch per container key")]
pub struct ContainerAttrs {
    /// The path of the `slotmodel` crate in generated code.
    pub krate: TokenStream,
    /// Whether `crate = ...` renamed it.
    pub krate_renamed: bool,
    pub constructor: Naming,
    pub const_constructor: Naming,
    /// `None`: accessors for the fields that are not `pub` (a `pub` field is read and
    /// written directly); `Some(all)`: for every field, or for none.
    pub getters: Option<bool>,
    pub setters: Option<bool>,
    /// `max_size = N`: the budget expression.
    pub max_size: Option<syn::Expr>,
    /// `getter_prefix = get_`: put before each named field's getter.
    pub getter_prefix: Option<Ident>,
    /// `columns`: `Compact` generates `<Name>Columns` too.
    pub columns: bool,
    /// `arrow`: `Compact` implements `ArrowRecord` too; where the key stands, for the error
    /// without the feature.
    pub arrow: Option<Span>,
    /// `json_schema`: `Validate` implements `schemars::JsonSchema` too; where the key stands.
    pub json_schema: Option<Span>,
    /// `check = path`: rules on the whole struct, in the order written.
    pub checks: Vec<Path>,
    /// `context = Type`: the run-time data `#[check(with_ctx(..))]` rules read.
    pub context: Option<TokenStream>,
}

impl ContainerAttrs {
    pub fn from_attrs(cx: &Ctxt, attrs: &[Attribute]) -> Self {
        let mut out = ContainerAttrs {
            krate: template!([] ::slotmodel),
            krate_renamed: false,
            constructor: Naming::Default,
            const_constructor: Naming::Default,
            getters: None,
            setters: None,
            max_size: None,
            getter_prefix: None,
            columns: false,
            arrow: None,
            json_schema: None,
            checks: Vec::new(),
            context: None,
        };
        let keys = super::placement::keys_of("slotmodel", &[Position::Struct, Position::Enum]);
        let mut seen: Vec<String> = Vec::new();
        for attr in attrs.iter().filter(|a| a.path().is_ident("slotmodel")) {
            let result = attr.parse_nested_meta(|meta| {
                let key = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
                if seen.contains(&key) && key != "check" {
                    return Err(meta.error(format!("duplicate key `{key}` in `#[slotmodel]`: give it once")));
                }
                match key.as_str() {
                    // #[slotmodel(crate = sm)]
                    "crate" => {
                        let path: Path = meta.value()?.parse()?;
                        out.krate = template!([path] #path);
                        out.krate_renamed = true;
                    }
                    // #[slotmodel(constructor = try_new)]
                    "constructor" => out.constructor = parse_naming(&meta)?,
                    // #[slotmodel(const_constructor = false)]
                    "const_constructor" => out.const_constructor = parse_naming(&meta)?,
                    // #[slotmodel(getters = false)]
                    "getters" => out.getters = Some(meta.value()?.parse::<LitBool>()?.value),
                    // #[slotmodel(setters = false)]
                    "setters" => out.setters = Some(meta.value()?.parse::<LitBool>()?.value),
                    // #[slotmodel(max_size = 16)]
                    "max_size" => out.max_size = Some(parse_size(&meta)?),
                    // #[slotmodel(getter_prefix = get_)]
                    "getter_prefix" => out.getter_prefix = Some(unquoted(&meta, "is written without quotes")?),
                    // #[slotmodel(columns)]
                    "columns" => out.columns = true,
                    // #[slotmodel(arrow)]
                    "arrow" => out.arrow = Some(meta.path.span()),
                    // #[slotmodel(json_schema)]
                    "json_schema" => out.json_schema = Some(meta.path.span()),
                    // #[slotmodel(context = Limits)]
                    "context" => {
                        let ty: syn::Type = meta.value()?.parse()?;
                        out.context = Some(template!([ty] #ty));
                    }
                    // #[slotmodel(check = passwords_match)]
                    "check" => out
                        .checks
                        .push(unquoted(&meta, "takes the path of a function, without quotes")?),
                    _ => {
                        return Err(meta.error(format!(
                            "unknown key `{key}` in `#[slotmodel]`{} valid keys are {}",
                            did_you_mean(&key, &keys),
                            key_list(&keys)
                        )))
                    }
                }
                seen.push(key);
                Ok(())
            });
            if let Err(error) = result {
                cx.syn_error(error);
            }
        }
        out
    }
}

fn parse_naming(meta: &syn::meta::ParseNestedMeta) -> syn::Result<Naming> {
    let value = meta.value()?;
    if value.peek(LitBool) {
        let flag: LitBool = value.parse()?;
        if flag.value {
            return Ok(Naming::Default);
        }
        return Ok(Naming::Skipped);
    }
    Ok(Naming::Renamed(value.parse()?))
}

/// A literal or a constant: `16`, `BUDGET`.
fn parse_size(meta: &syn::meta::ParseNestedMeta) -> syn::Result<syn::Expr> {
    let value = meta.value()?;
    if value.peek(syn::LitInt) {
        let lit: syn::LitInt = value.parse()?;
        lit.base10_parse::<usize>()?;
        return Ok(syn::Expr::Lit(syn::ExprLit {
            attrs: Vec::new(),
            lit: syn::Lit::Int(lit),
        }));
    }
    let path: Path = value.parse()?;
    Ok(syn::Expr::Path(syn::ExprPath {
        attrs: Vec::new(),
        qself: None,
        path,
    }))
}

impl ContainerAttrs {
    /// The runtime's hidden module, under the crate's path.
    pub fn private(&self) -> crate::runtime::Private<'_> {
        crate::runtime::Private::new(self.krate_renamed.then_some(&self.krate))
    }

    /// The `max_size` check, when a budget is given.
    pub fn max_size_check(&self, ident: &Ident) -> TokenStream {
        let Some(budget) = &self.max_size else {
            return TokenStream::new();
        };
        let span = syn::spanned::Spanned::span(budget);
        // Every token takes the budget's span, so an exceeded budget is reported on it.
        let private: TokenStream = crate::runtime::path(&self.krate)
            .into_iter()
            .map(|mut tree| {
                tree.set_span(span);
                tree
            })
            .collect();
        let name = ident.to_string();
        template_spanned! {span => [private, name, ident, budget]
            const _: () = #private::const_check::max_size(#name, #private::size_of::<#ident>(), #budget);
        }
    }
}

/// The value of `key = value`, refusing a quoted one with the unquoted form: `what` says how
/// the key is written.
fn unquoted<T: syn::parse::Parse>(meta: &syn::meta::ParseNestedMeta, what: &str) -> syn::Result<T> {
    let value = meta.value()?;
    if value.peek(syn::LitStr) {
        let text: syn::LitStr = value.parse()?;
        let key = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
        return Err(syn::Error::new(
            text.span(),
            format!("`{key}` {what}: `{key} = {}`", text.value()),
        ));
    }
    value.parse()
}
