//! `#[bounded(...)]`: value and length bounds. One parser for every derive, so the attribute
//! means the same on a `Validate`, `Compact` or `View` field.
//!
//! ```text
//! #[bounded(min = 1, max = 65535)]    #[bounded(1..=65535)]    #[bounded(..10)]    #[bounded(0..)]
//! #[bounded(max = MAX_RETRIES)]       #[bounded(len = 1..=64)] #[bounded(min_len = 1, max_len = 64)]
//! #[bounded(min_exclusive = 0.0, max = 1.0)]   #[bounded(bytes = ..=255)]   #[bounded(utf16 = 1..=64)]
//! ```

use proc_macro2::{Spacing, TokenStream, TokenTree};
use quote::{ToTokens, TokenStreamExt};
use syn::parse::discouraged::Speculative;
use syn::parse::{Parse, ParseStream};
use syn::{Attribute, Ident, LitFloat, LitInt, Token};

use super::{did_you_mean, key_list};

const KEYS: &[&str] = &[
    "min",
    "max",
    "min_exclusive",
    "max_exclusive",
    "len",
    "min_len",
    "max_len",
    "bytes",
    "utf16",
    "graphemes",
    "each",
    "message",
    "code",
];

/// What a length bound counts: `len` (characters, or elements), `bytes`, `utf16`, `graphemes`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Chars,
    Bytes,
    Utf16,
    Graphemes,
}

impl Unit {
    /// The `LengthUnit` variant.
    pub fn variant(self) -> &'static str {
        match self {
            Unit::Chars => "Chars",
            Unit::Bytes => "Bytes",
            Unit::Utf16 => "Utf16",
            Unit::Graphemes => "Graphemes",
        }
    }
}

/// A bound as written: a literal (possibly negative) or a constant expression.
#[derive(Clone)]
pub struct Bound {
    pub kind: BoundKind,
    /// The bound's tokens, for spans.
    pub tokens: TokenStream,
    /// The bound as a user would write it, for messages and `FIELDS`.
    text: String,
    /// A literal's type suffix (`u8` in `300u8`), empty when none was written.
    pub suffix: String,
}

impl Bound {
    /// Whether the bound is another field's value, known only at run time.
    pub fn is_field(&self) -> bool {
        matches!(self.kind, BoundKind::Field(_))
    }
}

#[derive(Clone)]
pub enum BoundKind {
    Int {
        negative: bool,
        magnitude: u128,
    },
    Float(f64),
    /// A constant expression: a path such as `MAX_RETRIES` or `u16::MAX`, or arithmetic on them.
    Expr,
    /// Another field of the struct, `self.limit`: checked at run time only.
    Field(Ident),
}

impl Bound {
    fn new(kind: BoundKind, suffix: String, tokens: TokenStream) -> Self {
        let text = tokens.to_string().replace(' ', "");
        Bound {
            kind,
            tokens,
            text,
            suffix,
        }
    }

    /// The bound as a user would write it, for messages and introspection.
    pub fn text(&self) -> &str {
        &self.text
    }
}

/// One side of a bounds pair, remembering where it was given so duplicates can be reported.
#[derive(Clone, Default)]
pub struct Limits {
    pub min: Option<Bound>,
    pub max: Option<Bound>,
    pub min_inclusive: bool,
    pub max_inclusive: bool,
    /// The whole range as written; empty when given by keys.
    range: TokenStream,
}

impl Limits {
    pub fn is_set(&self) -> bool {
        self.min.is_some() || self.max.is_some()
    }

    /// The whole range or pair of keys, for errors about both bounds together. Built when asked
    /// for, which is mostly for an error: joining token streams is a round trip to the compiler.
    pub fn tokens(&self) -> TokenStream {
        if !self.range.is_empty() {
            return self.range.clone();
        }
        // Given by keys: errors about the pair point from the first bound to the last.
        self.min
            .iter()
            .chain(&self.max)
            .flat_map(|b| b.tokens.clone())
            .collect()
    }

    /// Where the bounds start.
    pub fn span(&self) -> proc_macro2::Span {
        let first = if self.range.is_empty() {
            self.min
                .iter()
                .chain(&self.max)
                .find_map(|b| b.tokens.clone().into_iter().next())
        } else {
            self.range.clone().into_iter().next()
        };
        first.map_or_else(proc_macro2::Span::call_site, |t| t.span())
    }
}

