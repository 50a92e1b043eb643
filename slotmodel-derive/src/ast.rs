//! The one model of a derive's input, shared by every derive: a struct's fields or an enum's
//! variants, with every attribute the derive reads parsed into it. It borrows the `syn` nodes,
//! so every error can point at the original tokens.

use proc_macro2::Span;
use syn::{Data, DeriveInput, Fields, Ident, Member, Type};

use crate::attr::container::ContainerAttrs;
use crate::attr::field::FieldAttrs;
use crate::attr::view::{self, ViewAttrs};
pub use crate::attr::Derive;
use crate::ctxt::Ctxt;
use crate::ty::{self, Shape};

impl Derive {
    fn view_attrs(self, cx: &Ctxt, attrs: &[syn::Attribute], container: bool) -> ViewAttrs {
        if self == Derive::View {
            view::parse(cx, attrs, container)
        } else {
            ViewAttrs::default()
        }
    }
}

pub enum Input<'a> {
    Struct(Container<'a>),
    Enum(Enum<'a>),
}

impl<'a> Input<'a> {
    /// Reads a struct or an enum; `None` (with the error recorded) for a union.
    pub fn from_ast(cx: &Ctxt, input: &'a DeriveInput, derive: Derive) -> Option<Self> {
        match &input.data {
            Data::Struct(data) => Some(Input::Struct(Container::new(cx, input, &data.fields, derive))),
            Data::Enum(data) => Some(Input::Enum(Enum {
                input,
                ident: &input.ident,
                attrs: ContainerAttrs::from_attrs(cx, &input.attrs),
                view: derive.view_attrs(cx, &input.attrs, true),
                variants: data.variants.iter().collect(),
                // `Compact` stores the data of variants and `Validate` checks it; `View` refuses it.
                fields: data
                    .variants
                    .iter()
                    .map(|v| {
                        if derive == Derive::View {
                            Vec::new()
                        } else {
                            fields(cx, &v.fields, derive)
                        }
                    })
                    .collect(),
                repr: int_repr(input),
            })),
            Data::Union(data) => {
                let supported = match derive {
                    Derive::Validate => "structs only",
                    Derive::Compact => "structs and enums",
                    Derive::View => "structs and fieldless enums",
                };
                let name = derive.name();
                cx.syn_error(syn::Error::new(
                    data.union_token.span,
                    format!("`#[derive({name})]` supports {supported}, not unions"),
                ));
                None
            }
        }
    }
}

/// An enum: `Compact` packs one, `View` reads one with an integer `repr`.
pub struct Enum<'a> {
    pub input: &'a DeriveInput,
    pub ident: &'a Ident,
    pub attrs: ContainerAttrs,
    pub view: ViewAttrs,
    pub variants: Vec<&'a syn::Variant>,
    /// Each variant's fields, parsed as a struct's are (read by `Compact` only, empty otherwise).
    pub fields: Vec<Vec<Field<'a>>>,
    /// The integer of `#[repr(..)]`, if any.
    pub repr: Option<Ident>,
}

/// The integers an enum's `repr` can name.
pub const INT_REPRS: &[&str] = &[
    "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize",
];

fn int_repr(input: &DeriveInput) -> Option<Ident> {
    input.attrs.iter().filter(|a| a.path().is_ident("repr")).find_map(|a| {
        let mut found = None;
        let _ = a.parse_nested_meta(|meta| {
            if let Some(ident) = meta.path.get_ident() {
                if INT_REPRS.contains(&ident.to_string().as_str()) {
                    found = Some(ident.clone());
                }
            }
            Ok(())
        });
        found
    })
}

pub struct Container<'a> {
    pub input: &'a DeriveInput,
    pub ident: &'a Ident,
    pub attrs: ContainerAttrs,
    /// `#[view(..)]` on the struct, read by `View` only.
    pub view: ViewAttrs,
    pub style: Style,
    pub fields: Vec<Field<'a>>,
    /// The names of the struct's type and const parameters.
    pub params: Vec<String>,
    /// The derive being expanded.
    pub derive: Derive,
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
    /// `#[view(..)]` on the field, read by `View` only.
    pub view: ViewAttrs,
    /// Its accessors would clash with another generated item: after that error, they are left
    /// out, so the clash is reported once.
    pub clashes: bool,
    /// `each(..)`: the collection's element, with the rules every element must pass.
    pub element: Option<Box<Field<'a>>>,
}

impl<'a> Container<'a> {
    fn new(cx: &Ctxt, input: &'a DeriveInput, data: &'a Fields, derive: Derive) -> Self {
        let fields = fields(cx, data, derive);
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
        Container {
            input,
            ident: &input.ident,
            attrs: ContainerAttrs::from_attrs(cx, &input.attrs),
            view: derive.view_attrs(cx, &input.attrs, true),
            style: Style::of(data),
            fields,
            params,
            derive,
        }
    }

