//! `#[check(...)]`: a rule expression implementing `Check<FieldType>`, or built-in rules by name.
//!
//! ```text
//! #[check(rules::one_of(&["a", "b"]))]     #[check(email)]     #[check(ipv4)]     #[check(required)]
//! #[check(pattern = "^[a-z]+$")]           #[check(prefix = "https://", not_contains = " ")]
//! #[check(matches = password)]
//! ```

use proc_macro2::TokenStream;
use syn::parse::{ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{Ident, LitStr, Token};

/// What a built-in rule takes after `=`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Arg {
    Nothing,
    Text,
    /// Another field of the struct: `matches = password`.
    Field,
}

/// The built-in rules and what each takes.
const BUILTINS: &[(&str, Arg)] = &[
    ("required", Arg::Nothing),
    ("email", Arg::Nothing),
    ("url", Arg::Nothing),
    ("ip", Arg::Nothing),
    ("ipv4", Arg::Nothing),
    ("ipv6", Arg::Nothing),
    ("ascii", Arg::Nothing),
    ("alphanumeric", Arg::Nothing),
    ("pattern", Arg::Text),
    ("contains", Arg::Text),
    ("not_contains", Arg::Text),
    ("prefix", Arg::Text),
    ("suffix", Arg::Text),
    ("matches", Arg::Field),
];

/// One rule of a `#[check(...)]`.
pub enum CheckRule {
    /// An expression whose type implements `Check<FieldType>`.
    Expr(TokenStream),
    /// A built-in rule: `email`, or `prefix = "https://"`.
    Builtin(Builtin),
    /// `each(..)`: rules on every element of a collection, with the `each` keyword for spans.
    Each(Ident, Vec<CheckRule>),
    /// `with_ctx(rule)`: a `fn(&FieldType, &Ctx) -> Result<(), ErrorKind>` reading the context.
    WithCtx(Ident, TokenStream),
}

pub struct Builtin {
    pub name: Ident,
    pub arg: Option<TextArg>,
    /// The other field of `matches = other`.
    pub field: Option<Ident>,
}

/// The text a string rule takes: `contains = "://"`, or a constant, `contains = SEPARATOR`.
pub enum TextArg {
    Lit(LitStr),
    Const(syn::Path),
}

impl quote::ToTokens for TextArg {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match self {
            TextArg::Lit(lit) => lit.to_tokens(tokens),
            TextArg::Const(path) => path.to_tokens(tokens),
        }
    }
}

/// Why an empty text makes a rule meaningless, for the rules that take one.
fn empty_text(rule: &str) -> Option<&'static str> {
    match rule {
        "contains" => Some("every string contains the empty one, so this accepts every value: give the text the value must contain"),
        "not_contains" => Some("every string contains the empty one, so this refuses every value: give the text the value must not contain"),
        "prefix" => Some("every string starts with the empty one, so this accepts every value: give the text the value must start with"),
        "suffix" => Some("every string ends with the empty one, so this accepts every value: give the text the value must end with"),
        _ => None,
    }
}

