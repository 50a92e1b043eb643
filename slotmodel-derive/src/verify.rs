//! Rules that need a field's attributes and its type together: bounds that do not fit the type,
//! ranges that no value can pass, and rules on types that cannot carry them.

use std::cmp::Ordering;

use quote::ToTokens;

use crate::ast::{Container, Derive, Enum, Field};
use crate::attr::bounded::{Bound, BoundKind, Limits, Unit};
use crate::attr::check::{Builtin, CheckRule};
use crate::ctxt::Ctxt;
use crate::ty::{Prim, Shape};

pub fn check(cx: &Ctxt, container: &Container) {
    if container.derive != Derive::Validate {
        for bounded in container.fields.iter().filter_map(|f| f.attrs.bounded.as_ref()) {
            for bound in bounded.value.min.iter().chain(&bounded.value.max) {
                if bound.is_field() {
                    cx.error_spanned_by(&bound.tokens, format!("a bound taken from another field, `{}`, is checked by `Validate` only: `#[derive({})]` has no other field at hand in its setters; use a constant bound here", bound.text(), container.derive.name()));
                }
            }
        }
        for path in &container.attrs.checks {
            cx.error_spanned_by(path, format!("`check = ..` is a rule on the whole struct, which `#[derive({})]` does not check: keep it on a struct that derives only `Validate`", container.derive.name()));
        }
    }
    for field in &container.fields {
        check_field(cx, container, field);
        if let Some(element) = &field.element {
            check_field(cx, container, element);
        }
    }
}

fn check_field(cx: &Ctxt, container: &Container, field: &Field) {
    for rule in &field.attrs.checks {
        let CheckRule::WithCtx(key, _) = rule else { continue };
        if container.derive != Derive::Validate {
            cx.error_spanned_by(key, format!("`with_ctx` rules need the context, which `#[derive({})]` does not have: check them with `Validate`'s `validate_with`", container.derive.name()));
        } else if container.attrs.context.is_none() {
            cx.error_spanned_by(
                key,
                "`with_ctx` needs the context's type: add `#[slotmodel(context = YourContext)]` to the struct",
            );
        }
    }
    for bound in field
        .attrs
        .bounded
        .iter()
        .flat_map(|b| b.value.min.iter().chain(&b.value.max))
    {
        if let BoundKind::Field(other) = &bound.kind {
            let names: Vec<&str> = container.fields.iter().map(|f| f.name.as_str()).collect();
            match container.fields.iter().find(|f| f.original.ident.as_ref() == Some(other)) {
                Some(source) if source.name == field.name => cx.error_spanned_by(&bound.tokens, format!("`{}` is bounded by itself, which every value passes: name another field, or use a constant bound", field.name)),
                None => cx.error_spanned_by(other, format!("`self.{other}` names no field of `{}`{} a bound taken from another field names one of the struct's fields", container.ident, crate::attr::did_you_mean(&other.to_string(), &names))),
                Some(source) => {
                    if let Some(prim) = field.shape.scalar() {
                        if type_text(source) != prim.name() {
                            cx.error_spanned_by(&bound.tokens, format!("`{other}` is `{}` and the bound of `{}` must be a `{}`: give `{other}` the type `{}`, or use a constant bound", type_text(source), field.name, prim.name(), prim.name()));
                        }
                    }
                }
            }
        }
    }
    {
        if let Some(bounded) = &field.attrs.bounded {
            if bounded.value.is_set() && field.is_generic(container) && !names_scalar(container) {
                let ty = type_text(field);
                cx.error_spanned_by(&bounded.value.tokens, format!("`{}` has the generic type `{ty}`, so its bounds need `{ty}`'s scalar type: declare it, e.g. `{ty}: slotmodel::Ranged<Scalar = u32>`, or check the field with `#[check(RULE)]`", field.name));
            } else if bounded.value.is_set() {
                check_value_bounds(cx, field, &bounded.value);
            }
            for length in &bounded.lengths {
                if length.limits.is_set() {
                    check_len_bounds(cx, field, &length.limits);
                }
                if let (Some(key), false) = (&length.unit_key, is_text(&field.shape)) {
                    cx.error_spanned_by(
                        key,
                        format!(
                            "`{key}` counts a string's {}, and {} is {}; bound its length with `len = ..`",
                            unit_noun(length.unit),
                            field.subject(),
                            described(field)
                        ),
                    );
                }
            }
        }
        for rule in &field.attrs.checks {
            if let CheckRule::Builtin(builtin) = rule {
                check_builtin(cx, container, field, builtin);
            }
        }
        if let Some(nested) = &field.attrs.nested {
            if let Some(prim) = field.shape.scalar() {
                cx.error_spanned_by(nested, format!("`#[nested]` needs a type that derives `Validate`, and `{}` is {} `{}`; use `#[bounded]` or `#[check]` on it instead", field.name, article(prim.name()), prim.name()));
            }
        }
    }
}

