//! The rule attributes of one field: `#[bounded(...)]`, `#[check(RULE)]` (repeatable) and
//! `#[nested]`.

use proc_macro2::TokenStream;
use syn::Attribute;

use super::bounded::BoundedAttr;
use super::check::CheckRule;
use crate::ctxt::{keep, Ctxt};

pub struct FieldAttrs {
    pub bounded: Option<BoundedAttr>,
    /// `#[check(..)]`: each rule, in the order written.
    pub checks: Vec<CheckRule>,
    /// The `message` and `code` of each rule in `checks`.
    pub check_labels: Vec<super::Label>,
    /// `#[nested]`, kept for its span.
    pub nested: Option<TokenStream>,
    /// Whether a `#[bounded]` or `#[check]` was written, even one that was refused.
    pub declared: bool,
    /// After a mistake elsewhere: the rules are dropped, but the field's setter keeps its
    /// checked signature (accepting every value), so code that uses it sees no second error.
    pub stub: bool,
    /// `each(..)` in `#[bounded]` or `#[check]`: the rules of every element, and where `each`
    /// was written.
    pub each: Option<(Box<FieldAttrs>, TokenStream)>,
}

impl FieldAttrs {
    pub fn from_attrs(cx: &Ctxt, attrs: &[Attribute]) -> Self {
        let mut out = FieldAttrs {
            bounded: None,
            checks: Vec::new(),
            check_labels: Vec::new(),
            nested: None,
            declared: false,
            stub: false,
            each: None,
        };
        for attr in attrs {
            let path = attr.path();
            out.declared |= path.is_ident("bounded") || path.is_ident("check");
            if path.is_ident("bounded") {
                // #[bounded(min = 1, max = 10)]
                if out.bounded.is_some() {
                    cx.error_spanned_by(attr, "duplicate `#[bounded]` on one field: put every bound in one attribute, e.g. `#[bounded(1..=10)]`");
                } else {
                    out.bounded = keep(cx, BoundedAttr::from_attr(attr));
                }
            } else if path.is_ident("check") {
                // #[check(rules::non_empty())]
                match &attr.meta {
                    syn::Meta::List(list) if !list.tokens.is_empty() => {
                        if let Some((rules, label)) = keep(cx, super::check::parse_labelled(&list.tokens)) {
                            out.check_labels.extend(std::iter::repeat_n(label, rules.len()));
                            out.checks.extend(rules);
                        }
                    }
                    _ => cx.error_spanned_by(attr, "`#[check]` needs a rule: `#[check(RULE)]`, where `RULE` implements `slotmodel::Check<FieldType>`"),
                }
            } else if path.is_ident("nested") {
                // #[nested]
                if !matches!(attr.meta, syn::Meta::Path(_)) {
                    cx.error_spanned_by(attr, "`#[nested]` takes no arguments; write `#[nested]`");
                } else if out.nested.is_some() {
                    cx.error_spanned_by(attr, "duplicate `#[nested]` on one field");
                } else {
                    out.nested = Some(quote::ToTokens::to_token_stream(attr));
                }
            }
        }
        out.split_each();
        out
    }

    /// Moves the `each(..)` rules into the element's own attributes.
    fn split_each(&mut self) {
        let bounded = self.bounded.as_mut().and_then(|b| b.each.take());
        let (mut checks, mut check_labels) = (Vec::new(), Vec::new());
        let mut span = bounded.as_ref().map(|b| b.value.tokens()).unwrap_or_default();
        let mut kept = (Vec::new(), Vec::new());
        for (rule, label) in std::mem::take(&mut self.checks)
            .into_iter()
            .zip(std::mem::take(&mut self.check_labels))
        {
            if let CheckRule::Each(key, inner) = rule {
                span = quote::ToTokens::to_token_stream(&key);
                check_labels.extend(std::iter::repeat_n(label, inner.len()));
                checks.extend(inner);
            } else {
                kept.0.push(rule);
                kept.1.push(label);
            }
        }
        (self.checks, self.check_labels) = kept;
        if bounded.is_none() && checks.is_empty() {
            return;
        }
        if self.bounded.as_ref().is_some_and(|b| !b.is_set()) {
            self.bounded = None;
        }
        let mut element = FieldAttrs {
            bounded: bounded.map(|b| *b),
            checks,
            check_labels,
            nested: None,
            declared: true,
            stub: false,
            each: None,
        };
        element.split_each();
        self.each = Some((Box::new(element), span));
    }
}