/// Bounds on a length, in one unit: a form's limit in characters and a column's in bytes are two.
#[derive(Clone)]
pub struct Length {
    pub limits: Limits,
    /// What the length counts, and the key that said so (`bytes`), for errors.
    pub unit: Unit,
    pub unit_key: Option<Ident>,
}

/// A parsed `#[bounded(...)]`.
pub struct BoundedAttr {
    pub value: Limits,
    /// The length bounds, one per unit, in the order written.
    pub lengths: Vec<Length>,
    /// `each(..)`: bounds on every element of a collection.
    pub each: Option<Box<BoundedAttr>>,
    /// `message = ".."`, `code = ".."`: kept in the errors of these bounds.
    pub label: super::Label,
}

impl BoundedAttr {
    pub fn from_attr(attr: &Attribute) -> syn::Result<Self> {
        let empty = || {
            syn::Error::new_spanned(
                attr,
                "empty `#[bounded]`: give a range such as `#[bounded(1..=10)]` or keys `min`, `max`, `len`",
            )
        };
        let syn::Meta::List(list) = &attr.meta else {
            return Err(empty());
        };
        if list.tokens.is_empty() {
            return Err(empty());
        }
        let mut parsed = BoundedAttr::unbounded();
        attr.parse_args_with(|input: ParseStream| parse_items(input, &mut parsed))?;
        Ok(parsed)
    }

    /// Whether any bound is set, on the value or its length.
    pub fn is_set(&self) -> bool {
        self.value.is_set() || self.has_length()
    }

    /// Whether a length is bounded.
    pub fn has_length(&self) -> bool {
        self.lengths.iter().any(|l| l.limits.is_set())
    }

    /// The bounds of the length in `unit`, added when first named.
    fn length_in(&mut self, unit: Unit, key: Option<&Ident>) -> &mut Length {
        let index = if let Some(index) = self.lengths.iter().position(|l| l.unit == unit) {
            index
        } else {
            self.lengths.push(Length {
                limits: Limits {
                    min_inclusive: true,
                    max_inclusive: true,
                    ..Limits::default()
                },
                unit,
                unit_key: key.filter(|_| unit != Unit::Chars).cloned(),
            });
            self.lengths.len() - 1
        };
        &mut self.lengths[index]
    }
}

impl BoundedAttr {
    fn unbounded() -> Self {
        let limits = Limits {
            min_inclusive: true,
            max_inclusive: true,
            ..Limits::default()
        };
        BoundedAttr {
            value: limits,
            lengths: Vec::new(),
            each: None,
            label: super::Label::default(),
        }
    }
}

fn parse_items(input: ParseStream, out: &mut BoundedAttr) -> syn::Result<()> {
    while !input.is_empty() {
        let is_key = input.peek(Ident) && input.peek2(Token![=]);
        if input.peek(Ident) && input.peek2(syn::token::Paren) {
            // #[bounded(each(1..=10))]
            parse_each(input, out)?;
        } else if is_key {
            parse_key(input, out)?;
        } else {
            // #[bounded(1..=65535)]
            let start = input.fork();
            let range = parse_range(input)?;
            let tokens = tokens_between(&start, input);
            set_limits(&mut out.value, range, tokens, "a range")?;
        }
        if input.is_empty() {
            break;
        }
        input.parse::<Token![,]>()?;
    }
    Ok(())
}

fn parse_each(input: ParseStream, out: &mut BoundedAttr) -> syn::Result<()> {
    let key: Ident = input.parse()?;
    let content;
    syn::parenthesized!(content in input);
    if key != "each" {
        return Err(syn::Error::new(
            key.span(),
            format!("unknown rule `{key}(..)` in `#[bounded]`: `each(..)` bounds the elements of a collection, e.g. `each(1..=10)`"),
        ));
    }
    if out.each.is_some() {
        return Err(syn::Error::new(
            key.span(),
            "duplicate `each` in `#[bounded]`: put every element bound in one `each(..)`",
        ));
    }
    if content.is_empty() {
        return Err(syn::Error::new(
            key.span(),
            "empty `each()`: give the elements' bounds, e.g. `each(1..=10)` or `each(len = 1..=64)`",
        ));
    }
    let mut inner = BoundedAttr::unbounded();
    // #[bounded(each(each(1..=9)))]: the elements of the elements.
    parse_items(&content, &mut inner)?;
    out.each = Some(Box::new(inner));
    Ok(())
}

