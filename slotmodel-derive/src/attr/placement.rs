//! Where each attribute key may stand and which derives read it: one table, consulted by every
//! derive before it reads its input, and printed in the reference docs. An attribute that no
//! derive reads where it stands would check nothing, silently: it is an error on its tokens.

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::{Attribute, Data, DeriveInput};

use super::Derive;
use crate::ctxt::Ctxt;

/// A place an attribute can be written.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Position {
    Struct,
    Enum,
    /// A struct's field.
    Field,
    Variant,
    /// A field of an enum's variant.
    VariantField,
}

impl Position {
    fn noun(self) -> &'static str {
        match self {
            Position::Struct => "a struct",
            Position::Enum => "an enum",
            Position::Field => "a struct's field",
            Position::Variant => "a variant",
            Position::VariantField => "a variant's field",
        }
    }
}

use Derive::{Compact as C, Validate as V, View as W};
use Position::{Enum as E, Field as F, Struct as S, Variant as Va, VariantField as VF};

/// One key, or a whole attribute when `key` is empty, and the derives that read it in each
/// position where it may stand.
pub struct Key {
    pub attr: &'static str,
    pub name: &'static str,
    pub cells: &'static [(Position, &'static [Derive])],
    /// Derives that refuse the key with a reason of their own (a rule they cannot enforce), so
    /// that the table asks no more of them.
    pub refused_by: &'static [Derive],
}

const ALL: &[Derive] = &[V, C, W];

const fn key(attr: &'static str, name: &'static str, cells: &'static [(Position, &'static [Derive])]) -> Key {
    Key {
        attr,
        name,
        cells,
        refused_by: &[],
    }
}

/// Every attribute key of the derives. The rule attributes are read whole; their own keys
/// (`min`, `len`, `email`, ..) are the same wherever the attribute may stand.
pub const TABLE: &[Key] = &[
    key("bounded", "", &[(F, ALL), (VF, &[V, C])]),
    key("check", "", &[(F, ALL), (VF, &[V, C])]),
    key("nested", "", &[(F, ALL), (VF, &[V, C])]),
    key("slotmodel", "crate", &[(S, ALL), (E, ALL)]),
    key("slotmodel", "constructor", &[(S, &[V])]),
    key("slotmodel", "const_constructor", &[(S, &[V])]),
    key("slotmodel", "getters", &[(S, &[V])]),
    key("slotmodel", "setters", &[(S, &[V])]),
    key("slotmodel", "max_size", &[(S, ALL), (E, &[C])]),
    key("slotmodel", "getter_prefix", &[(S, ALL)]),
    key("slotmodel", "columns", &[(S, &[C])]),
    key("slotmodel", "arrow", &[(S, &[C])]),
    key("slotmodel", "json_schema", &[(S, &[V])]),
    Key {
        attr: "slotmodel",
        name: "check",
        cells: &[(S, &[V])],
        refused_by: &[C, W],
    },
    key("slotmodel", "context", &[(S, &[V])]),
    key("view", "endian", &[(S, &[W]), (F, &[W])]),
    key("view", "size", &[(S, &[W])]),
    key("view", "pad_to", &[(S, &[W])]),
    key("view", "big_if", &[(S, &[W])]),
    key("view", "skip", &[(F, &[W])]),
    key("view", "len", &[(F, &[W])]),
    key("view", "count", &[(F, &[W])]),
    key("view", "tag", &[(F, &[W]), (Va, &[W])]),
    key("view", "bits", &[(F, &[W])]),
    key("view", "bytes", &[(F, &[W])]),
    key("view", "when", &[(F, &[W])]),
    key("view", "rest", &[(F, &[W])]),
    key("view", "other", &[(Va, &[W])]),
];

/// The attributes whose keys the table lists, read key by key; the rest are read whole.
const BY_KEY: &[&str] = &["slotmodel", "view"];

/// The keys of `attr` that may stand in one of `positions`, in the table's order: what its
/// parser accepts there and lists when it meets another.
pub fn keys_of(attr: &str, positions: &[Position]) -> Vec<&'static str> {
    TABLE
        .iter()
        .filter(|k| k.attr == attr && k.cells.iter().any(|(p, _)| positions.contains(p)))
        .map(|k| k.name)
        .collect()
}

fn lookup(attr: &str, key: &str) -> Option<&'static Key> {
    TABLE.iter().find(|k| k.attr == attr && k.name == key)
}

impl Key {
    fn readers(&self, position: Position) -> Option<&'static [Derive]> {
        self.cells.iter().find(|(p, _)| *p == position).map(|(_, d)| *d)
    }

    fn is_rule(&self) -> bool {
        matches!(self.attr, "bounded" | "check" | "nested")
    }

    fn written(&self) -> String {
        match (self.name, self.attr) {
            ("", "nested") => "`#[nested]`".to_owned(),
            ("", attr) => format!("`#[{attr}]`"),
            (key, attr) => format!("`{key}` in `#[{attr}]`"),
        }
    }

    /// "on a struct or a struct's field".
    fn places(&self) -> String {
        let nouns: Vec<&str> = self.cells.iter().map(|(p, _)| p.noun()).collect();
        match nouns.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
            _ => nouns.concat(),
        }
    }
}