    /// The getter and setter names of a field: `port`/`set_port`, `get`/`set` for the one field of a
    /// tuple struct, `get_0`/`set_0` for several.
    pub fn accessor_names(&self, field: &Field, index: usize) -> (Ident, Ident) {
        let single_tuple = self.style == Style::Tuple && self.fields.len() == 1;
        match (&field.original.ident, single_tuple) {
            (Some(name), _) => {
                let getter = match &self.attrs.getter_prefix {
                    Some(prefix) => quote::format_ident!("{}{}", prefix, field.name),
                    None => name.clone(),
                };
                (getter, quote::format_ident!("set_{}", field.name))
            }
            (None, true) => (quote::format_ident!("get"), quote::format_ident!("set")),
            (None, false) => (
                quote::format_ident!("get_{}", index),
                quote::format_ident!("set_{}", index),
            ),
        }
    }
}

/// Each variant of `data` as a struct of its own, its fields moved out of `data`.
pub fn variant_containers<'a>(cx: &Ctxt, data: &mut Enum<'a>, derive: Derive) -> Vec<Container<'a>> {
    let fields = std::mem::take(&mut data.fields);
    data.variants
        .iter()
        .zip(fields)
        .map(|(variant, fields)| variant_data(cx, data, variant, fields, derive))
        .collect()
}

/// A variant's data as a struct named like the enum, its fields named `Variant.field`
/// (`Variant.0` in a tuple variant): the struct's checks, rules and codec then serve the
/// variant, and a refused value reads `Enum.Variant.field must be ..`.
fn variant_data<'a>(
    cx: &Ctxt,
    data: &Enum<'a>,
    variant: &'a syn::Variant,
    mut fields: Vec<Field<'a>>,
    derive: Derive,
) -> Container<'a> {
    for field in &mut fields {
        field.name = format!("{}.{}", variant.ident, field.name);
    }
    // No attributes of its own: what the struct reads from them (the crate's path) is the enum's.
    let mut attrs = ContainerAttrs::from_attrs(cx, &[]);
    attrs.krate.clone_from(&data.attrs.krate);
    attrs.krate_renamed = data.attrs.krate_renamed;
    Container {
        input: data.input,
        ident: data.ident,
        attrs,
        view: ViewAttrs::default(),
        style: Style::of(&variant.fields),
        fields,
        params: Vec::new(),
        derive,
    }
}

impl Style {
    pub fn of(fields: &Fields) -> Self {
        match fields {
            Fields::Named(_) => Style::Named,
            Fields::Unnamed(_) => Style::Tuple,
            Fields::Unit => Style::Unit,
        }
    }
}

/// The fields of a struct or of an enum variant, with their attributes parsed.
fn fields<'a>(cx: &Ctxt, fields: &'a Fields, derive: Derive) -> Vec<Field<'a>> {
    fields
        .iter()
        .enumerate()
        .map(|(index, field)| {
            let mut attrs = FieldAttrs::from_attrs(cx, &field.attrs);
            let name = field
                .ident
                .as_ref()
                .map_or_else(|| index.to_string(), ToString::to_string);
            let element = element(cx, field, &name, &field.ty, &mut attrs, "");
            field_model(cx, index, field, attrs, element, derive)
        })
        .collect()
}

/// The element of a collection whose `each(..)` rules `attrs` hold, with the rules of its own
/// elements for `each(each(..))`. `depth` is `[..]` once per level, for messages.
fn element<'a>(
    cx: &Ctxt,
    field: &'a syn::Field,
    name: &str,
    ty: &'a Type,
    attrs: &mut FieldAttrs,
    depth: &str,
) -> Option<Box<Field<'a>>> {
    let (mut rules, span) = attrs.each.take()?;
    let Some(element_ty) = ty::element(ty) else {
        let what = if depth.is_empty() {
            format!("`{name}`")
        } else {
            format!("each element of `{name}{depth}`")
        };
        cx.error_spanned_by(span, format!("`each` checks every element of a collection, and {what} is not one: use it on a `Vec`, an array, a slice, a set or a map (for its values)"));
        return None;
    };
    let inner = element(cx, field, name, element_ty, &mut rules, &format!("{depth}[..]"));
    Some(Box::new(Field {
        original: field,
        member: Member::Named(syn::Ident::new("__item", Span::call_site())),
        name: name.to_owned(),
        ty: element_ty,
        shape: ty::shape(element_ty),
        attrs: *rules,
        view: ViewAttrs::default(),
        clashes: false,
        element: inner,
    }))
}

fn field_model<'a>(
    cx: &Ctxt,
    index: usize,
    field: &'a syn::Field,
    attrs: FieldAttrs,
    element: Option<Box<Field<'a>>>,
    derive: Derive,
) -> Field<'a> {
    Field {
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
        attrs,
        view: derive.view_attrs(cx, &field.attrs, false),
        clashes: false,
        element,
    }
}

impl Field<'_> {
    /// How messages name the field: ``the `ids` field``, or ``each element of `ids` `` for the
    /// element of an `each(..)`.
    pub fn subject(&self) -> String {
        match &self.member {
            Member::Named(ident) if ident == "__item" => format!("each element of `{}`", self.name),
            _ => format!("`{}`", self.name),
        }
    }

    /// Whether the field's type names a type or const parameter of the struct.
    pub fn is_generic(&self, container: &Container) -> bool {
        ty::mentions_any(self.ty, &container.params)
    }
}
