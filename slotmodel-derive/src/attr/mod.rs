//! Attribute parsing. Each attribute has one parser, shared by every derive that accepts it.

pub mod bounded;

/// Which derive reads the input: each parses the attributes it registers, so a mistake in an
/// attribute that only `View` reads is reported once, by `View`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Derive {
    Validate,
    Compact,
    View,
}

impl Derive {
    pub fn name(self) -> &'static str {
        match self {
            Derive::Validate => "Validate",
            Derive::Compact => "Compact",
            Derive::View => "View",
        }
    }
}

/// `message = ".."` and `code = ".."` given with a rule: kept in its errors beside the kind.
#[derive(Clone, Default)]
pub struct Label {
    pub message: Option<String>,
    pub code: Option<String>,
}

impl Label {
    /// Whether a `message` or a `code` was given.
    pub fn is_set(&self) -> bool {
        self.message.is_some() || self.code.is_some()
    }

    /// Takes `message = ".."` or `code = ".."` from `input` when it comes next.
    pub fn parse_key(&mut self, key: &syn::Ident, input: syn::parse::ParseStream) -> syn::Result<bool> {
        let slot = if key == "message" {
            &mut self.message
        } else if key == "code" {
            &mut self.code
        } else {
            return Ok(false);
        };
        if slot.is_some() {
            return Err(syn::Error::new(key.span(), format!("duplicate `{key}`: give it once")));
        }
        let text: syn::LitStr = input.parse().map_err(|e: syn::Error| {
            syn::Error::new(e.span(), format!("`{key}` takes a string literal: `{key} = \"..\"`"))
        })?;
        *slot = Some(text.value());
        Ok(true)
    }
}
pub mod check;
pub mod container;
pub mod field;
pub mod placement;
pub mod plugin;
mod suggest;
pub mod view;

pub use suggest::did_you_mean;

/// The list of valid keys, for error messages: "`a`, `b` or `c`".
pub fn key_list(keys: &[&str]) -> String {
    let quoted: Vec<String> = keys.iter().map(|k| format!("`{k}`")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => quoted.concat(),
    }
}