/// A key of this derive's input that another derive reads: the input must derive that one too.
pub struct Foreign {
    pub span: Span,
    pub reader: Derive,
}

/// What [`check`] found: the keys of the input that only another derive reads, and whether
/// another derive may ask for this one's marker.
pub struct Placement {
    pub foreign: Vec<Foreign>,
    /// The input holds a key that this derive reads first and another derive would not read:
    /// that derive asks for this one's marker trait.
    pub marked: bool,
}

/// Refuses every listed attribute written where no derive reads it, or where `derive` would
/// ignore it; returns the keys that only another derive reads.
pub fn check(cx: &Ctxt, input: &DeriveInput, derive: Derive) -> Placement {
    let mut foreign = Vec::new();
    let mut marked = false;
    let mut visit = |attrs: &[Attribute], at: At| {
        for (key, tokens, name) in keys(attrs) {
            marked |= asks_for(key, at.0, derive);
            place(cx, derive, key, at, &tokens, name, &mut foreign);
        }
    };
    match &input.data {
        Data::Struct(data) => {
            visit(&input.attrs, At(S, None));
            data.fields.iter().for_each(|f| visit(&f.attrs, At(F, None)));
        }
        Data::Enum(data) => {
            visit(&input.attrs, At(E, None));
            for variant in &data.variants {
                visit(&variant.attrs, At(Va, Some(&variant.ident)));
                variant
                    .fields
                    .iter()
                    .for_each(|f| visit(&f.attrs, At(VF, Some(&variant.ident))));
            }
        }
        Data::Union(_) => {}
    }
    Placement { foreign, marked }
}

/// Whether another derive, meeting `key` at `position`, asks for `derive`'s marker (see
/// [`place`]): `derive` is the key's first reader there, and some derive neither reads nor
/// refuses it. A rule is refused outright instead.
fn asks_for(key: &Key, position: Position, derive: Derive) -> bool {
    let Some(readers) = key.readers(position) else {
        return false;
    };
    readers.first() == Some(&derive)
        && !key.is_rule()
        && ALL.iter().any(|d| !readers.contains(d) && !key.refused_by.contains(d))
}

/// A position, with the variant it is in, for examples in messages.
#[derive(Clone, Copy)]
struct At<'a>(Position, Option<&'a syn::Ident>);

fn place(
    cx: &Ctxt,
    derive: Derive,
    key: &'static Key,
    at: At,
    tokens: &Written,
    name: Span,
    foreign: &mut Vec<Foreign>,
) {
    match key.readers(at.0) {
        Some(readers) if readers.contains(&derive) || key.refused_by.contains(&derive) => {}
        // A rule that this derive cannot check would let it build values that break it.
        Some(_) if key.is_rule() => cx.error_spanned_by(tokens, misplaced(key, at)),
        Some(readers) => foreign.extend(readers.first().map(|&reader| Foreign { span: name, reader })),
        // The View derive refuses its own keys in the wrong place as it parses them, except
        // on a variant's field, which it never reads.
        None if key.attr == "view" && at.0 != Position::VariantField => {}
        None => cx.error_spanned_by(tokens, misplaced(key, at)),
    }
}

fn misplaced(key: &Key, At(position, variant): At) -> String {
    let written = key.written();
    let fix = match (key.attr, position) {
        ("bounded" | "check" | "nested", Position::Variant) => {
            let example = if key.attr == "nested" { "#[nested]".to_owned() } else { format!("#[{}(..)]", key.attr) };
            let v = variant.map_or_else(|| "Variant".to_owned(), ToString::to_string);
            format!("put it on the field it applies to, e.g. `{v}({example} Type)` or `{v} {{ {example} value: Type }}`")
        }
        ("bounded" | "check" | "nested", Position::VariantField) => "would go unchecked by `#[derive(View)]`, which reads a tagged union's payload through the payload's own type: put the rule on a field of the struct the variant holds".to_owned(),
        ("check", Position::Struct) => "put it on the field it applies to; a rule on the whole struct is `#[slotmodel(check = path::to::fn)]`".to_owned(),
        ("bounded" | "check" | "nested", _) => "put it on the field it applies to, e.g. `#[bounded(1..=10)] port: u16`".to_owned(),
        ("slotmodel", Position::Field | Position::VariantField | Position::Variant) => {
            "put `#[slotmodel(..)]` on the struct or enum".to_owned()
        }
        ("view", Position::VariantField) => "a tagged union's payload is read through its own type: put the key on a field of the struct the variant holds".to_owned(),
        ("slotmodel", Position::Enum) => "an enum's variants are built directly, without constructors or accessors; remove it".to_owned(),
        _ => "remove it".to_owned(),
    };
    if key.readers(position).is_some() {
        return format!("{written} on {} {fix}", position.noun());
    }
    format!("{written} goes on {}, not on {}: {fix}", key.places(), position.noun())
}

