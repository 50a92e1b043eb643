//! The checks of `#[derive(View)]` on a struct: what each field's type and `#[view]` keys allow,
//! and that lengths, tags and conditions name earlier integer fields.

use super::slot::{bit_runs, kind, position_of, Kind};
use crate::ast::{Container, Field};
use crate::attr::view::LengthFrom;
use crate::ctxt::Ctxt;
use crate::ty::{Prim, Shape};

/// A bit field holds an unsigned integer of at least its width, or a `bool` of one bit.
fn check_bits(cx: &Ctxt, field: &Field) {
    let Some((width, lit)) = &field.view.bits else { return };
    let holds = match field.shape {
        Shape::Prim(Prim::Bool) => Some(1),
        Shape::Prim(Prim::Int { name, .. }) => match name {
            "u8" => Some(8),
            "u16" => Some(16),
            "u32" => Some(32),
            "u64" => Some(64),
            _ => None,
        },
        _ => None,
    };
    match holds {
        None => cx.error_spanned_by(field.ty, format!("`{}` is a bit field, which holds `u8`, `u16`, `u32`, `u64` or `bool`: change its type, or remove `bits`", field.name)),
        Some(1) if *width != 1 => cx.error_spanned_by(lit, format!("`{}` is a `bool`, which takes 1 bit: write `bits = 1`", field.name)),
        Some(holds) if *width > holds => {
            let ty = field.ty;
            cx.error_spanned_by(lit, format!("`bits = {width}` overflows `{}`, which holds {holds} bits: use a wider type or fewer bits", template!([ty] #ty)));
        }
        Some(_) => {}
    }
    if field.view.length.is_some() || field.view.tag.is_some() {
        cx.error_spanned_by(
            lit,
            format!(
                "`{}` cannot both be a bit field and have a length or tag: remove `bits`, or the other key",
                field.name
            ),
        );
    }
}

/// `bytes = N` stores an integer wider than `N` bytes, and nothing else.
fn check_narrow(cx: &Ctxt, field: &Field) {
    let Some((width, lit)) = &field.view.bytes else { return };
    if field.view.bits.is_some() || field.view.length.is_some() || field.view.tag.is_some() {
        cx.error_spanned_by(lit, format!("`{}` is narrowed by `bytes`, and cannot also be a bit field or have a length or tag: remove `bytes`, or the other key", field.name));
        return;
    }
    let ty = crate::expand::shared::type_text(&field.ty);
    let holds = match field.shape {
        Shape::Prim(Prim::Int { name, .. }) => match name {
            "u16" | "i16" => Some(2),
            "u32" | "i32" => Some(4),
            "u64" | "i64" => Some(8),
            _ => None,
        },
        _ => None,
    };
    match holds {
        None => cx.error_spanned_by(field.ty, format!("`bytes = {width}` stores an integer in fewer bytes than its type takes, and `{}` is a `{ty}`: declare it as `u16`, `u32`, `u64`, `i16`, `i32` or `i64`, or remove `bytes`", field.name)),
        Some(holds) if *width >= holds => cx.error_spanned_by(lit, format!("`bytes = {width}` is not fewer than the {holds} bytes of `{ty}`: remove `bytes`, or give fewer")),
        Some(_) => {}
    }
}

pub fn check_fields(cx: &Ctxt, container: &Container) {
    if !container.input.generics.params.is_empty() {
        cx.error_spanned_by(&container.input.generics, "`#[derive(View)]` does not support generic structs: a view's layout must be fixed; derive it on a concrete struct");
    }
    let (runs, errors) = bit_runs(container, container.view.endian.is_some_and(|e| e.big));
    for error in errors {
        cx.syn_error(error);
    }
    check_order(cx, container);
    for field in &container.fields {
        check_bits(cx, field);
        check_narrow(cx, field);
    }
    let variable = container
        .fields
        .iter()
        .any(|f| f.view.length.is_some() || f.view.tag.is_some() || f.view.when.is_some() || f.view.rest.is_some());
    if let (Some(size), true) = (&container.view.size, variable) {
        cx.error_spanned_by(size, format!("`{}` has variable-length fields, so no size fits every record: remove `size` (each record's length is `view_len`)", container.ident));
    }
    if let (Some(pad_to), false) = (&container.view.pad_to, variable) {
        cx.error_spanned_by(pad_to, format!("`pad_to` pads records of variable length, and `{}` takes a fixed number of bytes: remove `pad_to`, and declare trailing padding as a last field of type `[u8; N]`", container.ident));
    }
    if let (true, Some(field)) = (variable, container.fields.iter().find(|f| f.view.bits.is_some())) {
        let lit = field.view.bits.as_ref().map(|b| &b.1);
        cx.error_spanned_by(lit, format!("`{}` is a bit field in a record of variable length, which reads only whole fields: move the bit fields into a fixed-size record that derives `View`, and nest it", field.name));
    }
    for (index, field) in container.fields.iter().enumerate() {
        if runs[index].is_some() {
            continue;
        }
        if refuse_rest(cx, container, index) {
            continue;
        }
        check_length_source(cx, container, index);
        if let (Some(element), Some(_)) = (crate::ty::vec_element(field.ty), &field.view.length) {
            let what = match (crate::ty::shape(element), element) {
                (_, syn::Type::Reference(_)) => Some("references"),
                (Shape::Text, _) => Some("strings"),
                (Shape::Sequence, syn::Type::Array(_)) => None,
                (Shape::Sequence, _) => Some("collections"),
                _ => None,
            };
            if let Some(what) = what {
                cx.error_spanned_by(element, format!("`{}` is a `Vec` of {what}, which have no fixed binary form: a run holds numbers, `bool`, `[u8; N]`, arrays of numbers, `#[repr(uN)]` enums or structs that derive `View`", field.name));
                continue;
            }
        }
        let vec = crate::ty::vec_element(field.ty).is_some();
        if let (Some(when), true) = (
            &field.view.when,
            field.view.length.is_some() || field.view.tag.is_some() || field.view.bytes.is_some(),
        ) {
            cx.error_spanned_by(&when.key, format!("`{}` is present or absent by `when`, and cannot also have a length, a tag or `bytes`: remove `when`, or the other key", field.name));
            continue;
        }
        match (kind(container, field), &field.view.length) {
            (Err(_), _) if field.view.when.is_some() => cx.error_spanned_by(
                field.ty,
                format!("`when = ..` makes `{}` present or absent, so it is an `Option<T>`: declare it as `Option<{}>`, or remove `when`", field.name, crate::expand::shared::type_text(&field.ty)),
            ),
            (Err(_), Some(length)) if !vec => cx.error_spanned_by(
                field.ty,
                format!("`{} = {}` gives the length of a `Vec` field, or of a tagged union beside its `tag`, and `{}` is neither: declare it as `Vec<T>`, add `tag = field` if it is a tagged union, or remove `{}`", length.key, length.text(), field.name, length.key),
            ),
            // A refused `#[view]` on the field may have been its length.
            (Err(_), None) if vec && field.view.refused => {}
            (Err(_), None) if vec => cx.error_spanned_by(
                field.ty,
                format!("`{}` is a `Vec`, whose length a view must read from an earlier integer field: add `#[view(len = field)]` (bytes, for `Vec<u8>`) or `#[view(count = field)]` (elements)", field.name),
            ),
            (Err(reason), _) => cx.error_spanned_by(
                field.ty,
                format!("`{}` is {reason}, which cannot be viewed in place; use numbers, `bool`, `[u8; N]`, arrays of numbers, `#[repr(uN)]` enums or structs that derive `View`", field.name),
            ),
            (Ok(Kind::Bytes), _) => {
                if let Some(endian) = field.view.endian {
                    cx.syn_error(syn::Error::new(endian.span, format!("`{}` is a byte array, which has no byte order; remove `endian` here", field.name)));
                }
            }
            (Ok(_), _) => {}
        }
    }
}

/// `rest` takes every byte after the fields before it: the last field, a `Vec<u8>`, which
/// nothing else sizes and no rule checks. Whether it was refused.
fn refuse_rest(cx: &Ctxt, container: &Container, index: usize) -> bool {
    let field = &container.fields[index];
    let Some(rest) = &field.view.rest else { return false };
    let name = &field.name;
    let view = &field.view;
    let other = [
        view.length.as_ref().map(|l| l.key.to_string()),
        view.tag.as_ref().map(|_| "tag".to_owned()),
        view.when.as_ref().map(|_| "when".to_owned()),
        view.bits.as_ref().map(|_| "bits".to_owned()),
        view.bytes.as_ref().map(|_| "bytes".to_owned()),
    ];
    let bytes = crate::ty::vec_element(field.ty)
        .is_some_and(|element| matches!(crate::ty::shape(element), Shape::Prim(Prim::Int { name: "u8", .. })));
    if let Some(key) = other.into_iter().flatten().next() {
        cx.error_spanned_by(rest, format!("`{name}` takes the bytes left after the fields before it, and cannot also have `{key}`: remove `rest`, or `{key}`"));
    } else if !bytes {
        cx.error_spanned_by(
            field.ty,
            format!(
                "`rest` takes the bytes left after the fields before it, as a `Vec<u8>`: declare `{name}` as `Vec<u8>`"
            ),
        );
    } else if index + 1 != container.fields.len() {
        cx.error_spanned_by(rest, format!("`{name}` takes every byte after the fields before it, so no field can follow it: move `{name}` last, or give it a length with `len = ..`"));
    } else if let Some(pad_to) = &container.view.pad_to {
        cx.error_spanned_by(pad_to, format!("`{name}` takes every byte after the fields before it, so no padding can follow it: remove `pad_to`, or give `{name}` a length with `len = ..`"));
    } else if field.attrs.bounded.is_some() || !field.attrs.checks.is_empty() {
        cx.error_spanned_by(
            field.ty,
            format!(
                "`{name}` has a variable length, and a view does not check rules on it: check its bytes after reading"
            ),
        );
    } else {
        return false;
    }
    true
}

/// `len = f` / `count = f` names an earlier integer field (`len` counts bytes, `count`
/// elements); a variable-length field's rules would need the whole run, so it takes none.
fn check_length_source(cx: &Ctxt, container: &Container, index: usize) {
    let field = &container.fields[index];
    if let Some(tag) = &field.view.tag {
        check_source(cx, container, index, tag, "the tag");
        match &field.view.length {
            Some(length) if length.elements => cx.error_spanned_by(
                &length.key,
                format!(
                    "`{}` is a tagged union, whose length counts bytes, not elements: write `len = {}`",
                    field.name,
                    length.text()
                ),
            ),
            Some(length) => check_source(cx, container, index, length, "the length"),
            None => {}
        }
        return;
    }
    if let Some(when) = &field.view.when {
        check_source(cx, container, index, when, "the condition");
    }
    let Some(length) = &field.view.length else { return };
    check_source(cx, container, index, length, "the length");
    if field.attrs.bounded.is_some() || !field.attrs.checks.is_empty() {
        cx.error_spanned_by(field.ty, format!("`{}` has a variable length, and a view does not check rules on it: put the rule on its length field `{}`, or check the elements after reading", field.name, length.text()));
    }
}

/// `len = f`, `count = f` and `tag = f` name an earlier integer field, which holds `what`; an
/// expression names only such fields.
fn check_source(cx: &Ctxt, container: &Container, index: usize, source: &LengthFrom, what: &str) {
    let (field, key) = (&container.fields[index], &source.key);
    let text = source.text();
    for name in source.names() {
        match position_of(container, name).map(|i| (i, &container.fields[i])) {
            None => {
                let known: Vec<&str> = container.fields.iter().map(|f| f.name.as_str()).collect();
                let named = if source.expr.is_some() { format!(" names `{name}`,") } else { " names".to_owned() };
                cx.error_spanned_by(name, format!("`{key} = {text}`{named} no field of `{}`{} it must name an earlier integer field that holds {what}", container.ident, crate::attr::did_you_mean(&name.to_string(), &known)));
            }
            Some((i, _)) if i >= index => cx.error_spanned_by(name, format!("`{name}` comes at or after `{}`, so its value is not known where `{}` starts: move the field that holds {what} before it", field.name, field.name)),
            Some((_, from)) if !matches!(from.shape, Shape::Prim(Prim::Int { .. })) || from.view.length.is_some() || from.view.tag.is_some() => {
                cx.error_spanned_by(name, format!("`{name}` is not an integer field, so it cannot give {what}: name an integer field such as `u8`, `u16` or `u32`"));
            }
            Some(_) => {}
        }
    }
}

/// A byte order chosen at run time is given once, for a record without `size` or bit fields; the
/// fields `big_if` reads are integers read in a fixed order, at fixed offsets.
fn check_order(cx: &Ctxt, container: &Container) {
    let view = &container.view;
    if view.runtime.is_none() && view.big_if.is_none() {
        return;
    }
    if let Some(big_if) = &view.big_if {
        if view.runtime.is_some() {
            cx.error_spanned_by(&big_if.key, "give the byte order once: `endian = runtime` (the caller gives it) or `big_if = ..` (the record's fields give it)");
        } else if let Some(endian) = view.endian {
            cx.syn_error(syn::Error::new(endian.span, "`big_if` chooses the record's byte order from its fields, so it has no fixed one: remove `endian` here, and give the fields `big_if` reads their own `#[view(endian = \"big\")]`"));
        }
    }
    if let Some(size) = &view.size {
        cx.error_spanned_by(size, format!("`{}` has a byte order chosen at run time, whose view takes its length from the bytes: remove `size` (each record's length is `view_len`)", container.ident));
    }
    if let Some(field) = container.fields.iter().find(|f| f.view.bits.is_some()) {
        let lit = field.view.bits.as_ref().map(|b| &b.1);
        cx.error_spanned_by(lit, format!("`{}` is a bit field in a record whose byte order is chosen at run time, which reads only whole fields: move the bit fields into a fixed-order record that derives `View`, and nest it", field.name));
    }
    let Some(big_if) = &view.big_if else { return };
    let first_variable = container.fields.iter().position(|f| {
        f.view.length.is_some() || f.view.tag.is_some() || f.view.when.is_some() || f.view.rest.is_some()
    });
    for name in big_if.names() {
        let Some(i) = position_of(container, name) else {
            let known: Vec<&str> = container.fields.iter().map(|f| f.name.as_str()).collect();
            cx.error_spanned_by(name, format!("`big_if = {}` names `{name}`, no field of `{}`{} it must name an integer field read in a fixed order, such as a magic number", big_if.text(), container.ident, crate::attr::did_you_mean(&name.to_string(), &known)));
            continue;
        };
        let from = &container.fields[i];
        if !matches!(from.shape, Shape::Prim(Prim::Int { .. })) || from.view.bytes.is_some() {
            cx.error_spanned_by(name, format!("`{name}` is not an integer field, so it cannot choose the byte order: name an integer field such as a `u32` magic number"));
        } else if let Some(variable) = first_variable.filter(|&v| v < i) {
            cx.error_spanned_by(name, format!("`{name}` comes after the variable-length field `{}`, so where it starts depends on the byte order it chooses: move `{name}` before `{}`", container.fields[variable].name, container.fields[variable].name));
        } else if from.view.endian.is_none() {
            cx.error_spanned_by(name, format!("`{name}` chooses the byte order, so it is read in a fixed one: add `#[view(endian = \"big\")]` (or `\"little\"`) to `{name}`, and compare it with the value it has in that order"));
        }
    }
}
