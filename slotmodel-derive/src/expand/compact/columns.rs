//! `<Name>Columns` for `#[derive(Compact)]` with `#[slotmodel(columns)]`: the records as one
//! bit-packed column per field, each field stored as in `<Name>Packed` (same widths, same
//! encoding), so a scan of one field reads only that field's bits.

use proc_macro2::TokenStream;
use quote::format_ident;

use super::codec::Codec;

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
    let mut fields = TokenStream::new();
    for (i, field) in container.fields.iter().enumerate() {
        let (member, name, ty) = (&field.member, &field.name, field.ty);
        let (getter, _) = container.accessor_names(field, i);
        let width = template!([ident, i] (#ident::__SLOTMODEL_WIDTHS[#i] as usize));
        let push = codec.write_at(
            i,
            &template!([member] __value.#member),
            &template!([width] self.len * #width),
        );
        let row = codec.read_at(i, &template!([width] __row * #width));
        let at = codec.read_at(i, &template!([] __at));
        fields.extend(template!([i, member, name, getter, ty, push, row, at] (#i, #member, #name, #getter, (#ty), push = { #push }, row = { #row }, at = { #at }),));
    }
    template! {[p, vis, ident, columns, count, fields]
        #p::compact_columns! {
            vis = [#vis], ident = #ident, columns = #columns, count = #count,
            locals = [self, __value, __bytes, __row, __at],
            fields = [#fields],
        }
    }
}