/// A constant given to a string rule, refused by the compiler when it is empty.
pub fn empty_text_check(builtin: &Builtin) -> TokenStream {
    let (Some(TextArg::Const(path)), Some(why)) = (&builtin.arg, empty_text(&builtin.name.to_string())) else {
        return TokenStream::new();
    };
    let message = format!(
        "`{} = {}`: {why}",
        builtin.name,
        quote::ToTokens::to_token_stream(path).to_string().replace(' ', "")
    );
    let span = syn::spanned::Spanned::span(path);
    template_spanned!(span => [path, message] const _: () = ::core::assert!(!#path.is_empty(), #message);)
}

impl Builtin {
    /// Whether the rule checks the `Option` itself rather than the value inside.
    pub fn is_required(&self) -> bool {
        self.name == "required" || self.name == "matches"
    }
}

/// The rules of one `#[check(...)]` and the `message = ".."`, `code = ".."` given last.
pub fn parse_labelled(tokens: &TokenStream) -> syn::Result<(Vec<CheckRule>, super::Label)> {
    use proc_macro2::{Punct, Spacing, TokenTree};
    // The comma-separated segments; `message = ..` and `code = ..` are labels, the rest rules.
    let mut segments: Vec<Vec<TokenTree>> = vec![Vec::new()];
    for tree in tokens.clone() {
        match &tree {
            TokenTree::Punct(p) if p.as_char() == ',' => segments.push(Vec::new()),
            _ => segments.last_mut().map_or((), |segment| segment.push(tree)),
        }
    }
    let is_label = |segment: &[TokenTree]| matches!(segment, [TokenTree::Ident(key), TokenTree::Punct(eq), _] if (key == "message" || key == "code") && eq.as_char() == '=');
    let mut label = super::Label::default();
    let mut rest = TokenStream::new();
    for segment in segments.into_iter().filter(|segment| !segment.is_empty()) {
        if is_label(&segment) {
            let parser = |input: ParseStream| {
                let key: Ident = input.parse()?;
                input.parse::<Token![=]>()?;
                label.parse_key(&key, input)
            };
            parser.parse2(segment.into_iter().collect())?;
        } else {
            if !rest.is_empty() {
                rest.extend([TokenTree::Punct(Punct::new(',', Spacing::Alone))]);
            }
            rest.extend(segment);
        }
    }
    if rest.is_empty() {
        return Err(syn::Error::new_spanned(
            tokens,
            "`message` and `code` go with a rule: `#[check(email, message = \"..\")]`",
        ));
    }
    Ok((parse(&rest)?, label))
}

/// The rules of one `#[check(...)]`. Tokens that start with a built-in rule's name are built-in
/// rules, separated by commas; anything else is one rule expression, as before.
pub fn parse(tokens: &TokenStream) -> syn::Result<Vec<CheckRule>> {
    let mut trees = tokens.clone().into_iter();
    if let (Some(proc_macro2::TokenTree::Ident(ident)), Some(proc_macro2::TokenTree::Group(group)), None) =
        (trees.next(), trees.next(), trees.next())
    {
        if ident == "with_ctx" && group.delimiter() == proc_macro2::Delimiter::Parenthesis {
            // #[check(with_ctx(within_limit))]
            if group.stream().is_empty() {
                return Err(syn::Error::new(
                    ident.span(),
                    "empty `with_ctx()`: name the rule, a `fn(&FieldType, &Ctx) -> Result<(), ErrorKind>`",
                ));
            }
            return Ok(vec![CheckRule::WithCtx(ident, group.stream())]);
        }
        if ident == "each" && group.delimiter() == proc_macro2::Delimiter::Parenthesis {
            // #[check(each(email))]
            if group.stream().is_empty() {
                return Err(syn::Error::new(
                    ident.span(),
                    "empty `each()`: give the elements' rule, e.g. `#[check(each(email))]`",
                ));
            }
            // #[check(each(each(email)))]: the elements of the elements.
            return Ok(vec![CheckRule::Each(ident, parse(&group.stream())?)]);
        }
    }
    let first = tokens.clone().into_iter().next();
    let starts_builtin = matches!(&first, Some(proc_macro2::TokenTree::Ident(ident)) if BUILTINS.iter().any(|(name, _)| ident == name))
        && !is_call_or_path(tokens);
    if !starts_builtin {
        if let (Some(proc_macro2::TokenTree::Ident(ident)), 1) = (&first, tokens.clone().into_iter().count()) {
            let names: Vec<&str> = BUILTINS.iter().map(|(name, _)| *name).collect();
            let text = ident.to_string();
            let suggestion = super::did_you_mean(&text, &names);
            // A lone lowercase name near a built-in rule's is a misspelling, not a constant.
            if suggestion.starts_with(',') && text.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                return Err(syn::Error::new(
                    ident.span(),
                    format!(
                        "unknown rule `{text}`{suggestion} built-in rules are {}",
                        super::key_list(&names)
                    ),
                ));
            }
        }
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
        let Some(&(_, takes)) = BUILTINS.iter().find(|(known, _)| *known == key) else {
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
        let (mut arg, mut field) = (None, None);
        if input.peek(Token![=]) {
            input.parse::<Token![=]>()?;
            match takes {
                Arg::Nothing => {
                    return Err(syn::Error::new(
                        name.span(),
                        format!("`{key}` takes no value: write `#[check({key})]`"),
                    ))
                }
                Arg::Text if key != "pattern" && !input.peek(LitStr) => {
                    arg = Some(TextArg::Const(input.parse::<syn::Path>().map_err(|e| {
                        syn::Error::new(
                            e.span(),
                            format!("`{key}` takes a string literal or a constant: `#[check({key} = \"..\")]`"),
                        )
                    })?));
                }
                Arg::Text => {
                    let lit = input.parse::<LitStr>().map_err(|e| {
                        syn::Error::new(
                            e.span(),
                            format!("`{key}` takes a string literal, compiled when the macro runs: `#[check({key} = \"..\")]`"),
                        )
                    })?;
                    if let (true, Some(why)) = (lit.value().is_empty(), empty_text(&key)) {
                        return Err(syn::Error::new(lit.span(), format!("`{key} = \"\"`: {why}")));
                    }
                    arg = Some(TextArg::Lit(lit));
                }
                Arg::Field => {
                    field = Some(input.parse::<Ident>().map_err(|e| {
                        syn::Error::new(
                            e.span(),
                            format!(
                                "`{key}` takes the name of another field, without quotes: `#[check({key} = password)]`"
                            ),
                        )
                    })?);
                }
            }
        }
        match takes {
            Arg::Text if arg.is_none() => Err(syn::Error::new(
                name.span(),
                format!("`{key}` needs a string: `#[check({key} = \"..\")]`"),
            )),
            Arg::Field if field.is_none() => Err(syn::Error::new(
                name.span(),
                format!("`{key}` needs the field it must equal: `#[check({key} = password)]`"),
            )),
            _ => Ok(Builtin { name, arg, field }),
        }
    }
}
