//! `#[check(...)]`: a rule expression implementing `Check<FieldType>`, or built-in rules by name.
//!
//! ```text
//! #[check(rules::one_of(&["a", "b"]))]     #[check(email)]     #[check(ipv4)]     #[check(required)]
//! #[check(pattern = "^[a-z]+$")]           #[check(prefix = "https://", not_contains = " ")]
//! ```

use proc_macro2::TokenStream;
use syn::parse::{ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{Ident, LitStr, Token};

/// The built-in rules: the name, whether it takes a string, and its `Rule` in `FIELDS`.
const BUILTINS: &[(&str, bool)] = &[
    ("required", false),
    ("email", false),
    ("url", false),
    ("ip", false),
    ("ipv4", false),
    ("ipv6", false),
    ("ascii", false),
    ("alphanumeric", false),
    ("pattern", true),
    ("contains", true),
    ("not_contains", true),
    ("prefix", true),
    ("suffix", true),
];

/// One rule of a `#[check(...)]`.
pub enum CheckRule {
    /// An expression whose type implements `Check<FieldType>`.
    Expr(TokenStream),
    /// A built-in rule: `email`, or `prefix = "https://"`.
    Builtin(Builtin),
    /// `each(..)`: rules on every element of a collection, with the `each` keyword for spans.
    Each(Ident, Vec<CheckRule>),
}

pub struct Builtin {
    pub name: Ident,
    pub arg: Option<LitStr>,
}

impl Builtin {
    /// Whether the rule checks the `Option` itself rather than the value inside.
    pub fn is_required(&self) -> bool {
        self.name == "required"
    }
}

/// The rules of one `#[check(...)]`. Tokens that start with a built-in rule's name are built-in
/// rules, separated by commas; anything else is one rule expression, as before.
pub fn parse(tokens: &TokenStream) -> syn::Result<Vec<CheckRule>> {
    let mut trees = tokens.clone().into_iter();
    if let (Some(proc_macro2::TokenTree::Ident(ident)), Some(proc_macro2::TokenTree::Group(group)), None) =
        (trees.next(), trees.next(), trees.next())
    {
        if ident == "each" && group.delimiter() == proc_macro2::Delimiter::Parenthesis {
            // #[check(each(email))]
            if group.stream().is_empty() {
                return Err(syn::Error::new(
                    ident.span(),
                    "empty `each()`: give the elements' rule, e.g. `#[check(each(email))]`",
                ));
            }
            let inner = parse(&group.stream())?;
            if inner.iter().any(|rule| matches!(rule, CheckRule::Each(..))) {
                return Err(syn::Error::new(ident.span(), "`each` inside `each` is not supported: check the inner elements with a type that derives `Validate` and `#[nested]`"));
            }
            return Ok(vec![CheckRule::Each(ident, inner)]);
        }
    }
    let first = tokens.clone().into_iter().next();
    let starts_builtin = matches!(&first, Some(proc_macro2::TokenTree::Ident(ident)) if BUILTINS.iter().any(|(name, _)| ident == name))
        && !is_call_or_path(tokens);
    if !starts_builtin {
        return Ok(vec![CheckRule::Expr(tokens.clone())]);
    }
    let parser =
        |input: ParseStream| Punctuated::<Builtin, Token![,]>::parse_terminated_with(input, Builtin::parse_one);
    let items = parser.parse2(tokens.clone())?;
    Ok(items.into_iter().map(CheckRule::Builtin).collect())
}

/// `email()` or `email::rule()`: the user's own function or module of that name.
fn is_call_or_path(tokens: &TokenStream) -> bool {
    let mut trees = tokens.clone().into_iter().skip(1);
    match trees.next() {
        Some(proc_macro2::TokenTree::Group(group)) => group.delimiter() == proc_macro2::Delimiter::Parenthesis,
        Some(proc_macro2::TokenTree::Punct(punct)) => punct.as_char() == ':' || punct.as_char() == '.',
        _ => false,
    }
}

impl Builtin {
    fn parse_one(input: ParseStream) -> syn::Result<Self> {
        let name: Ident = input.parse()?;
        let key = name.to_string();
        let Some(&(_, takes_arg)) = BUILTINS.iter().find(|(known, _)| *known == key) else {
            let names: Vec<&str> = BUILTINS.iter().map(|(name, _)| *name).collect();
            return Err(syn::Error::new(
                name.span(),
                format!(
                    "unknown rule `{key}` among built-in rules{} built-in rules are {}; a rule expression goes in its own `#[check(..)]`",
                    super::did_you_mean(&key, &names),
                    super::key_list(&names)
                ),
            ));
        };
        let arg = if input.peek(Token![=]) {
            input.parse::<Token![=]>()?;
            if !takes_arg {
                return Err(syn::Error::new(
                    name.span(),
                    format!("`{key}` takes no value: write `#[check({key})]`"),
                ));
            }
            Some(input.parse::<LitStr>().map_err(|e| {
                syn::Error::new(
                    e.span(),
                    format!("`{key}` takes a string literal: `#[check({key} = \"..\")]`"),
                )
            })?)
        } else {
            None
        };
        if takes_arg && arg.is_none() {
            return Err(syn::Error::new(
                name.span(),
                format!("`{key}` needs a string: `#[check({key} = \"..\")]`"),
            ));
        }
        Ok(Builtin { name, arg })
    }
}