/// An enum that `Compact` packs or `View` reads: not generic, with variants, and for `View` no
/// data in them and a fixed-width integer `repr`. (`Compact` checks the data of variants as it
/// checks a struct's fields.)
pub fn fieldless_enum(cx: &Ctxt, data: &Enum, derive: Derive) {
    let name = derive.name();
    if !data.input.generics.params.is_empty() {
        cx.error_spanned_by(&data.input.generics, format!("`#[derive({name})]` does not support generic enums: the layout must be known when the macro runs; remove the parameters"));
    }
    if derive == Derive::View {
        for variant in data.variants.iter().filter(|v| !v.fields.is_empty()) {
            cx.error_spanned_by(&variant.fields, format!("`#[derive({name})]` views fieldless enums only, and `{}` carries data; move the data into a struct that derives `{name}`", variant.ident));
        }
    }
    if data.variants.is_empty() {
        cx.error_spanned_by(
            data.ident,
            format!("an enum without variants has no value to store; add a variant or remove `#[derive({name})]`"),
        );
    }
    if derive != Derive::View {
        return;
    }
    if let Some(endian) = data.view.endian {
        cx.syn_error(syn::Error::new(endian.span, "an enum's byte order is the byte order of the record that holds it: remove `endian` here and put it on that field or struct, e.g. `#[view(endian = \"big\")]`"));
    }
    if let Some(size) = &data.view.size {
        cx.error_spanned_by(size, "an enum's size is its `repr`'s: remove `size` here");
    }
    match &data.repr {
        None => cx.error_spanned_by(data.ident, format!("an enum in a view needs an explicit integer representation, so its size and discriminants are fixed: add `#[repr(u8)]` (or `u16`, `u32`, ...) to `{}`", data.ident)),
        Some(repr) if repr == "usize" || repr == "isize" => cx.error_spanned_by(repr, format!("`{repr}` has a different width on each platform, so a record's layout would too: use a fixed-width integer such as `#[repr(u32)]` or `#[repr(u64)]`")),
        Some(_) => {}
    }
}

/// Whether a later `#[derive(..)]` on the item derives the same macro again. A derive sees the
/// `#[derive]` attributes below its own, so the first of two reports the repetition and emits
/// nothing else: the second's expansion stands, and the mistake is one error. (Two mentions in
/// one list are invisible to the macro; rustc then reports conflicting implementations.)
pub fn derived_again(cx: &Ctxt, input: &syn::DeriveInput, derive: Derive) -> bool {
    let name = derive.name();
    let mut again = false;
    for attr in input.attrs.iter().filter(|a| a.path().is_ident("derive")) {
        let _ = attr.parse_nested_meta(|meta| {
            // `Validate` or `slotmodel::Validate`; another crate's `validator::Validate` is not ours.
            let segments: Vec<String> = meta.path.segments.iter().map(|s| s.ident.to_string()).collect();
            let ours = match segments.as_slice() {
                [only] => only == name,
                [krate, last] => krate == "slotmodel" && last == name,
                _ => false,
            };
            if ours && !again {
                again = true;
                cx.error_spanned_by(&meta.path, format!("`{name}` is derived twice on `{}`: remove one of the two (if this `{name}` is another crate's, name it by its path, e.g. `other_crate::{name}`)", input.ident));
            }
            Ok(())
        });
    }
    again
}

/// Whether the struct's generics fix a `Scalar = ..` type, which bound values are typed against.
fn names_scalar(container: &Container) -> bool {
    fn walk(tokens: proc_macro2::TokenStream) -> bool {
        let mut previous_scalar = false;
        for tree in tokens {
            match tree {
                proc_macro2::TokenTree::Ident(ident) => previous_scalar = ident == "Scalar",
                proc_macro2::TokenTree::Punct(punct) if previous_scalar && punct.as_char() == '=' => return true,
                proc_macro2::TokenTree::Group(group) if walk(group.stream()) => return true,
                _ => previous_scalar = false,
            }
        }
        false
    }
    let generics = &container.input.generics;
    walk(generics.to_token_stream()) || walk(generics.where_clause.to_token_stream())
}

