//! The shape of `#[derive(Compact)]`'s API, emitted beside its errors: code that names
//! `<Name>Packed` sees the mistake in the attribute, not a cascade of missing types. The bodies
//! never run, since the crate does not compile.

/// `Packable`, for a type whose `#[derive(Compact)]` failed.
#[doc(hidden)]
#[macro_export]
macro_rules! __stub_packable {
    ($ident:ident) => {
        #[allow(missing_docs)]
        impl $crate::__private01::Packable for $ident {
            const BITS: u32 = 0;
            type SetResult = $crate::__private01::Result<(), $crate::__private01::ValidationErrors>;
            fn write_bits(&self, _: &mut [u8], _: usize) {}
            fn read_bits(_: &[u8], _: usize) -> Self {
                ::core::unimplemented!()
            }
            fn set_result(
                outcome: $crate::__private01::Result<(), $crate::__private01::ValidationErrors>,
            ) -> Self::SetResult {
                outcome
            }
        }
    };
}

/// `<Name>Packed` and `Packable`, for a struct whose `#[derive(Compact)]` failed.
#[doc(hidden)]
#[macro_export]
macro_rules! __stub_compact {
    (vis = [$($vis:tt)*], ident = $ident:ident, packed = $packed:ident) => {
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug)]
        #[allow(missing_docs)]
        $($vis)* struct $packed {}

        #[allow(missing_docs)]
        impl $packed {
            pub const BITS: u32 = 0;
            pub const SIZE: usize = 0;
            pub fn unpack(&self) -> $ident { ::core::unimplemented!() }
            pub fn to_bytes(&self) -> [u8; 0] { [] }
            pub fn from_bytes(_: &[u8; 0]) -> $crate::__private01::Result<Self, $crate::__private01::ValidationErrors> { ::core::unimplemented!() }
        }

        #[allow(missing_docs)]
        impl ::core::convert::TryFrom<&$ident> for $packed {
            type Error = $crate::__private01::ValidationErrors;
            fn try_from(_: &$ident) -> $crate::__private01::Result<Self, $crate::__private01::ValidationErrors> { ::core::unimplemented!() }
        }

        $crate::__stub_packable!($ident);
    };
}
