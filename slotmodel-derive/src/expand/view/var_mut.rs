//! `<Name>ViewMut<'a>` of a variable-length record: a setter for each field of fixed size that
//! is not a bit field, and a `_mut` accessor for each byte field. The runtime re-checks the
//! record after each setter, so the derive says only how each field encodes.

use proc_macro2::TokenStream;
use quote::format_ident;

use super::slot::{in_order, Kind, Slot};
use super::var::skip;
use crate::ast::Container;

pub fn expand(container: &Container, slots: &[Slot], p: &TokenStream) -> TokenStream {
    let ident = container.ident;
    let (vis, count) = (&container.input.vis, slots.len());
    let (view, view_mut) = (format_ident!("{}View", ident), format_ident!("{}ViewMut", ident));
    let order = if container.view.big_if.is_some() {
        template!([] read)
    } else if container.view.runtime.is_some() {
        template!([] given)
    } else {
        template!([] fixed)
    };
    let struct_name = ident.to_string();
    let (mut setters, mut bytes) = (TokenStream::new(), TokenStream::new());
    for s in slots {
        let (getter, setter) = container.accessor_names(s.field, s.index);
        let (name, ty, i) = (&s.field.name, s.field.ty, s.index);
        let next_skip = slots.get(i + 1).map_or_else(|| template!([] 0_usize), skip);
        match &s.kind {
            Kind::Value | Kind::Numbers | Kind::Bytes | Kind::Other => {
                let (item, big, value) = (s.item(p), &s.big, s.wrap(p, &template!([] value)));
                let write = template! {[item, p, value, struct_name, name, big]
                    <#item as #p::ViewItem>::fits(#value, #struct_name, #name, __start)?;
                    <#item as #p::ViewItem>::write::<#big>(#value, __field);
                };
                let write = in_order(container, &template!([] self.big), &write);
                setters.extend(template!([name, setter, ty, item, i, next_skip, write] (#name, #setter, #ty, #item, #i, #next_skip, { #write }),));
            }
            Kind::Run { bytes: true, .. } => {
                let accessor = format_ident!("{}_mut", getter);
                bytes.extend(template!([name, accessor, i, next_skip] (#name, #accessor, #i, #next_skip),));
            }
            _ => {}
        }
    }
    template! {[p, order, vis, ident, view, view_mut, count, setters, bytes]
        #p::view_var_mut! {
            order = #order, vis = [#vis], ident = #ident, view = #view, view_mut = #view_mut, count = #count,
            locals = [self, value, __field, __start],
            setters = [#setters], bytes = [#bytes],
        }
    }
}
