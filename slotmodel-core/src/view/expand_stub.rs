//! The shape of `#[derive(View)]`'s API, emitted beside its errors: code that names `<Name>View`
//! sees the mistake in the attribute, not a cascade of missing types. The bodies never run,
//! since the crate does not compile.

/// `<Name>View`, `<Name>ViewMut` and `ViewItem`, for a struct whose `#[derive(View)]` failed.
#[doc(hidden)]
#[macro_export]
macro_rules! __stub_view {
    // A record whose order the caller gives: its constructors take the order.
    (order = given, vis = [$($vis:tt)*], ident = $ident:ident, view = $view:ident) => {
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug)]
        #[allow(missing_docs)]
        $($vis)* struct $view<'a> { bytes: &'a [u8] }

        #[allow(missing_docs)]
        impl<'a> $view<'a> {
            pub fn new(_: &'a [u8], _: $crate::Endian) -> $crate::__private01::Result<Self, $crate::__private01::ViewError> { ::core::unimplemented!() }
            pub fn new_prefix(_: &'a [u8], _: $crate::Endian) -> $crate::__private01::Result<(Self, &'a [u8]), $crate::__private01::ViewError> { ::core::unimplemented!() }
            pub fn records(_: &'a [u8], _: $crate::Endian) -> $crate::VarRecords<'a, Self, $crate::Endian> { ::core::unimplemented!() }
            pub fn as_bytes(&self) -> &'a [u8] { self.bytes }
            pub fn endian(&self) -> $crate::Endian { ::core::unimplemented!() }
            pub fn to_owned(&self) -> $ident { ::core::unimplemented!() }
        }

        #[allow(missing_docs)]
        impl<'a> $crate::PrefixViewIn<'a> for $view<'a> {
            type Layout = ();
            fn layout_in(_: &[u8], _: $crate::Endian) -> $crate::__private01::Result<((), usize), $crate::__private01::ViewError> { ::core::unimplemented!() }
            fn from_layout(_: &'a [u8], (): ()) -> Self { ::core::unimplemented!() }
        }

        $crate::__stub_view_item!($ident, $view<'a>, bytes => $view { bytes });
    };
    // A record whose fields give its order.
    (order = read, vis = [$($vis:tt)*], ident = $ident:ident, view = $view:ident) => {
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug)]
        #[allow(missing_docs)]
        $($vis)* struct $view<'a> { bytes: &'a [u8] }

        #[allow(missing_docs)]
        impl<'a> $view<'a> {
            pub fn new(_: &'a [u8]) -> $crate::__private01::Result<Self, $crate::__private01::ViewError> { ::core::unimplemented!() }
            pub fn new_prefix(_: &'a [u8]) -> $crate::__private01::Result<(Self, &'a [u8]), $crate::__private01::ViewError> { ::core::unimplemented!() }
            pub fn records(_: &'a [u8]) -> $crate::VarRecords<'a, Self> { ::core::unimplemented!() }
            pub fn as_bytes(&self) -> &'a [u8] { self.bytes }
            pub fn endian(&self) -> $crate::Endian { ::core::unimplemented!() }
            pub fn to_owned(&self) -> $ident { ::core::unimplemented!() }
        }

        #[allow(missing_docs)]
        impl<'a> $crate::__private01::PrefixView<'a> for $view<'a> {
            type Layout = ();
            fn layout(_: &[u8]) -> $crate::__private01::Result<((), usize), $crate::__private01::ViewError> { ::core::unimplemented!() }
            fn from_layout(_: &'a [u8], (): ()) -> Self { ::core::unimplemented!() }
        }

        $crate::__stub_view_item!($ident, $view<'a>, bytes => $view { bytes });
    };
    (vis = [$($vis:tt)*], ident = $ident:ident, view = $view:ident, view_mut = $view_mut:ident) => {
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug)]
        #[allow(missing_docs)]
        $($vis)* struct $view<'a> { bytes: &'a [u8] }

        #[allow(missing_docs)]
        impl<'a> $view<'a> {
            pub const SIZE: usize = 0;
            pub fn new(_: &'a [u8]) -> $crate::__private01::Result<Self, $crate::__private01::ViewError> { ::core::unimplemented!() }
            pub fn new_prefix(_: &'a [u8]) -> $crate::__private01::Result<(Self, &'a [u8]), $crate::__private01::ViewError> { ::core::unimplemented!() }
            pub fn records(_: &'a [u8]) -> $crate::__private01::Records<'a, Self> { ::core::unimplemented!() }
            pub fn slice(_: &'a [u8]) -> $crate::__private01::Result<$crate::__private01::ViewTable<'a, Self>, $crate::__private01::ViewError> { ::core::unimplemented!() }
            pub fn as_bytes(&self) -> &'a [u8] { self.bytes }
            pub fn to_owned(&self) -> $ident { ::core::unimplemented!() }
        }

        #[allow(missing_docs)]
        impl<'a> $crate::__private01::RecordView<'a> for $view<'a> {
            const SIZE: usize = 0;
            const NAME: &'static str = "";
            fn from_checked(_: &'a [u8]) -> Self { ::core::unimplemented!() }
            fn from_record(_: &'a [u8]) -> $crate::__private01::Result<Self, $crate::__private01::ViewError> { ::core::unimplemented!() }
        }

        #[derive(::core::fmt::Debug)]
        #[allow(missing_docs)]
        $($vis)* struct $view_mut<'a> { bytes: &'a mut [u8] }

        #[allow(missing_docs)]
        impl<'a> $view_mut<'a> {
            pub const SIZE: usize = 0;
            pub fn new(_: &'a mut [u8]) -> $crate::__private01::Result<Self, $crate::__private01::ViewError> { ::core::unimplemented!() }
            pub fn as_view(&self) -> $view<'_> { $view { bytes: self.bytes } }
        }

        $crate::__stub_view_item!($ident, $view<'a>, bytes => $view { bytes });
    };
}

/// `ViewItem`, for an enum whose `#[derive(View)]` failed.
#[doc(hidden)]
#[macro_export]
macro_rules! __stub_view_enum {
    ($ident:ident) => {
        $crate::__stub_view_item!($ident, $ident, bytes => {
            let _ = bytes;
            ::core::unimplemented!()
        });
    };
}

/// A `ViewItem` impl whose `Ref` is `$reference`, made by `get` from `$bytes`.
#[doc(hidden)]
#[macro_export]
macro_rules! __stub_view_item {
    ($ident:ident, $reference:ty, $bytes:ident => $get:expr) => {
        #[allow(missing_docs)]
        impl $crate::__private01::ViewItem for $ident {
            const SIZE: usize = 0;
            type Ref<'a> = $reference;
            fn get<const BIG: bool>($bytes: &[u8]) -> Self::Ref<'_> {
                $get
            }
            fn read<const BIG: bool>(_: &[u8]) -> Self {
                ::core::unimplemented!()
            }
            fn write<const BIG: bool>(&self, _: &mut [u8]) {}
            fn check<const BIG: bool>(
                _: &[u8],
                _: &'static str,
                _: &'static str,
                _: usize,
            ) -> $crate::__private01::Result<(), $crate::__private01::ViewError> {
                ::core::unimplemented!()
            }
        }
    };
}

/// `<Name>View` and `ViewUnion`, for an enum whose `#[derive(View)]` as a tagged union failed.
#[doc(hidden)]
#[macro_export]
macro_rules! __stub_view_union {
    (vis = [$($vis:tt)*], ident = $ident:ident, view = $view:ident) => {
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug)]
        #[allow(missing_docs)]
        $($vis)* struct $view<'a>(::core::marker::PhantomData<&'a ()>);

        #[allow(missing_docs)]
        impl $crate::__private01::ViewUnion for $ident {
            const TAGS: &'static [u64] = &[];
            type Ref<'a> = $view<'a>;
            fn check_prefix<const BIG: bool, const CHECK: bool>(_: u64, _: &[u8], _: &'static str, _: &'static str, _: usize) -> $crate::__private01::Result<usize, $crate::__private01::ViewError> { ::core::unimplemented!() }
            fn get<const BIG: bool>(_: u64, _: &[u8]) -> $view<'_> { ::core::unimplemented!() }
            fn read<const BIG: bool>(_: u64, _: &[u8]) -> Self { ::core::unimplemented!() }
            fn tag(&self) -> $crate::__private01::Option<u64> { ::core::unimplemented!() }
            fn view_len(&self) -> usize { ::core::unimplemented!() }
            fn write<const BIG: bool>(&self, _: &mut [u8], _: &'static str, _: &'static str, _: usize) -> $crate::__private01::Result<(), $crate::__private01::ViewError> { ::core::unimplemented!() }
            fn fits(&self, _: &'static str, _: &'static str, _: usize) -> $crate::__private01::Result<(), $crate::__private01::ViewError> { ::core::unimplemented!() }
        }
    };
}
