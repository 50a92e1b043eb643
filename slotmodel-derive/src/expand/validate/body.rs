//! The body of `validate`: one call per run of same-type fields with literal ranges, a statement
//! per other rule.

use super::member_text;
use crate::ast::{Container, Field};
use crate::expand::code::{Code, Str};
use crate::expand::rules::{check_expr, literal_pair, IntLiteral, Operand};
use crate::runtime::Private;
use crate::ty::Shape;

/// The body of `validate`, and whether it is one expression, which is then inlined: a function
/// marked `#[inline]` is compiled only where it is called.
pub(super) fn validate_body(container: &Container, private: &Private) -> (Code, bool) {
    let struct_name = container.ident.to_string();
    let runs = range_runs(container);
    let mut pending = runs.iter().peekable();
    let mut steps = Code::new();
    // Whether `validate` checks more than runs.
    let mut more = !container.attrs.checks.is_empty();
    for (index, field) in container.fields.iter().enumerate() {
        // A field of a run is checked by the run's call, made at its first field.
        if run_type(field).is_some() {
            if let Some(run) = pending.next_if(|run| run.first == index) {
                steps.fmt(format_args!(
                    "__errors.within_run(Self::FIELDS, {index}, &[{}]);",
                    run.values
                ));
            }
            continue;
        }
        let operand = Operand::Field(&field.member);
        if field.element.is_some() {
            if let Some(check) = crate::expand::rules::own_check_expr(container, field, private, &operand) {
                more = true;
                steps.tokens(template!([check] __errors.field(#check);));
            }
            if let Some(inner) = crate::expand::rules::element_check(container, field, private) {
                let span = syn::spanned::Spanned::span(field.ty);
                more = true;
                steps.tokens(template_spanned!(span => [operand, inner] __errors.each(#operand, |__item| #inner);));
            }
        } else if let Some(check) = check_expr(container, field, private, &operand) {
            more = true;
            steps.tokens(template!([check] __errors.field(#check);));
        }
        if field.attrs.nested.is_some() {
            let name = &field.name;
            let validate = crate::expand::rules::nested_call(container, field, private, &operand);
            more = true;
            steps.tokens(template!([name, validate] __errors.nested(#name, #validate);));
        }
    }
    for path in &container.attrs.checks {
        steps.tokens(template!([path] __errors.container(#path, self);));
    }
    let mut body = Code::new();
    let one = steps.is_empty() || (runs.len() == 1 && !more);
    match (runs.as_slice(), more) {
        _ if steps.is_empty() => {
            body.private(private).text("::Ok(())");
        }
        // One run and nothing else: the whole body is one call.
        ([run], false) => {
            body.private(private).fmt(format_args!(
                "::validate_run({}, Self::FIELDS, {}, &[{}])",
                Str(&struct_name),
                run.first,
                run.values
            ));
        }
        _ => {
            body.text("let mut __errors = ").private(private);
            body.fmt(format_args!("::Collector::new({});", Str(&struct_name)));
            body.code(steps).text("__errors.finish()");
        }
    }
    (body, one)
}

/// Consecutive fields of one primitive integer type whose one rule is a value range with
/// literal bounds: `validate` checks each run in one call that reads the bounds from `FIELDS`.
struct RangeRun {
    first: usize,
    len: usize,
    /// `self.a, self.b`.
    values: String,
}

fn range_runs(container: &Container) -> Vec<RangeRun> {
    let mut runs: Vec<(RangeRun, &str)> = Vec::new();
    for (index, field) in container.fields.iter().enumerate() {
        let Some(ty) = run_type(field) else { continue };
        let value = format!("self.{}", member_text(&field.member));
        match runs.last_mut() {
            Some((run, run_ty)) if *run_ty == ty && run.first + run.len == index => {
                run.len += 1;
                run.values.push_str(", ");
                run.values.push_str(&value);
            }
            _ => runs.push((
                RangeRun {
                    first: index,
                    len: 1,
                    values: value,
                },
                ty,
            )),
        }
    }
    runs.into_iter().map(|(run, _)| run).collect()
}

/// The type of a field `validate` checks in a run: a primitive integer whose only rule is a
/// value range with literal bounds, both inclusive.
fn run_type(field: &Field) -> Option<&'static str> {
    let Shape::Prim(prim) = field.shape else { return None };
    plain_range(field).map(|_| prim.name())
}

/// The literal bounds of a primitive integer field whose only rule is `min..=max`.
pub(super) fn plain_range(field: &Field) -> Option<(IntLiteral, IntLiteral)> {
    let Shape::Prim(prim) = field.shape else { return None };
    let bounded = field.attrs.bounded.as_ref()?;
    let plain = field.attrs.checks.is_empty()
        && field.attrs.nested.is_none()
        && field.element.is_none()
        && !field.attrs.stub
        && !bounded.has_length()
        && !bounded.label.is_set();
    if !plain {
        return None;
    }
    literal_pair(&bounded.value, Some(prim))
}
