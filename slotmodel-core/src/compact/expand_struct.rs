//! The parts of a `#[derive(Compact)]` struct that are the same for every record: the layout
//! constants, `Packable`, `<Name>Packed` and its conversions. The derive writes what depends on
//! the fields (widths, the bodies that read, write and check them, accessors) and passes it in.
//!
//! The bodies the derive writes name the locals of the functions they go in (`self`, `__bytes`,
//! ..), so the derive passes those names too (`locals`): a local the macro declared itself could
//! not be named by tokens from the derive.

/// `Name::LAYOUT`, the bit layout constants, `Packable` and `<Name>Packed` of a compact struct.
#[doc(hidden)]
#[macro_export]
macro_rules! __compact_struct {
    (
        vis = [$($vis:tt)*], ident = $ident:ident, packed = $packed:ident, count = $count:tt,
        locals = [$self:ident, $value:ident, $bytes:ident, $base:ident, $errors:ident],
        widths = [$($widths:tt)*],
        layout = [$(($lname:literal, $lty_text:literal, $lmember:tt, $lty:ty, $li:tt),)*],
        invalid = {$($invalid:tt)*},
        write = {$($write:tt)*},
        read = {$($read:tt)*},
        check = {$($check:tt)*},
        accessors = [$({$($accessor:tt)*})*],
        debug = {$($debug:tt)*},
    ) => {
        impl $ident {
            #[doc = ::core::concat!("How `", ::core::stringify!($ident), "` is laid out natively and packed: print it for a table.")]
            pub const LAYOUT: $crate::__private01::LayoutReport = $crate::__private01::layout_report(
                ::core::stringify!($ident),
                ::core::mem::size_of::<$ident>(),
                ::core::mem::align_of::<$ident>(),
                $ident::__SLOTMODEL_BITS,
                $ident::__SLOTMODEL_SIZE,
                &[$($crate::__private01::field_layout(
                    $lname,
                    $lty_text,
                    ::core::mem::offset_of!($ident, $lmember),
                    ::core::mem::size_of::<$lty>(),
                    $ident::__SLOTMODEL_OFFSETS[$li],
                    $ident::__SLOTMODEL_WIDTHS[$li],
                )),*],
            );
            /// The first field whose stored bits encode no value of its type.
            #[doc(hidden)]
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_possible_wrap, clippy::cast_lossless, reason = "bounds are widened to compute offsets")]
            pub fn __slotmodel_invalid_field($bytes: &[u8], $base: usize) -> $crate::__private01::Option<&'static str> {
                $($invalid)*
                $crate::__private01::None
            }
            #[doc(hidden)]
            pub const __SLOTMODEL_WIDTHS: [u32; $count] = [$($widths)*];
            #[doc(hidden)]
            pub const __SLOTMODEL_OFFSETS: [u32; $count] = $crate::__private01::bit_offsets($ident::__SLOTMODEL_WIDTHS);
            #[doc(hidden)]
            pub const __SLOTMODEL_BITS: u32 = $crate::__private01::total_bits($ident::__SLOTMODEL_WIDTHS);
            #[doc(hidden)]
            pub const __SLOTMODEL_SIZE: usize = $crate::__private01::bytes_for($ident::__SLOTMODEL_BITS);
        }

        #[automatically_derived]
        impl $crate::__private01::Packable for $ident {
            const BITS: u32 = $ident::__SLOTMODEL_BITS;
            const LAYOUT: $crate::__private01::Option<&'static $crate::__private01::LayoutReport> = $crate::__private01::Some(&$ident::LAYOUT);
            type SetResult = $crate::__private01::Result<(), $crate::__private01::ValidationErrors>;
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_possible_wrap, clippy::cast_lossless, reason = "bounds are widened to compute offsets")]
            fn write_bits(&$self, $bytes: &mut [u8], $base: usize) {
                $($write)*
            }
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_possible_wrap, clippy::cast_lossless, reason = "bounds are widened to compute offsets")]
            fn read_bits($bytes: &[u8], $base: usize) -> Self {
                $($read)*
            }
            fn bits_valid(__bytes: &[u8], __base: usize) -> bool {
                $ident::__slotmodel_invalid_field(__bytes, __base).is_none()
            }
            fn check_packable(&$self) -> $crate::__private01::Result<(), $crate::__private01::ValidationErrors> {
                let mut $errors = $crate::__private01::Collector::new(::core::stringify!($ident));
                $($check)*
                $errors.finish()
            }
            fn set_result(outcome: $crate::__private01::Result<(), $crate::__private01::ValidationErrors>) -> Self::SetResult {
                outcome
            }
        }

        #[doc = ::core::concat!(
            "`", ::core::stringify!($ident), "` packed into `", ::core::stringify!($ident),
            "::LAYOUT.packed_size` bytes (alignment 1): each field takes the bits its type and bounds need. Made by `",
            ::core::stringify!($packed), "::try_from(&value)`; equality and hashing compare bit patterns."
        )]
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash)]
        $($vis)* struct $packed {
            bytes: [u8; $ident::__SLOTMODEL_SIZE],
        }

        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_possible_wrap, clippy::cast_lossless, reason = "bounds are widened to compute offsets")]
        impl $packed {
            /// Bits of the packed form.
            pub const BITS: u32 = $ident::__SLOTMODEL_BITS;
            /// Bytes of the packed form: `size_of::<Self>()`.
            pub const SIZE: usize = $ident::__SLOTMODEL_SIZE;

            /// The unpacked value.
            #[must_use]
            pub fn unpack(&self) -> $ident {
                <$ident as $crate::__private01::Packable>::read_bits(&self.bytes, 0)
            }

            /// The packed bytes, in a stable format: fields in declaration order from bit 0, the
            /// lowest bit of byte 0 first; a bounded integer as its distance from its minimum, a
            /// float as its IEEE bits, an enum as its variant's index; the bits after the last
            /// field zero.
            #[must_use]
            pub fn to_bytes(&self) -> [u8; $ident::__SLOTMODEL_SIZE] {
                self.bytes
            }

            /// A packed record from bytes in the format of `to_bytes`, checked before use: every
            /// field's bits must encode a value of its type, the bits after the last field must
            /// be zero, and the record must pass all of its rules.
            ///
            /// # Errors
            ///
            /// The field whose bits encode no value, or every rule the record breaks.
            pub fn from_bytes(bytes: &[u8; $ident::__SLOTMODEL_SIZE]) -> $crate::__private01::Result<Self, $crate::__private01::ValidationErrors> {
                $crate::__private01::check_stored::<$ident>(bytes, $ident::__slotmodel_invalid_field(bytes, 0), ::core::stringify!($ident))?;
                $crate::__private01::Ok($packed { bytes: *bytes })
            }

            $($crate::__compact_accessor! { [$self, $value, $bytes, $base] $($accessor)* })*
        }

        #[automatically_derived]
        impl ::core::convert::TryFrom<&$ident> for $packed {
            type Error = $crate::__private01::ValidationErrors;
            fn try_from(value: &$ident) -> $crate::__private01::Result<Self, $crate::__private01::ValidationErrors> {
                $crate::__private01::Packable::check_packable(value)?;
                let mut bytes = [0_u8; $ident::__SLOTMODEL_SIZE];
                $crate::__private01::Packable::write_bits(value, &mut bytes, 0);
                $crate::__private01::Ok($packed { bytes })
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<$packed> for $ident {
            fn from(packed: $packed) -> Self {
                packed.unpack()
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Debug for $packed {
            fn fmt(&$self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct(::core::stringify!($packed)) $($debug)* .finish()
            }
        }
    };
}

/// The getter and setter of one field of `<Name>Packed`: `get` reads the field from
/// `self.bytes`; the setter writes it (`set`), checks its rules first (`set_checked`), or is
/// written whole by the derive (`custom`).
#[doc(hidden)]
#[macro_export]
macro_rules! __compact_accessor {
    (
        [$self:ident, $value:ident, $bytes:ident, $base:ident]
        get $name:literal $getter:ident ($($ty:tt)*) {$($read:tt)*}
        $($setter:tt)*
    ) => {
        #[doc = ::core::concat!("The `", $name, "` field, unpacked.")]
        #[must_use]
        #[inline]
        #[allow(clippy::len_without_is_empty, reason = "a getter named after its field")]
        pub fn $getter(&$self) -> $($ty)* {
            let $bytes = &$self.bytes;
            let $base = 0;
            $($read)*
        }
        $crate::__compact_accessor! { [$self, $value, $bytes, $base] $name ($($ty)*) $($setter)* }
    };
    ([$self:ident, $value:ident, $bytes:ident, $base:ident] $name:literal ($($ty:tt)*) set $setter:ident {$($write:tt)*}) => {
        #[doc = ::core::concat!("Sets the `", $name, "` field.")]
        #[inline]
        pub fn $setter(&mut $self, $value: $($ty)*) {
            let $bytes = &mut $self.bytes;
            let $base = 0;
            $($write)*
        }
    };
    (
        [$self:ident, $value:ident, $bytes:ident, $base:ident] $name:literal ($($ty:tt)*)
        set_checked $setter:ident {$($check:tt)*} {$($write:tt)*}
    ) => {
        #[doc = ::core::concat!("Sets the `", $name, "` field if the value passes its rules; a refused value leaves the old one in place.\n\n# Errors\n\nThe rule the value breaks, naming the struct, field, rule and value.")]
        #[inline]
        pub fn $setter(&mut $self, $value: $($ty)*) -> $crate::__private01::Result<(), $crate::__private01::FieldError> {
            $($check)*?;
            let $bytes = &mut $self.bytes;
            let $base = 0;
            $($write)*
            $crate::__private01::Ok(())
        }
    };
    ([$self:ident, $value:ident, $bytes:ident, $base:ident] $name:literal ($($ty:tt)*) custom {$($setter:tt)*}) => {
        $($setter)*
    };
}