fn parse_key(input: ParseStream, out: &mut BoundedAttr) -> syn::Result<()> {
    let key: Ident = input.parse()?;
    input.parse::<Token![=]>()?;
    // The name printed once, for every comparison below.
    let name = key.to_string();
    if matches!(name.as_str(), "message" | "code") && out.label.parse_key(&key, input)? {
        return Ok(());
    }
    match name.as_str() {
        // #[bounded(min = 1)]
        "min" => set_one(&mut out.value.min, &key, input.parse()?),
        // #[bounded(max = 65535)]
        "max" => set_one(&mut out.value.max, &key, input.parse()?),
        // #[bounded(min_exclusive = 0.0)]
        "min_exclusive" => {
            out.value.min_inclusive = false;
            set_one(&mut out.value.min, &key, input.parse()?)
        }
        // #[bounded(max_exclusive = 1.0)]
        "max_exclusive" => {
            out.value.max_inclusive = false;
            set_one(&mut out.value.max, &key, input.parse()?)
        }
        // #[bounded(min_len = 1)]
        "min_len" => set_one(&mut out.length_in(Unit::Chars, None).limits.min, &key, input.parse()?),
        // #[bounded(max_len = 64)]
        "max_len" => set_one(&mut out.length_in(Unit::Chars, None).limits.max, &key, input.parse()?),
        // #[bounded(len = 1..=64)], #[bounded(len = 16)], #[bounded(bytes = ..=255)]
        "len" | "bytes" | "utf16" | "graphemes" => {
            let unit = match name.as_str() {
                "len" => Unit::Chars,
                "bytes" => Unit::Bytes,
                "utf16" => Unit::Utf16,
                _ => Unit::Graphemes,
            };
            let start = input.fork();
            let range = if is_range_ahead(input) {
                parse_range(input)?
            } else {
                let exact: Bound = input.parse()?;
                Range {
                    min: Some(exact.clone()),
                    max: Some(exact),
                    max_inclusive: true,
                }
            };
            let tokens = tokens_between(&start, input);
            set_limits(
                &mut out.length_in(unit, Some(&key)).limits,
                range,
                tokens,
                &format!("`{name}`"),
            )
        }
        _ => Err(syn::Error::new(
            key.span(),
            format!(
                "unknown key `{name}` in `#[bounded]`{} valid keys are {}, or write a range such as `1..=10`",
                did_you_mean(&name, KEYS),
                key_list(KEYS)
            ),
        )),
    }
}

fn set_one(slot: &mut Option<Bound>, key: &Ident, bound: Bound) -> syn::Result<()> {
    if slot.is_some() {
        if key.to_string().ends_with("exclusive") {
            return Err(syn::Error::new(
                key.span(),
                format!("`{key}` repeats a bound given before: a bound is either inclusive or exclusive; keep one"),
            ));
        }
        return Err(syn::Error::new(
            key.span(),
            format!("duplicate key `{key}` in `#[bounded]`: each bound may be given once"),
        ));
    }
    *slot = Some(bound);
    Ok(())
}

struct Range {
    min: Option<Bound>,
    max: Option<Bound>,
    max_inclusive: bool,
}

fn set_limits(limits: &mut Limits, range: Range, tokens: TokenStream, what: &str) -> syn::Result<()> {
    if limits.is_set() {
        return Err(syn::Error::new_spanned(
            tokens,
            format!("duplicate bounds in `#[bounded]`: {what} repeats bounds given before; keep one"),
        ));
    }
    *limits = Limits {
        min: range.min,
        max: range.max,
        min_inclusive: true,
        max_inclusive: range.max_inclusive,
        range: tokens,
    };
    Ok(())
}

fn is_range_ahead(input: ParseStream) -> bool {
    let fork = input.fork();
    if fork.peek(Token![..]) {
        return true;
    }
    fork.parse::<Bound>().is_ok() && fork.peek(Token![..])
}

/// `a..=b`, `a..b`, `..=b`, `..b` or `a..`.
fn parse_range(input: ParseStream) -> syn::Result<Range> {
    let min = if input.peek(Token![..]) {
        None
    } else {
        Some(input.parse::<Bound>()?)
    };
    let (max_inclusive, operator) = if input.peek(Token![..=]) {
        (true, input.parse::<Token![..=]>()?.into_token_stream())
    } else if input.peek(Token![..]) {
        (false, input.parse::<Token![..]>()?.into_token_stream())
    } else {
        return Err(input.error("expected a range such as `1..=10`, or a key: `min = 1`"));
    };
    let at_end = input.is_empty() || input.peek(Token![,]);
    let max = if at_end { None } else { Some(input.parse::<Bound>()?) };
    match (&min, &max) {
        (None, None) => Err(syn::Error::new_spanned(
            operator,
            "a range needs a bound: write `1..`, `..=10` or `1..=10`",
        )),
        (_, None) if max_inclusive => Err(syn::Error::new_spanned(
            operator,
            "`..=` needs an upper bound; for no upper bound write `1..`",
        )),
        _ => {
            let max_inclusive = max_inclusive || max.is_none();
            Ok(Range {
                min,
                max,
                max_inclusive,
            })
        }
    }
}