fn is_text(shape: &Shape) -> bool {
    match shape {
        Shape::Text => true,
        Shape::Option(inner) => is_text(inner),
        _ => false,
    }
}

fn unit_noun(unit: Unit) -> &'static str {
    match unit {
        Unit::Chars => "characters",
        Unit::Bytes => "UTF-8 bytes",
        Unit::Utf16 => "UTF-16 units",
        Unit::Graphemes => "graphemes",
    }
}

/// ``a `u32` ``, ``a `Vec<u8>` ``, for messages.
fn described(field: &Field) -> String {
    let ty = type_text(field);
    format!("{} `{ty}`", article(&ty))
}

/// A built-in rule on a field of the right type: `required` on an `Option`, the string rules
/// on a string (or an `Option` of one); a pattern that compiles. Types the macro cannot see
/// into are left to the `Check` impls.
fn check_builtin(cx: &Ctxt, container: &Container, field: &Field, builtin: &Builtin) {
    let name = &builtin.name;
    if let Some(other) = &builtin.field {
        return check_matches(cx, container, field, other);
    }
    if builtin.is_required() {
        if !matches!(field.shape, Shape::Option(_)) {
            cx.error_spanned_by(name, format!("`required` checks that an `Option` is `Some`, and {} is {}, which is always present; remove `required`, or declare the field as `Option<..>`", field.subject(), described(field)));
        }
        return;
    }
    let inner = match &field.shape {
        Shape::Option(inner) => inner,
        shape => shape,
    };
    if matches!(inner, Shape::Prim(_) | Shape::Sequence) {
        cx.error_spanned_by(name, format!("`{name}` checks a string, and {} is {}; use it on a `String` or `&str` field, or check this one with `#[bounded]` or `#[check(RULE)]`", field.subject(), described(field)));
    }
    #[cfg(feature = "regex")]
    if let (true, Some(crate::attr::check::TextArg::Lit(pattern))) = (name == "pattern", &builtin.arg) {
        if let Err(error) = regex_syntax::Parser::new().parse(&pattern.value()) {
            cx.error_spanned_by(
                pattern,
                format!("this pattern is not a valid regular expression: {error}"),
            );
        }
    }
}

/// `matches = other` names another field of the same type, and only `Validate` checks it: a
/// packed record or a view has no other field's value at hand in its setters.
fn check_matches(cx: &Ctxt, container: &Container, field: &Field, other: &syn::Ident) {
    if matches!(container.input.data, syn::Data::Enum(_)) {
        return cx.error_spanned_by(other, "`matches` compares two fields of a struct; in an enum, check the variant's data in a struct that derives `Validate`");
    }
    if container.derive != Derive::Validate {
        return cx.error_spanned_by(other, format!("`matches` compares two fields, which `#[derive({})]` does not check: keep the rule on a struct that derives only `Validate`", container.derive.name()));
    }
    let names: Vec<&str> = container.fields.iter().map(|f| f.name.as_str()).collect();
    match container
        .fields
        .iter()
        .find(|f| f.original.ident.as_ref() == Some(other))
    {
        None => cx.error_spanned_by(
            other,
            format!(
                "`matches = {other}` names no field of `{}`{} name the field this one must equal",
                container.ident,
                crate::attr::did_you_mean(&other.to_string(), &names)
            ),
        ),
        Some(target) if target.name == field.name => cx.error_spanned_by(
            other,
            format!(
                "`{}` always equals itself: name the other field it must equal",
                field.name
            ),
        ),
        Some(target) if type_text(target) != type_text(field) => cx.error_spanned_by(
            other,
            format!(
                "`{}` is `{}` and `{other}` is `{}`: `matches` compares fields of the same type",
                field.name,
                type_text(field),
                type_text(target)
            ),
        ),
        Some(_) => {}
    }
}

fn type_text(field: &Field) -> String {
    field.ty.to_token_stream().to_string().replace(' ', "")
}

