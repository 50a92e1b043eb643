//! How `#[derive(Compact)]` stores each field, shared by the packed struct, the enum variants
//! and the columns: its width, and the code that writes and reads it.

use proc_macro2::TokenStream;
use quote::format_ident;
use syn::spanned::Spanned;

use crate::ast::{Container, Field};
use crate::ctxt::Ctxt;
use crate::expand::rules::bound_expr;
use crate::ty::{Prim, Shape};

/// Types that have no fixed width are refused here, with a suggestion; anything else must
/// implement `Packable`, which the compiler checks. `holder` names what they would be packed in.
pub fn check_fields_packable(cx: &Ctxt, container: &Container, holder: &str) {
    for field in &container.fields {
        let reason = match (&field.shape, field.ty) {
            (_, syn::Type::Reference(_)) => Some("a reference"),
            (Shape::Text, _) => Some("a string"),
            (Shape::Sequence, syn::Type::Array(_)) => None,
            (Shape::Sequence, _) => Some("a collection"),
            _ => None,
        };
        if let Some(reason) = reason {
            cx.error_spanned_by(
                field.ty,
                format!(
                    "`{}` is {reason}, which has no fixed bit width and cannot be packed; keep it outside the {holder} (store an index or id in its place), or use a fixed-size type",
                    field.name
                ),
            );
        }
    }
}

/// How one field is stored.
enum Storage {
    /// A bounded integer, stored as its distance from the lower bound; or an `Option` of one,
    /// `None` as 0 and a value as its distance plus one, in a spare value of the range.
    Offset {
        min: TokenStream,
        max: TokenStream,
        signed: bool,
        /// The integer type.
        ty: syn::Ident,
        optional: bool,
    },
    /// Anything else, at its type's full `Packable` width.
    Whole,
}