impl Parse for Bound {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        if let Some(bound) = plain_integer(input) {
            return Ok(bound);
        }
        let start = input.fork();
        let literal = input.fork();
        if let Some((kind, suffix)) = parse_literal(&literal)? {
            if literal.is_empty() || literal.peek(Token![,]) || literal.peek(Token![..]) {
                input.advance_to(&literal);
                return Ok(Bound::new(kind, suffix, tokens_between(&start, input)));
            }
        }
        if input.peek(syn::LitStr) {
            let text: syn::LitStr = input.parse()?;
            return Err(syn::Error::new(
                text.span(),
                format!(
                    "a bound is a number or a constant, not a string: write `{}` without the quotes",
                    text.value()
                ),
            ));
        }
        // Anything else up to the next `,` or `..` is a constant expression: `MAX_RETRIES`,
        // `u16::MAX`, `<T>::MAX - 1`. The compiler types it against the field.
        while !input.is_empty() && !input.peek(Token![,]) && !input.peek(Token![..]) {
            input.parse::<TokenTree>()?;
        }
        let tokens = tokens_between(&start, input);
        if tokens.is_empty() {
            return Err(input.error(
                "expected a bound: a number such as `-1`, `65535` or `0.5`, or a constant such as `MAX_RETRIES`",
            ));
        }
        let mut trees = tokens.clone().into_iter();
        if let (Some(TokenTree::Ident(this)), Some(TokenTree::Punct(dot)), Some(TokenTree::Ident(field)), None) =
            (trees.next(), trees.next(), trees.next(), trees.next())
        {
            if this == "self" && dot.as_char() == '.' {
                return Ok(Bound::new(BoundKind::Field(field), String::new(), tokens));
            }
        }
        Ok(Bound::new(BoundKind::Expr, String::new(), tokens))
    }
}

/// `65535` or `-1` followed by the end, `,` or `..`: the common bound, read from the cursor
/// without the literal parsers, whose work (suffixes, bases, `_`) it does not need. Anything
/// else is left to the general path below.
fn plain_integer(input: ParseStream) -> Option<Bound> {
    let cursor = input.cursor();
    let (minus, cursor) = match cursor.punct() {
        Some((punct, rest)) if punct.as_char() == '-' => (Some(punct), rest),
        _ => (None, cursor),
    };
    let (lit, rest) = cursor.literal()?;
    let ends = match rest.punct() {
        None => rest.eof(),
        Some((punct, after)) => {
            punct.as_char() == ','
                || (punct.as_char() == '.'
                    && punct.spacing() == Spacing::Joint
                    && after.punct().is_some_and(|(next, _)| next.as_char() == '.'))
        }
    };
    if !ends {
        return None;
    }
    let digits = lit.to_string();
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let magnitude = digits.parse::<u128>().ok()?;
    let mut tokens = TokenStream::new();
    let mut text = String::with_capacity(digits.len() + 1);
    let negative = minus.is_some();
    if let Some(minus) = minus {
        tokens.append(minus);
        text.push('-');
    }
    text.push_str(&digits);
    tokens.append(lit);
    // Consumed only now that the bound is known to be plain: the sign, then the literal, walked
    // as above so that a bound a declarative macro passed in (an invisible group) is left whole.
    input
        .step(|cursor| {
            let mut rest = *cursor;
            if negative {
                rest = rest.punct().map_or(rest, |(_, next)| next);
            }
            rest = rest.literal().map_or(rest, |(_, next)| next);
            Ok(((), rest))
        })
        .ok()?;
    Some(Bound {
        kind: BoundKind::Int {
            negative: negative && magnitude != 0,
            magnitude,
        },
        tokens,
        text,
        suffix: String::new(),
    })
}

/// The type suffixes Rust accepts on a number literal.
pub const SUFFIXES: &[&str] = &[
    "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize", "f32", "f64",
];

