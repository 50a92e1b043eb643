//! `#[derive(Validate)]` for the common struct, written as source text and lexed once.
//!
//! A struct without generics whose fields are primitive numbers, each with no rule or a literal
//! integer range, needs no user span in its generated code: nothing in it can fail to
//! type-check. The macro runs unoptimised in a debug build, at every build of the user's crate,
//! and building this code token by token was most of its time; text costs it a fraction, and
//! the compiler lexes it in one call. The output is the same, token for token, as the general
//! expansion in `validate.rs` (a test below holds the two together).

use std::fmt::Write as _;

use super::rules::{const_arg_name, const_runs, literal_pair};
use super::validate::docs;
use crate::ast::{Container, Field, Style};
use crate::ty::{Prim, Shape};

/// The expansion as text, or `None` when the struct needs the general one.
pub fn expand(container: &Container) -> Option<super::Output> {
    if !is_plain(container) {
        return None;
    }
    let code = Code::new(container);
    let mut text = String::with_capacity(1024 + 768 * container.fields.len());
    code.validate_impl(&mut text);
    code.inherent_impl(&mut text);
    Some(super::Output::Text {
        code: text,
        spanned: container.attrs.max_size_check(container.ident),
    })
}

fn is_plain(container: &Container) -> bool {
    let generics = &container.input.generics;
    generics.params.is_empty()
        && generics.where_clause.is_none()
        && container.fields.iter().all(|field| {
            let attrs = &field.attrs;
            let simple_type =
                matches!(field.ty, syn::Type::Path(path) if path.qself.is_none() && path.path.get_ident().is_some());
            let rule_is_literal_range = attrs
                .bounded
                .as_ref()
                .is_none_or(|b| !b.len.is_set() && literal_pair(&b.value, field.shape.scalar()).is_some());
            simple_type
                && matches!(field.shape, Shape::Prim(_))
                && attrs.checks.is_empty()
                && attrs.nested.is_none()
                && rule_is_literal_range
        })
}

/// What every piece of the text needs: the runtime path, the struct's name and its fields' types.
struct Code<'a> {
    container: &'a Container<'a>,
    private: String,
    name: String,
    types: Vec<String>,
}

/// A string as a Rust literal.
fn lit(text: &str) -> String {
    format!("{text:?}")
}

impl<'a> Code<'a> {
    fn new(container: &'a Container<'a>) -> Self {
        let krate = if container.attrs.krate_renamed {
            container.attrs.krate.to_string()
        } else {
            "::slotmodel".to_owned()
        };
        // Each type is one identifier (`is_plain`): its text needs no tidying.
        let types = container
            .fields
            .iter()
            .map(|f| match f.ty {
                syn::Type::Path(path) => path.path.segments.iter().map(|s| s.ident.to_string()).collect(),
                _ => String::new(),
            })
            .collect();
        Code {
            container,
            private: format!("{krate}::__private"),
            name: container.ident.to_string(),
            types,
        }
    }

    fn member(field: &Field) -> String {
        match &field.member {
            syn::Member::Named(ident) => ident.to_string(),
            syn::Member::Unnamed(index) => index.index.to_string(),
        }
    }

    /// `(min, max)` of a field's literal range, as the literals the general expansion writes.
    fn range(field: &Field) -> Option<(String, String)> {
        let bounded = field.attrs.bounded.as_ref()?;
        let (min, max) = literal_pair(&bounded.value, field.shape.scalar())?;
        Some((min.to_string(), max.to_string()))
    }

