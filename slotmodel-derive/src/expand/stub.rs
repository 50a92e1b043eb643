//! The shape of a derive's API, emitted beside its errors: code that names `<Name>Packed` or
//! `<Name>View` sees the mistake in the attribute, not a cascade of missing types. The bodies
//! never run, since the crate does not compile.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ast::{Container, Enum};
use crate::attr::container::ContainerAttrs;

fn private(attrs: &ContainerAttrs) -> TokenStream {
    let krate = &attrs.krate;
    quote!(#krate::__private)
}

/// `<Name>Packed` and `Packable`, for a struct whose `#[derive(Compact)]` failed.
pub fn compact(container: &Container) -> TokenStream {
    let input = container.input;
    if !input.generics.params.is_empty() {
        return TokenStream::new();
    }
    let (p, ident, vis) = (private(&container.attrs), &input.ident, &input.vis);
    let packed = format_ident!("{}Packed", ident);
    quote! {
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug)]
        #[allow(missing_docs)]
        #vis struct #packed {}

        #[allow(missing_docs)]
        impl #packed {
            pub const BITS: u32 = 0;
            pub const SIZE: usize = 0;
            pub fn unpack(&self) -> #ident { ::core::unimplemented!() }
            pub fn to_bytes(&self) -> [u8; 0] { [] }
            pub fn from_bytes(_: &[u8; 0]) -> #p::Result<Self, #p::ValidationErrors> { ::core::unimplemented!() }
        }

        #[allow(missing_docs)]
        impl ::core::convert::TryFrom<&#ident> for #packed {
            type Error = #p::ValidationErrors;
            fn try_from(_: &#ident) -> #p::Result<Self, #p::ValidationErrors> { ::core::unimplemented!() }
        }

        #[allow(missing_docs)]
        impl #p::Packable for #ident {
            const BITS: u32 = 0;
            type SetResult = #p::Result<(), #p::ValidationErrors>;
            fn write_bits(&self, _: &mut [u8], _: usize) {}
            fn read_bits(_: &[u8], _: usize) -> Self { ::core::unimplemented!() }
            fn set_result(outcome: #p::Result<(), #p::ValidationErrors>) -> Self::SetResult { outcome }
        }
    }
}

/// `<Name>View`, `<Name>ViewMut` and `ViewItem`, for a struct whose `#[derive(View)]` failed.
pub fn view(container: &Container) -> TokenStream {
    let input = container.input;
    if !input.generics.params.is_empty() {
        return TokenStream::new();
    }
    let (p, ident, vis) = (private(&container.attrs), &input.ident, &input.vis);
    let (view, view_mut) = (format_ident!("{}View", ident), format_ident!("{}ViewMut", ident));
    let item = view_item(&p, ident, &quote!(#view<'a>), &quote!(#view { bytes }));
    quote! {
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug)]
        #[allow(missing_docs)]
        #vis struct #view<'a> { bytes: &'a [u8] }

        #[allow(missing_docs)]
        impl<'a> #view<'a> {
            pub const SIZE: usize = 0;
            pub fn new(_: &'a [u8]) -> #p::Result<Self, #p::ViewError> { ::core::unimplemented!() }
            pub fn new_prefix(_: &'a [u8]) -> #p::Result<(Self, &'a [u8]), #p::ViewError> { ::core::unimplemented!() }
            pub fn records(_: &'a [u8]) -> #p::Records<'a, Self> { ::core::unimplemented!() }
            pub fn slice(_: &'a [u8]) -> #p::Result<#p::ViewTable<'a, Self>, #p::ViewError> { ::core::unimplemented!() }
            pub fn as_bytes(&self) -> &'a [u8] { self.bytes }
            pub fn to_owned(&self) -> #ident { ::core::unimplemented!() }
        }

        #[allow(missing_docs)]
        impl<'a> #p::RecordView<'a> for #view<'a> {
            const SIZE: usize = 0;
            const NAME: &'static str = "";
            fn from_checked(_: &'a [u8]) -> Self { ::core::unimplemented!() }
            fn from_record(_: &'a [u8]) -> #p::Result<Self, #p::ViewError> { ::core::unimplemented!() }
        }

        #[derive(::core::fmt::Debug)]
        #[allow(missing_docs)]
        #vis struct #view_mut<'a> { bytes: &'a mut [u8] }

        #[allow(missing_docs)]
        impl<'a> #view_mut<'a> {
            pub const SIZE: usize = 0;
            pub fn new(_: &'a mut [u8]) -> #p::Result<Self, #p::ViewError> { ::core::unimplemented!() }
            pub fn as_view(&self) -> #view<'_> { #view { bytes: self.bytes } }
        }

        #item
    }
}

/// `ViewItem`, for an enum whose `#[derive(View)]` failed.
pub fn view_enum(data: &Enum) -> TokenStream {
    let ident = data.ident;
    view_item(
        &private(&data.attrs),
        ident,
        &quote!(#ident),
        &quote!({
            let _ = bytes;
            ::core::unimplemented!()
        }),
    )
}

/// A `ViewItem` impl whose `Ref` is `reference`, made by `get`.
fn view_item(p: &TokenStream, ident: &syn::Ident, reference: &TokenStream, get: &TokenStream) -> TokenStream {
    quote! {
        #[allow(missing_docs)]
        impl #p::ViewItem for #ident {
            const SIZE: usize = 0;
            type Ref<'a> = #reference;
            fn get<const BIG: bool>(bytes: &[u8]) -> Self::Ref<'_> { #get }
            fn read<const BIG: bool>(_: &[u8]) -> Self { ::core::unimplemented!() }
            fn write<const BIG: bool>(&self, _: &mut [u8]) {}
            fn check<const BIG: bool>(_: &[u8], _: &'static str, _: &'static str, _: usize) -> #p::Result<(), #p::ViewError> {
                ::core::unimplemented!()
            }
        }
    }
}
