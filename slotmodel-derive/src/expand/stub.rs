//! The shape of a derive's API, emitted beside its errors: code that names `<Name>Packed` or
//! `<Name>View` sees the mistake in the attribute, not a cascade of missing types. The stubs are
//! `slotmodel`'s `stub_*` macros; their bodies never run, since the crate does not compile.

use proc_macro2::TokenStream;
use quote::format_ident;

use crate::ast::{Container, Enum};
use crate::attr::container::ContainerAttrs;

fn private(attrs: &ContainerAttrs) -> TokenStream {
    let krate = &attrs.krate;
    crate::runtime::path(krate)
}

/// `<Name>Packed` and `Packable`, for a struct whose `#[derive(Compact)]` failed.
pub fn compact(container: &Container) -> TokenStream {
    let input = container.input;
    if !input.generics.params.is_empty() {
        return TokenStream::new();
    }
    let (p, ident, vis) = (private(&container.attrs), &input.ident, &input.vis);
    let packed = format_ident!("{}Packed", ident);
    template!([p, vis, ident, packed] #p::stub_compact!(vis = [#vis], ident = #ident, packed = #packed);)
}

/// `Packable`, for an enum whose `#[derive(Compact)]` failed, so that the structs holding it
/// report the mistake in the enum and no missing impl.
pub fn packable(data: &Enum) -> TokenStream {
    let (p, ident) = (private(&data.attrs), data.ident);
    template!([p, ident] #p::stub_packable!(#ident);)
}

/// `<Name>View`, `<Name>ViewMut` and `ViewItem`, for a struct whose `#[derive(View)]` failed.
pub fn view(container: &Container) -> TokenStream {
    let input = container.input;
    if !input.generics.params.is_empty() {
        return TokenStream::new();
    }
    let (p, ident, vis) = (private(&container.attrs), &input.ident, &input.vis);
    let (view, view_mut) = (format_ident!("{}View", ident), format_ident!("{}ViewMut", ident));
    if container.view.runtime.is_some() {
        return template!([p, vis, ident, view] #p::stub_view!(order = given, vis = [#vis], ident = #ident, view = #view););
    }
    if container.view.big_if.is_some() {
        return template!([p, vis, ident, view] #p::stub_view!(order = read, vis = [#vis], ident = #ident, view = #view););
    }
    template!([p, vis, ident, view, view_mut] #p::stub_view!(vis = [#vis], ident = #ident, view = #view, view_mut = #view_mut);)
}

/// `ViewItem`, for an enum whose `#[derive(View)]` failed.
pub fn view_enum(data: &Enum) -> TokenStream {
    let (p, ident) = (private(&data.attrs), data.ident);
    template!([p, ident] #p::stub_view_enum!(#ident);)
}