/// `-1`, `65535`, `0.5`, `300u16`: a literal the macro can check against the field's type, with
/// its suffix. A suffix Rust does not know (`10xyz`, or `p3` in `0x1p3`) is an error here.
fn parse_literal(input: ParseStream) -> syn::Result<Option<(BoundKind, String)>> {
    let negative = input.parse::<Option<Token![-]>>()?.is_some();
    let (kind, suffix, span) = if input.peek(LitInt) {
        let lit: LitInt = input.parse()?;
        // A negative literal arrives as one token when a declarative macro forwards it.
        let digits = lit.base10_digits();
        let (negative, digits) = match digits.strip_prefix('-') {
            Some(rest) => (!negative, rest),
            None => (negative, digits),
        };
        let magnitude = digits
            .parse::<u128>()
            .map_err(|_| syn::Error::new(lit.span(), "this bound does not fit in 128 bits"))?;
        let kind = if matches!(lit.suffix(), "f32" | "f64") {
            // `2f64` is an integer written as a float: keep it a float.
            #[allow(clippy::cast_precision_loss, reason = "a float bound written as an integer")]
            let value = magnitude as f64;
            BoundKind::Float(if negative { -value } else { value })
        } else {
            BoundKind::Int {
                negative: negative && magnitude != 0,
                magnitude,
            }
        };
        (kind, lit.suffix().to_owned(), lit.span())
    } else if input.peek(LitFloat) {
        let lit: LitFloat = input.parse()?;
        let value: f64 = lit.base10_parse()?;
        (
            BoundKind::Float(if negative { -value } else { value }),
            lit.suffix().to_owned(),
            lit.span(),
        )
    } else {
        return Ok(None);
    };
    if !suffix.is_empty() && !SUFFIXES.contains(&suffix.as_str()) {
        return Err(syn::Error::new(
            span,
            format!("`{suffix}` is not a number type suffix: write the bound without it, or with the field's type (`10u32`, `1.5f64`)"),
        ));
    }
    Ok(Some((kind, suffix)))
}

/// The tokens consumed between `start` (a fork taken earlier) and `end`.
fn tokens_between(start: ParseStream, end: ParseStream) -> TokenStream {
    let mut tokens = TokenStream::new();
    let stop = end.cursor();
    let mut cursor = start.cursor();
    while cursor != stop {
        let Some((tree, next)) = cursor.token_tree() else { break };
        tokens.extend(std::iter::once(tree));
        cursor = next;
    }
    tokens
}

#[cfg(test)]
mod tests {
    use proc_macro2::{Delimiter, Group, TokenStream};

    use super::{BoundKind, BoundedAttr};

    fn parse(args: &TokenStream) -> BoundedAttr {
        let attr: syn::Attribute = syn::parse_quote!(#[bounded(#args)]);
        BoundedAttr::from_attr(&attr).unwrap_or_else(|e| panic!("{e}"))
    }

    fn int(kind: &BoundKind) -> (bool, u128) {
        match kind {
            BoundKind::Int { negative, magnitude } => (*negative, *magnitude),
            _ => panic!("not an integer bound"),
        }
    }

    #[test]
    fn plain_integers_and_ranges() {
        let keys = parse(&template!([] min = -5, max = 1005));
        let (min, max) = (keys.value.min.unwrap(), keys.value.max.unwrap());
        assert_eq!((int(&min.kind), min.text()), ((true, 5), "-5"));
        assert_eq!((int(&max.kind), max.text()), ((false, 1005), "1005"));
        let range = parse(&template!([] 1..=10));
        assert_eq!(int(&range.value.max.as_ref().unwrap().kind), (false, 10));
        assert_eq!(range.value.tokens().to_string().replace(' ', ""), "1..=10");
        // Not plain: left to the literal parsers, which keep what was written.
        let written = parse(&template!([] min = 1_000, max = 0x10u32));
        assert_eq!(written.value.min.unwrap().text(), "1_000");
        assert_eq!(written.value.max.unwrap().suffix, "u32");
    }

    /// A declarative macro passes `$min:expr` in an invisible group: read through it, and
    /// take the group alone, not the comma after it.
    #[test]
    fn bounds_a_macro_passed_in() {
        let min = Group::new(Delimiter::None, template!([] - 5));
        let max = Group::new(Delimiter::None, template!([] - 1));
        let attr = parse(&template!([min, max] min = #min, max = #max));
        assert_eq!(int(&attr.value.min.unwrap().kind), (true, 5));
        assert_eq!(int(&attr.value.max.unwrap().kind), (true, 1));
    }
}