fn storage(field: &Field) -> Storage {
    let Some(bounded) = field.attrs.bounded.as_ref().filter(|b| b.value.is_set()) else {
        return Storage::Whole;
    };
    let (prim, optional) = match &field.shape {
        Shape::Prim(prim @ Prim::Int { .. }) => (*prim, false),
        Shape::Option(inner) => match **inner {
            Shape::Prim(prim @ Prim::Int { .. }) => (prim, true),
            _ => return Storage::Whole,
        },
        _ => return Storage::Whole,
    };
    let Prim::Int { signed, .. } = prim else {
        return Storage::Whole;
    };
    let ty = syn::Ident::new(prim.name(), proc_macro2::Span::call_site());
    let min = bounded
        .value
        .min
        .as_ref()
        .map_or_else(|| template!([ty] <#ty>::MIN), |b| bound_expr(b, Some(prim)));
    let max = match &bounded.value.max {
        None => template!([ty] <#ty>::MAX),
        Some(b) if bounded.value.max_inclusive => bound_expr(b, Some(prim)),
        Some(b) => {
            // Saturating: an end at the type's minimum leaves no value, which the bounds check
            // generated beside reports in words rather than as an overflow.
            let b = bound_expr(b, Some(prim));
            template!([ty, b] <#ty>::saturating_sub(#b, 1))
        }
    };
    Storage::Offset {
        min,
        max,
        signed,
        ty,
        optional,
    }
}

/// How each field of one struct, or of one enum variant, is written and read.
pub struct Codec<'a> {
    pub container: &'a Container<'a>,
    pub p: TokenStream,
    storages: Vec<Storage>,
    /// The constants of `container.ident` that hold the fields' widths and first bits:
    /// `__SLOTMODEL_WIDTHS` for a struct, `__SLOTMODEL_V0_WIDTHS` for an enum's variant 0.
    pub widths: syn::Ident,
    pub offsets: syn::Ident,
}

impl<'a> Codec<'a> {
    /// The codec of `container`'s fields, whose widths and offsets are the constants
    /// `__SLOTMODEL{prefix}_WIDTHS` and `__SLOTMODEL{prefix}_OFFSETS`.
    pub fn new(container: &'a Container<'a>, p: TokenStream, prefix: &str) -> Self {
        Codec {
            container,
            p,
            storages: container.fields.iter().map(storage).collect(),
            widths: format_ident!("__SLOTMODEL{}_WIDTHS", prefix),
            offsets: format_ident!("__SLOTMODEL{}_OFFSETS", prefix),
        }
    }
}

impl Codec<'_> {
    /// Whether field `i` is stored whole as a type with rules of its own to check (a struct,
    /// an enum, an `Option` or an array of them) rather than as a primitive.
    pub fn composite(&self, i: usize) -> bool {
        self.whole(i) && !matches!(self.container.fields[i].shape, Shape::Prim(_))
    }

    /// Whether field `i` is stored at its type's full `Packable` width.
    pub fn whole(&self, i: usize) -> bool {
        matches!(self.storages[i], Storage::Whole)
    }

    pub fn width(&self, i: usize) -> TokenStream {
        let (p, ty) = (&self.p, self.container.fields[i].ty);
        match &self.storages[i] {
            Storage::Offset {
                min,
                max,
                signed,
                optional,
                ..
            } => {
                let span = if *signed {
                    template!([max, min] ((#max) as i128).wrapping_sub((#min) as i128) as u128)
                } else {
                    template!([max, min] ((#max) as u128).wrapping_sub((#min) as u128))
                };
                if *optional {
                    template!([p, span] #p::bits_with_none(#span))
                } else {
                    template!([p, span] #p::span_bits(#span))
                }
            }
            Storage::Whole => template_spanned!(ty.span() => [ty, p] <#ty as #p::Packable>::BITS),
        }
    }

    pub fn place(&self, i: usize) -> (TokenStream, TokenStream) {
        let (ident, widths, offsets) = (self.container.ident, &self.widths, &self.offsets);
        (
            template!([ident, offsets, i] __base + #ident::#offsets[#i] as usize),
            template!([ident, widths, i] #ident::#widths[#i]),
        )
    }

    /// Writes field `i` of the record that starts at `__base` in `__bytes`.
    pub fn write(&self, i: usize, value: &TokenStream) -> TokenStream {
        self.write_at(i, value, &self.place(i).0)
    }

    /// Reads field `i` of the record that starts at `__base` in `__bytes`.
    pub fn read(&self, i: usize) -> TokenStream {
        self.read_at(i, &self.place(i).0)
    }

    /// Writes field `i`'s stored form at bit `offset` of `__bytes`.
    pub fn write_at(&self, i: usize, value: &TokenStream, offset: &TokenStream) -> TokenStream {
        let (p, ty) = (&self.p, self.container.fields[i].ty);
        let width = self.place(i).1;
        match &self.storages[i] {
            Storage::Offset {
                min,
                ty: int,
                optional: true,
                ..
            } => template!([p, offset, width, value, int, min] #p::put_bits(__bytes, #offset, #width, match #value {
                #p::Some(__v) => <#int as #p::PackInt>::to_raw(__v, #min) + 1,
                #p::None => 0,
            });),
            Storage::Offset { min, .. } => {
                template!([p, offset, width, ty, value, min] #p::put_bits(__bytes, #offset, #width, <#ty as #p::PackInt>::to_raw(#value, #min));)
            }
            Storage::Whole => {
                template!([ty, p, value, offset] <#ty as #p::Packable>::write_bits(&#value, __bytes, #offset);)
            }
        }
    }

    /// Reads field `i`'s stored form at bit `offset` of `__bytes`.
    pub fn read_at(&self, i: usize, offset: &TokenStream) -> TokenStream {
        let (p, ty) = (&self.p, self.container.fields[i].ty);
        let width = self.place(i).1;
        match &self.storages[i] {
            Storage::Offset {
                min,
                ty: int,
                optional: true,
                ..
            } => template!([p, offset, width, int, min] match #p::get_bits(__bytes, #offset, #width) {
                0 => #p::None,
                __raw => #p::Some(<#int as #p::PackInt>::from_raw(__raw - 1, #min)),
            }),
            Storage::Offset { min, .. } => {
                template!([ty, p, offset, width, min] <#ty as #p::PackInt>::from_raw(#p::get_bits(__bytes, #offset, #width), #min))
            }
            Storage::Whole => template!([ty, p, offset] <#ty as #p::Packable>::read_bits(__bytes, #offset)),
        }
    }
}