fn check_value_bounds(cx: &Ctxt, field: &Field, limits: &Limits) {
    match &field.shape {
        shape @ (Shape::Text | Shape::Sequence) => {
            return cx.error_spanned_by(&limits.tokens, format!("`{}` is a {}, which has no order: bound its length with `#[bounded(len = ..)]`, or use `#[check(..)]`", field.name, shape.describe()));
        }
        _ if matches!(field.shape.scalar(), Some(Prim::Bool | Prim::Char)) => {
            return cx.error_spanned_by(
                &limits.tokens,
                format!(
                    "`{}` is a `{}`, which `#[bounded]` cannot range over; use `#[check(rules::one_of(..))]`",
                    field.name,
                    type_text(field)
                ),
            );
        }
        _ => {}
    }
    if let Some(prim) = field.shape.scalar() {
        for bound in limits.min.iter().chain(&limits.max) {
            if check_suffix(cx, &format!("`{}`", field.name), prim, bound) {
                check_fits(cx, field, prim, bound);
            }
        }
        check_type_range(cx, prim, limits);
    }
    check_order(
        cx,
        limits,
        "",
        field.shape.scalar().is_some_and(|p| p.int_range().is_some()),
    );
}

/// A literal's suffix names the field's type, or is absent. Returns whether it was fine.
fn check_suffix(cx: &Ctxt, holder: &str, expected: Prim, bound: &Bound) -> bool {
    let name = expected.name();
    if bound.suffix.is_empty() || bound.suffix == name {
        return true;
    }
    let plain = bound.text().strip_suffix(bound.suffix.as_str()).unwrap_or(bound.text());
    // Suggest the field's suffix only where the value fits the field's type.
    let fits = match (bound.kind.clone(), expected.int_range()) {
        (BoundKind::Int { negative, magnitude }, Some((low, high))) => {
            compare((negative, magnitude), low) != Ordering::Less
                && compare((negative, magnitude), high) != Ordering::Greater
        }
        _ => true,
    };
    let fix = if fits {
        format!("write `{plain}` or `{plain}{name}`")
    } else {
        format!(
            "`{plain}` does not fit {} `{name}`; widen the field's type or change the bound",
            article(name)
        )
    };
    cx.error_spanned_by(
        &bound.tokens,
        format!(
            "`{}` is {} `{}`, but {holder} is {} `{name}`: {fix}",
            bound.text(),
            article(&bound.suffix),
            bound.suffix,
            article(name)
        ),
    );
    false
}

/// "an `i8`", "an `f32`", "a `u8`": as the names are read aloud.
fn article(type_name: &str) -> &'static str {
    if type_name.starts_with(['i', 'f']) {
        "an"
    } else {
        "a"
    }
}

/// A one-sided range that leaves no value of the field's integer type: `..0` on a `u32`,
/// `..-128` on an `i8`.
fn check_type_range(cx: &Ctxt, prim: Prim, limits: &Limits) {
    if let (Some(min), false, Some((_, high)), None) =
        (&limits.min, limits.min_inclusive, prim.int_range(), &limits.max)
    {
        if let BoundKind::Int { negative, magnitude } = min.kind {
            if compare((negative, magnitude), high) != Ordering::Less {
                cx.error_spanned_by(&limits.tokens, format!("`min_exclusive = {}` leaves no value: `{}` has no value above {}; lower the bound, use `min`, or widen the type", min.text(), prim.name(), min.text()));
            }
        }
    }
    let (Some(max), false, Some((low, _))) = (&limits.max, limits.max_inclusive, prim.int_range()) else {
        return;
    };
    let BoundKind::Int { negative, magnitude } = max.kind else {
        return;
    };
    if limits.min.is_none() && compare((negative, magnitude), low) != Ordering::Greater {
        cx.error_spanned_by(
            &limits.tokens,
            format!(
                "the range `{}` is empty: `..` excludes its end, and `{}` has no value below {}; raise the end{}",
                limits.tokens.to_string().replace(' ', ""),
                prim.name(),
                max.text(),
                if low.0 { "" } else { " or use a signed type" }
            ),
        );
    }
}

fn check_len_bounds(cx: &Ctxt, field: &Field, limits: &Limits) {
    if let Some(prim) = field.shape.scalar() {
        return cx.error_spanned_by(&limits.tokens, format!("`len` needs a string or a collection, but `{}` is {} `{}`; bound a number with `min`/`max` or a range such as `1..=10`", field.name, article(prim.name()), prim.name()));
    }
    for bound in limits.min.iter().chain(&limits.max) {
        if !check_suffix(cx, "a length", crate::ty::LENGTH, bound) {
            continue;
        }
        match bound.kind {
            BoundKind::Int { negative: true, .. } => cx.error_spanned_by(&bound.tokens, "a length cannot be negative"),
            BoundKind::Float(_) => {
                cx.error_spanned_by(&bound.tokens, "a length is a whole number; write it without a fraction");
            }
            _ => {}
        }
    }
    check_order(cx, limits, "length ", true);
}