    /// The bounds of a field's literal range as written, for `FIELDS`.
    fn range_text<'f>(field: &'f Field) -> Option<(&'f str, &'f str)> {
        let limits = &field.attrs.bounded.as_ref()?.value;
        Some((limits.min.as_ref()?.text(), limits.max.as_ref()?.text()))
    }

    fn validate_impl(&self, out: &mut String) {
        let Code { private: p, name, .. } = self;
        _ = write!(
            out,
            "#[automatically_derived] impl {p}::Validate for {name} {{ fn validate(&self) -> {p}::Result<(), {p}::ValidationErrors> {{"
        );
        let ranged: Vec<_> = self
            .container
            .fields
            .iter()
            .filter_map(|f| Some((f, Self::range(f)?)))
            .collect();
        if ranged.is_empty() {
            _ = write!(out, "{p}::Ok(())");
        } else {
            _ = write!(out, "let mut __errors = {p}::Errors::new({});", lit(name));
            for (field, (min, max)) in ranged {
                let member = Self::member(field);
                _ = write!(
                    out,
                    "__errors.within(&self.{member}, {min}, {max}, {});",
                    lit(&field.name)
                );
            }
            out.push_str("__errors.finish()");
        }
        out.push_str("} }");
    }

    fn inherent_impl(&self, out: &mut String) {
        let Code { private: p, name, .. } = self;
        let doc = lit(&docs::fields(name));
        _ = write!(
            out,
            "#[allow(clippy::too_many_arguments, reason = \"the constructors take one argument per field\")] impl {name} {{ #[doc = {doc}] pub const FIELDS: &'static [{p}::FieldSpec] = &["
        );
        for (i, field) in self.container.fields.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            self.field_spec(out, field, &self.types[i]);
        }
        out.push_str("];");
        self.constructors(out);
        for (index, field) in self.container.fields.iter().enumerate() {
            self.accessors(out, field, index);
        }
        out.push('}');
    }

    fn field_spec(&self, out: &mut String, field: &Field, ty: &str) {
        let p = &self.private;
        _ = write!(out, "{p}::spec({}, {}, &[", lit(&field.name), lit(ty));
        if let (Some((low, high)), Some((min, max)), Some(Prim::Int { signed, .. })) =
            (Self::range(field), Self::range_text(field), field.shape.scalar())
        {
            let make = if signed { "signed_range" } else { "unsigned_range" };
            _ = write!(out, "{p}::{make}({}, {low}, {}, {high})", lit(min), lit(max));
        }
        out.push_str("])");
    }

    fn constructors(&self, out: &mut String) {
        let Code { private: p, name, .. } = self;
        let fields = &self.container.fields;
        let args: Vec<String> = fields
            .iter()
            .zip(&self.types)
            .map(|(f, ty)| format!("{}: {ty}", const_arg_name(f)))
            .collect();
        let args = args.join(", ");
        let names: Vec<String> = fields.iter().map(|f| const_arg_name(f).to_string()).collect();
        let build = match self.container.style {
            Style::Named => format!("Self {{ {} }}", names.join(", ")),
            Style::Tuple => format!("Self({})", names.join(", ")),
            Style::Unit => "Self".to_owned(),
        };
        let attrs = &self.container.attrs;
        if let Some(new) = attrs.constructor.resolve("new") {
            let doc = lit(&docs::new(name));
            _ = write!(
                out,
                "#[doc = {doc}] pub fn {new}({args}) -> {p}::Result<Self, {p}::ValidationErrors> {{ {p}::validated({build}) }}"
            );
        }
        if let Some(new_const) = attrs.const_constructor.resolve("new_const") {
            let doc = lit(&docs::new_const(name));
            _ = write!(
                out,
                "#[doc = {doc}] #[must_use] pub const fn {new_const}({args}) -> Self {{"
            );
            for run in const_runs(self.container) {
                let locals: Vec<String> = run.locals.iter().map(ToString::to_string).collect();
                _ = write!(
                    out,
                    "{p}::const_check::{}({}, Self::FIELDS, {}, &[{}]);",
                    run.checker,
                    lit(name),
                    run.first,
                    locals.join(", ")
                );
            }
            _ = write!(out, "{build} }}");
        }
    }

    fn accessors(&self, out: &mut String, field: &Field, index: usize) {
        let p = &self.private;
        let attrs = &self.container.attrs;
        let (getter, setter) = super::accessor_names(self.container, field, index);
        let public = matches!(field.original.vis, syn::Visibility::Public(_));
        let (member, ty) = (Self::member(field), &self.types[index]);
        let field_name = &field.name;
        if attrs.getters.unwrap_or(!public) {
            let doc = lit(&docs::getter(field_name));
            _ = write!(
                out,
                "#[doc = {doc}] #[must_use] #[inline] pub fn {getter}(&self) -> {ty} {{ self.{member} }}"
            );
        }
        if !attrs.setters.unwrap_or(!public) {
            return;
        }
        if let Some((min, max)) = Self::range(field) {
            let doc = lit(&docs::checked_setter(field_name));
            _ = write!(
                out,
                "#[doc = {doc}] #[inline] pub fn {setter}(&mut self, value: {ty}) -> {p}::Result<(), {p}::FieldError> {{ {p}::assign({p}::within(&value, {min}, {max}, {}, {}), &mut self.{member}, value) }}",
                lit(&self.name),
                lit(field_name)
            );
        } else {
            let doc = lit(&docs::plain_setter(field_name));
            _ = write!(
                out,
                "#[doc = {doc}] #[inline] pub fn {setter}(&mut self, value: {ty}) {{ self.{member} = value; }}"
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::ast::Container;
    use crate::ctxt::Ctxt;

    /// The tokens one per word. Spacing is left out: lexed text joins `&` to `'static` and `,`
    /// to a following `::`, where tokens built one by one are apart, with no change of meaning.
    fn words(tokens: proc_macro2::TokenStream) -> String {
        use proc_macro2::{Delimiter, TokenTree};
        use std::fmt::Write as _;
        let mut out = String::new();
        for tree in tokens {
            match tree {
                TokenTree::Group(group) => {
                    let (open, close) = match group.delimiter() {
                        Delimiter::Parenthesis => ("(", ")"),
                        Delimiter::Brace => ("{", "}"),
                        Delimiter::Bracket => ("[", "]"),
                        Delimiter::None => ("", ""),
                    };
                    _ = write!(out, "{open} {}{close} ", words(group.stream()));
                }
                other => _ = write!(out, "{other} "),
            }
        }
        out
    }

    /// Both expansions of `source`: the text one (if the struct qualifies) and the general one.
    fn expansions(source: &str) -> (Option<String>, String) {
        let input: syn::DeriveInput = syn::parse_str(source).expect("test input parses");
        let cx = Ctxt::default();
        let container = Container::from_ast(&cx, &input, "Validate").expect("a struct");
        crate::check::check(&cx, &container);
        assert!(cx.check().is_ok(), "test input is valid");
        let text = super::expand(&container).map(|output| words(output.into_tokens()));
        (text, words(super::super::validate::expand(&container)))
    }

    #[test]
    fn text_expansion_matches_the_general_one() {
        let cases = [
            "struct Port { #[bounded(min = 1, max = 65535)] pub port: u16, #[bounded(-40..=85)] celsius: i8, count: u64, pub on: bool }",
            "pub struct Id(#[bounded(min = 1, max = 9)] u32);",
            "struct Pair(#[bounded(0..=3)] u8, i64);",
            "struct Unit;",
            "#[slotmodel(crate = sm, constructor = try_new, const_constructor = false, getters = true, setters = false)] struct R { #[bounded(min = 0, max = 10)] pub r#type: u32 }",
            "#[slotmodel(const_constructor = build, setters = true, max_size = 8)] struct S { #[bounded(max = 100, min = -100)] pub level: i32, #[bounded(0..=7)] bits: u8 }",
        ];
        for source in cases {
            let (text, general) = expansions(source);
            assert_eq!(text.as_deref(), Some(general.as_str()), "{source}");
        }
    }

    #[test]
    fn structs_that_need_user_spans_take_the_general_expansion() {
        let cases = [
            "struct G<T> { #[bounded(min = 1, max = 9)] value: T }",
            "struct F { #[bounded(min = 0.0, max = 1.0)] ratio: f32 }",
            "struct S { #[bounded(len = 1..=8)] name: String }",
            "struct C { #[check(rules::even())] n: u32 }",
            "struct K { #[bounded(max = LIMIT)] n: u32 }",
            "struct P { #[bounded(0..10)] n: u32 }",
            "struct M { #[bounded(..=10)] n: u32 }",
            "struct Q { n: core::primitive::u32 }",
        ];
        for source in cases {
            assert_eq!(expansions(source).0, None, "{source}");
        }
    }
}
