//! A small typed model of the derive input. It borrows the `syn` nodes, so every error can point
//! at the original tokens.

use proc_macro2::Span;
use syn::{Data, DeriveInput, Fields, Ident, Member, Type};

use crate::attr::container::ContainerAttrs;
use crate::attr::field::FieldAttrs;
use crate::ctxt::Ctxt;
use crate::ty::{self, Shape};

pub struct Container<'a> {
    pub input: &'a DeriveInput,
    pub ident: &'a Ident,
    pub attrs: ContainerAttrs,
    pub style: Style,
    pub fields: Vec<Field<'a>>,
    /// The names of the struct's type and const parameters.
    pub params: Vec<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Named,
    Tuple,
    Unit,
}

pub struct Field<'a> {
    pub original: &'a syn::Field,
    pub member: Member,
    /// `port`, or `0` for a tuple field.
    pub name: String,
    pub ty: &'a Type,
    pub shape: Shape,
    pub attrs: FieldAttrs,
    /// Its accessors would clash with another generated item: after that error, they are left
    /// out, so the clash is reported once.
    pub clashes: bool,
}

impl<'a> Container<'a> {
    /// Reads a struct; `None` (with the error recorded) for enums and unions.
    pub fn from_ast(cx: &Ctxt, input: &'a DeriveInput, derive: &str) -> Option<Self> {
        let fields = match &input.data {
            Data::Struct(data) => &data.fields,
            Data::Enum(data) => {
                cx.syn_error(syn::Error::new(data.enum_token.span, format!("`#[derive({derive})]` supports structs only; put each variant's data in a struct that derives `{derive}`")));
                return None;
            }
            Data::Union(data) => {
                let message = format!("`#[derive({derive})]` supports structs only, not unions");
                cx.syn_error(syn::Error::new(data.union_token.span, message));
                return None;
            }
        };
        let style = match fields {
            Fields::Named(_) => Style::Named,
            Fields::Unnamed(_) => Style::Tuple,
            Fields::Unit => Style::Unit,
        };
        let fields = fields
            .iter()
            .enumerate()
            .map(|(index, field)| Field {
                original: field,
                member: field.ident.clone().map_or_else(
                    || {
                        Member::Unnamed(syn::Index {
                            index: u32::try_from(index).unwrap_or(u32::MAX),
                            span: Span::call_site(),
                        })
                    },
                    Member::Named,
                ),
                name: field.ident.as_ref().map_or_else(
                    || index.to_string(),
                    |ident| ident.to_string().trim_start_matches("r#").to_owned(),
                ),
                ty: &field.ty,
                shape: ty::shape(&field.ty),
                attrs: FieldAttrs::from_attrs(cx, &field.attrs),
                clashes: false,
            })
            .collect();
        let params = input
            .generics
            .params
            .iter()
            .filter_map(|param| match param {
                syn::GenericParam::Type(t) => Some(t.ident.to_string()),
                syn::GenericParam::Const(c) => Some(c.ident.to_string()),
                syn::GenericParam::Lifetime(_) => None,
            })
            .collect();
        Some(Container {
            input,
            ident: &input.ident,
            attrs: ContainerAttrs::from_attrs(cx, &input.attrs),
            style,
            fields,
            params,
        })
    }
}

impl Field<'_> {
    /// Whether the field's type names a type or const parameter of the struct.
    pub fn is_generic(&self, container: &Container) -> bool {
        ty::mentions_any(self.ty, &container.params)
    }
}
