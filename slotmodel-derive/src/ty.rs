//! What the macros can tell about a field's type from its syntax alone. Anything not recognised
//! is `Other`, and the compiler checks it through slotmodel's traits instead.

use syn::{GenericArgument, PathArguments, Type};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Prim {
    /// An integer type: its name, whether it is signed and its width (64 for `isize`/`usize`,
    /// the widest they are on supported targets).
    Int {
        name: &'static str,
        signed: bool,
        bits: u32,
    },
    Float {
        name: &'static str,
        bits: u32,
    },
    Bool,
    Char,
}

/// The scalar of a length bound.
pub const LENGTH: Prim = Prim::Int {
    name: "usize",
    signed: false,
    bits: 64,
};

impl Prim {
    pub fn name(self) -> &'static str {
        match self {
            Prim::Int { name, .. } | Prim::Float { name, .. } => name,
            Prim::Bool => "bool",
            Prim::Char => "char",
        }
    }

    /// The smallest and largest value of an integer type, as (negative, magnitude) pairs.
    pub fn int_range(self) -> Option<((bool, u128), (bool, u128))> {
        let Prim::Int { signed, bits, .. } = self else {
            return None;
        };
        Some(if signed {
            ((true, 1_u128 << (bits - 1)), (false, (1_u128 << (bits - 1)) - 1))
        } else {
            (
                (false, 0),
                (false, if bits == 128 { u128::MAX } else { (1_u128 << bits) - 1 }),
            )
        })
    }
}

#[derive(Clone, PartialEq, Debug)]
pub enum Shape {
    Prim(Prim),
    Option(Box<Shape>),
    /// `String`, `str`, and `Cow`, `Box`, `Rc` or `Arc` of `str`.
    Text,
    /// `Vec<T>`, `[T]`, `[T; N]` and other collections, and `Cow`, `Box`, `Rc` or `Arc` of them.
    Sequence,
    Other,
}

impl Shape {
    /// The primitive under any number of `Option`s.
    pub fn scalar(&self) -> Option<Prim> {
        match self {
            Shape::Prim(prim) => Some(*prim),
            Shape::Option(inner) => inner.scalar(),
            _ => None,
        }
    }

    /// Whether a getter can return the value itself rather than a reference.
    pub fn is_copy(&self) -> bool {
        match self {
            Shape::Prim(_) => true,
            Shape::Option(inner) => inner.is_copy(),
            _ => false,
        }
    }

    pub fn describe(&self) -> &'static str {
        match self {
            Shape::Prim(prim) => prim.name(),
            Shape::Option(_) => "Option",
            Shape::Text => "string",
            Shape::Sequence => "collection",
            Shape::Other => "type",
        }
    }
}

pub fn shape(ty: &Type) -> Shape {
    match ty {
        Type::Group(group) => shape(&group.elem),
        Type::Paren(paren) => shape(&paren.elem),
        Type::Reference(reference) => match shape(&reference.elem) {
            inner @ (Shape::Text | Shape::Sequence | Shape::Prim(_)) => inner,
            _ => Shape::Other,
        },
        Type::Array(_) | Type::Slice(_) => Shape::Sequence,
        Type::Path(path) if path.qself.is_none() => {
            let Some(last) = path.path.segments.last() else {
                return Shape::Other;
            };
            let name = last.ident.to_string();
            if let Some(prim) = primitive(&name) {
                if matches!(last.arguments, PathArguments::None) {
                    return Shape::Prim(prim);
                }
            }
            match name.as_str() {
                "Option" => {
                    single_argument(&last.arguments).map_or(Shape::Other, |inner| Shape::Option(Box::new(shape(inner))))
                }
                "String" | "str" => Shape::Text,
                // `Cow<str>`, `Arc<[u8]>`: a shared or borrowed string or slice has its length.
                "Cow" | "Box" | "Rc" | "Arc" => match single_argument(&last.arguments).map(shape) {
                    Some(inner @ (Shape::Text | Shape::Sequence)) => inner,
                    _ => Shape::Other,
                },
                "Vec" | "VecDeque" | "BTreeSet" | "BTreeMap" | "HashSet" | "HashMap" => Shape::Sequence,
                _ => Shape::Other,
            }
        }
        _ => Shape::Other,
    }
}

/// `T` of a `Vec<T>`.
pub fn vec_element(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    (last.ident == "Vec")
        .then(|| single_argument(&last.arguments))
        .flatten()
}

/// `T` of `Option<T>`.
pub fn option_inner(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    (last.ident == "Option")
        .then(|| single_argument(&last.arguments))
        .flatten()
}

/// The element type of a collection, for `each(..)`: `T` of `Vec<T>`, `[T; N]`, `&[T]`, sets,
/// `VecDeque<T>`, `Box<[T]>`; `V` of `BTreeMap<K, V>` and `HashMap<K, V>`; looked for inside
/// an `Option`.
pub fn element(ty: &Type) -> Option<&Type> {
    match ty {
        Type::Array(array) => Some(&array.elem),
        Type::Slice(slice) => Some(&slice.elem),
        Type::Reference(reference) => element(&reference.elem),
        Type::Paren(inner) => element(&inner.elem),
        Type::Path(path) => {
            let last = path.path.segments.last()?;
            let argument = single_argument(&last.arguments)?;
            match last.ident.to_string().as_str() {
                "Vec" | "VecDeque" | "BTreeSet" | "HashSet" | "BTreeMap" | "HashMap" => Some(argument),
                "Option" | "Box" | "Rc" | "Arc" => element(argument),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The last type argument: `T` in `Option<T>` or `Cow<'a, T>`.
fn single_argument(arguments: &PathArguments) -> Option<&Type> {
    let PathArguments::AngleBracketed(args) = arguments else {
        return None;
    };
    args.args.iter().rev().find_map(|arg| match arg {
        GenericArgument::Type(ty) => Some(ty),
        _ => None,
    })
}

fn primitive(name: &str) -> Option<Prim> {
    let int = |name, signed, bits| Some(Prim::Int { name, signed, bits });
    match name {
        "i8" => int("i8", true, 8),
        "i16" => int("i16", true, 16),
        "i32" => int("i32", true, 32),
        "i64" => int("i64", true, 64),
        "i128" => int("i128", true, 128),
        "isize" => int("isize", true, 64),
        "u8" => int("u8", false, 8),
        "u16" => int("u16", false, 16),
        "u32" => int("u32", false, 32),
        "u64" => int("u64", false, 64),
        "u128" => int("u128", false, 128),
        "usize" => int("usize", false, 64),
        "f32" => Some(Prim::Float { name: "f32", bits: 32 }),
        "f64" => Some(Prim::Float { name: "f64", bits: 64 }),
        "bool" => Some(Prim::Bool),
        "char" => Some(Prim::Char),
        _ => None,
    }
}

/// Whether `ty` names one of `params` anywhere, so that an item outside the impl cannot
/// mention it.
pub fn mentions_any(ty: &Type, params: &[String]) -> bool {
    fn walk(tokens: proc_macro2::TokenStream, params: &[String]) -> bool {
        tokens.into_iter().any(|tree| match tree {
            proc_macro2::TokenTree::Ident(ident) => params.iter().any(|p| ident == p),
            proc_macro2::TokenTree::Group(group) => walk(group.stream(), params),
            _ => false,
        })
    }
    !params.is_empty() && walk(quote::ToTokens::to_token_stream(ty), params)
}
