//! `<Name>Columns` for `#[derive(Compact)]` with `#[slotmodel(columns)]`: the records as one
//! bit-packed column per field, each field stored as in `<Name>Packed` (same widths, same
//! encoding), so a scan of one field reads only that field's bits.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::compact::Codec;
use super::{accessor_names, doc};

/// The methods of `<Name>Columns`, which a field's column accessor must not shadow.
pub const METHODS: &[&str] = &[
    "new",
    "with_capacity",
    "len",
    "is_empty",
    "push",
    "get",
    "iter",
    "heap_bytes",
    "try_from_iter",
];

pub fn expand(codec: &Codec) -> TokenStream {
    let (container, p) = (codec.container, &codec.p);
    let ident = container.ident;
    let vis = &container.input.vis;
    let columns = format_ident!("{}Columns", ident);
    let count = container.fields.len();
    let width = |i: usize| quote!((#ident::__SLOTMODEL_WIDTHS[#i] as usize));
    let indices: Vec<usize> = (0..count).collect();
    let widths: Vec<TokenStream> = indices.iter().map(|&i| width(i)).collect();
    let writes = container.fields.iter().enumerate().map(|(i, field)| {
        let (member, w) = (&field.member, &widths[i]);
        let write = codec.write_at(i, &quote!(__value.#member), &quote!(self.len * #w));
        quote! {
            #p::grow_column(&mut self.columns[#i], self.len + 1, #w);
            { let __bytes = &mut self.columns[#i][..]; #write }
        }
    });
    let reads = container.fields.iter().enumerate().map(|(i, field)| {
        let (member, w) = (&field.member, &widths[i]);
        let read = codec.read_at(i, &quote!(__row * #w));
        quote!(#member: { let __bytes = &self.columns[#i][..]; #read })
    });
    let accessors = column_accessors(codec, &widths);
    let debug = debug_impl(&columns);
    let type_doc = doc(&format!(
        "`{ident}` records as one bit-packed column per field (struct of arrays): a scan of one field reads only its bits. Fields are stored as in `{ident}Packed`; every record passes its rules on the way in."
    ));
    quote! {
        #type_doc
        #[derive(::core::clone::Clone, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::default::Default)]
        #vis struct #columns {
            len: usize,
            columns: [#p::Vec<u8>; #count],
        }

        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_possible_wrap, clippy::cast_lossless, reason = "bounds are widened to compute offsets")]
        impl #columns {
            /// No records; allocates nothing until the first push.
            #[must_use]
            pub fn new() -> Self {
                <Self as ::core::default::Default>::default()
            }

            /// No records, with room for exactly `records` in every column.
            #[must_use]
            pub fn with_capacity(records: usize) -> Self {
                let mut out = Self::new();
                #( out.columns[#indices].reserve_exact(#p::column_bytes(records, #widths)); )*
                out
            }

            /// How many records it holds.
            #[must_use]
            pub fn len(&self) -> usize {
                self.len
            }

            /// Whether it holds no record.
            #[must_use]
            pub fn is_empty(&self) -> bool {
                self.len == 0
            }

            /// The bytes allocated for all columns.
            #[must_use]
            pub fn heap_bytes(&self) -> usize {
                self.columns.iter().map(#p::Vec::capacity).sum()
            }

            /// Appends a record if it passes all of its rules; a refused record changes nothing.
            ///
            /// # Errors
            ///
            /// Every rule the record breaks.
            pub fn push(&mut self, value: impl ::core::borrow::Borrow<#ident>) -> #p::Result<(), #p::ValidationErrors> {
                let __value: &#ident = value.borrow();
                #p::Packable::check_packable(__value)?;
                #(#writes)*
                self.len += 1;
                #p::Ok(())
            }

            /// The record at `row`, or `None` past the end.
            #[must_use]
            pub fn get(&self, row: usize) -> #p::Option<#ident> {
                (row < self.len).then(|| self.__row(row))
            }

            /// The records, each rebuilt from its columns.
            pub fn iter(&self) -> impl ::core::iter::DoubleEndedIterator<Item = #ident> + ::core::iter::ExactSizeIterator + '_ {
                (0..self.len).map(move |row| self.__row(row))
            }

            /// Columns of every record if all pass their rules.
            ///
            /// # Errors
            ///
            /// The first refused record's errors, its fields prefixed with its position (`Name[3].field`).
            pub fn try_from_iter<B: ::core::borrow::Borrow<#ident>>(values: impl ::core::iter::IntoIterator<Item = B>) -> #p::Result<Self, #p::ValidationErrors> {
                let mut out = Self::new();
                for (position, value) in values.into_iter().enumerate() {
                    out.push(value).map_err(|errors| #p::at_index(errors, position))?;
                }
                #p::Ok(out)
            }

            #(#accessors)*

            fn __row(&self, __row: usize) -> #ident {
                #ident { #(#reads),* }
            }
        }

        #debug
    }
}

/// One accessor per field, returning its typed `slotmodel::Column`.
fn column_accessors(codec: &Codec, widths: &[TokenStream]) -> Vec<TokenStream> {
    let (container, p) = (codec.container, &codec.p);
    container.fields.iter().enumerate().map(|(i, field)| {
        let (getter, _) = accessor_names(container, field, i);
        let (ty, w, name) = (field.ty, &widths[i], &field.name);
        let read = codec.read_at(i, &quote!(__at));
        let text = doc(&format!("The `{name}` column: each record's `{name}`, decoded on access."));
        quote! {
            #text
            #[must_use]
            pub fn #getter(&self) -> #p::Column<'_, #ty, impl ::core::ops::Fn(&[u8], usize) -> #ty + ::core::marker::Copy, { #w }> {
                #p::Column::new(&self.columns[#i], self.len, |__bytes: &[u8], __at: usize| #read)
            }
        }
    })
    .collect()
}

/// `Debug` for `<Name>Columns`: the records may not be `Debug`; the count and the size always are.
fn debug_impl(columns: &syn::Ident) -> TokenStream {
    quote! {
        #[automatically_derived]
        impl ::core::fmt::Debug for #columns {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct(::core::stringify!(#columns))
                    .field("len", &self.len)
                    .field("heap_bytes", &self.heap_bytes())
                    .finish_non_exhaustive()
            }
        }
    }
}