/// Where a key is written, turned into tokens only for an error: most keys stand where they belong.
enum Written<'a> {
    /// An attribute read whole, such as `#[bounded(..)]`.
    Attr(&'a Attribute),
    /// A key inside `#[slotmodel(..)]` or `#[view(..)]`.
    Key(syn::Ident),
}

impl ToTokens for Written<'_> {
    fn to_tokens(&self, out: &mut TokenStream) {
        match self {
            Written::Attr(attr) => attr.to_tokens(out),
            Written::Key(ident) => ident.to_tokens(out),
        }
    }
}

/// The listed keys of `attrs`, each with its tokens (for `#[bounded]` and the other
/// attributes read whole, the attribute itself) and the span of its name.
fn keys(attrs: &[Attribute]) -> Vec<(&'static Key, Written<'_>, Span)> {
    let mut out = Vec::new();
    for attr in attrs {
        let Some(ident) = attr.path().get_ident() else { continue };
        let name = ident.to_string();
        if !BY_KEY.contains(&name.as_str()) {
            out.extend(lookup(&name, "").map(|k| (k, Written::Attr(attr), ident.span())));
            continue;
        }
        let syn::Meta::List(list) = &attr.meta else { continue };
        // The first identifier of each comma-separated segment; a malformed list is the
        // attribute's own parser's to report.
        let mut at_start = true;
        for tree in list.tokens.clone() {
            match &tree {
                TokenTree::Punct(p) if p.as_char() == ',' => at_start = true,
                TokenTree::Ident(ident) if at_start => {
                    at_start = false;
                    let text = ident.to_string();
                    let text = if text == "crate" {
                        "crate"
                    } else {
                        text.trim_start_matches("r#")
                    };
                    out.extend(lookup(&name, text).map(|k| (k, Written::Key(ident.clone()), ident.span())));
                }
                _ => at_start = false,
            }
        }
    }
    out
}

/// The items that keep the table's promise across derives: `derive`'s marker, when another
/// derive may ask for it, and a requirement on each foreign key's reader, spanned on the key, so
/// that a key read by a derive the input lacks fails the build there.
pub fn expand(input: &DeriveInput, derive: Derive, placement: &Placement, private: &dyn ToTokens) -> TokenStream {
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let mut out = TokenStream::new();
    // Left out when nothing can ask for it: an item less to compile at every build.
    if placement.marked {
        let own = marker(derive);
        out.extend(quote::quote! {
            #[automatically_derived]
            impl #impl_generics #private::#own for #ident #ty_generics #where_clause {}
        });
    }
    for key in &placement.foreign {
        let reader = marker(key.reader);
        let ty = syn::Ident::new(&ident.to_string(), key.span);
        out.extend(
            template_spanned! {key.span => [private, reader, impl_generics, where_clause, ty, ty_generics]
                const _: () = {
                    fn __read_by<T: ?::core::marker::Sized + #private::#reader>() {}
                    fn __check #impl_generics () #where_clause {
                        __read_by::<#ty #ty_generics>();
                    }
                };
            },
        );
    }
    out
}

fn marker(derive: Derive) -> syn::Ident {
    syn::Ident::new(&format!("Derives{}", derive.name()), Span::call_site())
}

/// The reference table: for each key, where it may stand and the derives that read it there.
#[cfg(test)]
pub fn reference() -> String {
    let mut out = String::from("| attribute | may stand on (read by) |\n| --- | --- |\n");
    for key in TABLE {
        let written = if key.name.is_empty() {
            format!("`#[{}]`", key.attr)
        } else {
            format!("`#[{}({})]`", key.attr, key.name)
        };
        let cells: Vec<String> = key
            .cells
            .iter()
            .map(|(p, readers)| {
                let names: Vec<&str> = readers.iter().map(|d| d.name()).collect();
                format!("{} ({})", p.noun(), names.join(", "))
            })
            .collect();
        out.push_str(&["| ", &written, " | ", &cells.join("; "), " |\n"].concat());
    }
    out
}

#[cfg(test)]
mod tests {
    const START: &str = "<!-- placement table: generated from slotmodel-derive/src/attr/placement.rs -->\n";
    const END: &str = "<!-- end of the placement table -->";

    /// The crate docs list the table the derives read, between two markers (on each derive's
    /// page, from `src/docs/attributes.md`); `SLOTMODEL_BLESS=1` rewrites it from the table.
    #[test]
    fn the_docs_list_the_table_the_derives_read() {
        let table = super::reference();
        let doc = "../src/docs/attributes.md";
        let path = format!("{}/{doc}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap();
        let (Some(start), Some(end)) = (text.find(START), text.find(END)) else {
            panic!(
                "{doc} has no placement table between the markers `{}` and `{END}`",
                START.trim()
            );
        };
        let listed = &text[start + START.len()..end];
        if std::env::var_os("SLOTMODEL_BLESS").is_some() {
            let updated = format!("{}{START}{table}{}", &text[..start], &text[end..]);
            std::fs::write(&path, updated).unwrap();
        } else {
            assert_eq!(
                listed, table,
                "{doc} lists another table than the derives read: run with SLOTMODEL_BLESS=1"
            );
        }
    }
}