fn check_fits(cx: &Ctxt, field: &Field, prim: Prim, bound: &Bound) {
    let text = bound.text();
    match (prim, &bound.kind) {
        (Prim::Int { name, .. }, BoundKind::Float(_)) => {
            cx.error_spanned_by(
                &bound.tokens,
                format!(
                    "`{text}` is not an integer, but `{}` is a `{name}`; use a whole number",
                    field.name
                ),
            );
        }
        (Prim::Int { name, .. }, BoundKind::Int { negative, magnitude }) => {
            let Some((low, high)) = prim.int_range() else { return };
            let value = (*negative, *magnitude);
            if compare(value, low) == Ordering::Less || compare(value, high) == Ordering::Greater {
                let low = if low.0 {
                    format!("-{}", low.1)
                } else {
                    low.1.to_string()
                };
                cx.error_spanned_by(&bound.tokens, format!("`{text}` does not fit in `{name}`, whose values are {low}..={}; use a bound inside that range or a wider type", high.1));
            }
        }
        (Prim::Float { name: "f32", .. }, BoundKind::Float(value)) if value.abs() > f64::from(f32::MAX) => {
            cx.error_spanned_by(
                &bound.tokens,
                format!("`{text}` does not fit in `f32`; use a bound of at most {:e}", f32::MAX),
            );
        }
        _ => {}
    }
}

/// Compares (negative, magnitude) integers.
fn compare(a: (bool, u128), b: (bool, u128)) -> Ordering {
    match (a.0, b.0) {
        (false, false) => a.1.cmp(&b.1),
        (true, true) => b.1.cmp(&a.1),
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
    }
}

fn numeric(bound: &Bound) -> Option<Numeric> {
    match bound.kind {
        BoundKind::Int { negative, magnitude } => Some(Numeric::Int(negative, magnitude)),
        BoundKind::Float(value) => Some(Numeric::Float(value)),
        BoundKind::Expr | BoundKind::Field(_) => None,
    }
}

enum Numeric {
    Int(bool, u128),
    Float(f64),
}

impl Numeric {
    #[allow(
        clippy::cast_precision_loss,
        reason = "only used to order a float against an integer"
    )]
    fn as_f64(&self) -> f64 {
        match *self {
            Numeric::Int(negative, magnitude) => {
                if negative {
                    -(magnitude as f64)
                } else {
                    magnitude as f64
                }
            }
            Numeric::Float(value) => value,
        }
    }

    fn cmp(&self, other: &Numeric) -> Option<Ordering> {
        match (self, other) {
            (Numeric::Int(a, b), Numeric::Int(c, d)) => Some(compare((*a, *b), (*c, *d))),
            _ => self.as_f64().partial_cmp(&other.as_f64()),
        }
    }
}

/// Literal bounds that no value can pass are errors; paths are checked by a generated `const`.
/// `integer`: the bounded values are whole numbers, so two exclusive bounds one apart leave none.
fn check_order(cx: &Ctxt, limits: &Limits, what: &str, integer: bool) {
    let (Some(min), Some(max)) = (&limits.min, &limits.max) else {
        return;
    };
    let (Some(low), Some(high)) = (numeric(min), numeric(max)) else {
        return;
    };
    let written = written(limits, what);
    let is_range = limits.tokens.to_string().contains("..");
    match low.cmp(&high) {
        Some(Ordering::Greater) if !is_range => {
            cx.error_spanned_by(
                &limits.tokens,
                format!(
                    "{what}`min` ({}) is greater than `max` ({}): no value can pass; swap them or fix one",
                    min.text(),
                    max.text()
                ),
            );
        }
        Some(Ordering::Greater) => {
            cx.error_spanned_by(
                &limits.tokens,
                format!("the {what}range {written} is empty: its start is above its end, so no value can pass"),
            );
        }
        Some(Ordering::Equal) if !limits.min_inclusive || !limits.max_inclusive => {
            let message = if is_range {
                format!(
                    "the {what}range {written} is empty: `..` excludes its end; write `{}..={}` to allow exactly {}",
                    min.text(),
                    max.text(),
                    min.text()
                )
            } else if !limits.min_inclusive {
                format!("`min{}_exclusive = {}` with a {what}maximum of {} leaves no valid value: raise the maximum, or use `min`", if what.is_empty() { "" } else { "_len" }, min.text(), max.text())
            } else {
                format!("{written} leaves no valid value: make a bound inclusive (`min = {}` or `max = {}`), or move one apart", min.text(), max.text())
            };
            cx.error_spanned_by(&limits.tokens, message);
        }
        Some(Ordering::Less) if integer && !limits.min_inclusive && !limits.max_inclusive => {
            let signed = |n: &Numeric| match *n {
                Numeric::Int(negative, magnitude) => {
                    i128::try_from(magnitude).ok().map(|m| if negative { -m } else { m })
                }
                Numeric::Float(_) => None,
            };
            if let (Some(a), Some(b)) = (signed(&low), signed(&high)) {
                if b - a <= 1 {
                    cx.error_spanned_by(
                        &limits.tokens,
                        format!(
                            "{written} leaves no whole number between them: make a bound inclusive, e.g. `min = {}`",
                            min.text()
                        ),
                    );
                }
            }
        }
        _ => {}
    }
}

/// The bounds as the user wrote them, quoted: `` `1..10` `` or `` `min = 5, max_exclusive = 5` ``.
fn written(limits: &Limits, what: &str) -> String {
    if limits.tokens.to_string().contains("..") {
        return format!("`{}`", limits.tokens.to_string().replace(' ', ""));
    }
    let suffix = if what.is_empty() { "" } else { "_len" };
    let side = |bound: &Option<crate::attr::bounded::Bound>, name: &str, inclusive: bool| {
        bound.as_ref().map(|b| {
            let exclusive = if inclusive { "" } else { "_exclusive" };
            format!("{name}{suffix}{exclusive} = {}", b.text())
        })
    };
    let keys: Vec<String> = [
        side(&limits.min, "min", limits.min_inclusive),
        side(&limits.max, "max", limits.max_inclusive),
    ]
    .into_iter()
    .flatten()
    .collect();
    format!("`{}`", keys.join(", "))
}

/// A generated item beside the accessors, and how to rename it when a field's accessor would
/// take its name.
pub struct Reserved {
    pub name: String,
    /// What it is, as in ``the constructor `new` ``, for messages.
    pub what: String,
    /// The option that renames the item, if one does.
    pub option: Option<&'static str>,
}

impl Reserved {
    pub fn new(name: &str, what: &str, option: Option<&'static str>) -> Self {
        Reserved {
            name: name.to_owned(),
            what: format!("{what} `{name}`"),
            option,
        }
    }

    /// Every name in `names`, as `what`, with no option to rename it.
    pub fn fixed(names: &[&str], what: &str) -> Vec<Self> {
        names.iter().map(|name| Reserved::new(name, what, None)).collect()
    }
}

/// An accessor that would take the name of a generated item, or of another accessor, is an
/// error on its field that names the option which avoids it. `accessors` tells whether a field
/// has a getter and a setter. Returns the indexes of the fields that clash.
pub fn check_accessor_names(
    cx: &Ctxt,
    container: &Container,
    reserved: &[Reserved],
    accessors: impl Fn(&Field) -> (bool, bool),
) -> Vec<usize> {
    let mut clashes = Vec::new();
    let mut taken: Vec<(String, String)> = reserved.iter().map(|r| (r.name.clone(), r.what.clone())).collect();
    for (index, field) in container.fields.iter().enumerate() {
        let (getter, setter) = container.accessor_names(field, index);
        let (reads, writes) = accessors(field);
        let wanted = [
            reads.then(|| (getter.to_string(), "getter")),
            writes.then(|| (setter.to_string(), "setter")),
        ];
        for (name, kind) in wanted.into_iter().flatten() {
            let name = name.trim_start_matches("r#").to_owned();
            if let Some((_, holder)) = taken.iter().find(|(taken, _)| *taken == name) {
                let option = reserved
                    .iter()
                    .find(|r| r.name == name)
                    .and_then(|r| r.option)
                    .map_or_else(String::new, |option| {
                        format!(", rename the other with `#[slotmodel({option})]`")
                    });
                let span_of = field.original.ident.as_ref().map_or_else(
                    || quote::ToTokens::to_token_stream(field.ty),
                    quote::ToTokens::to_token_stream,
                );
                cx.error_spanned_by(
                    span_of,
                    format!(
                        "the {kind} of field `{}` would be named `{name}`, like {holder}: name the getters `get_{}` with `#[slotmodel(getter_prefix = get_)]`{option}, or rename the field",
                        field.name, field.name
                    ),
                );
                clashes.push(index);
            } else {
                taken.push((name.clone(), format!("the {kind} of field `{}`", field.name)));
            }
        }
    }
    clashes
}
