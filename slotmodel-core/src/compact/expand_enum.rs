//! The parts of `#[derive(Compact)]` on an enum that are the same for every enum. The derive
//! writes the match arms, which depend on the variants and their fields, and passes them in with
//! the names of the locals they use (`locals`).

/// `Packable` for a fieldless enum: the variant's position, in `span_bits(last)` bits. `variants`
/// are all but the last, each with its position; `last` is the last one, with its position.
#[doc(hidden)]
#[macro_export]
macro_rules! __compact_fieldless {
    (ident = $ident:ident, variants = [$($variant:ident = $index:literal,)*], last = $last:ident = $last_index:literal) => {
        #[automatically_derived]
        impl $crate::__private01::Packable for $ident {
            const BITS: u32 = $crate::__private01::span_bits($last_index);
            type SetResult = ();
            fn write_bits(&self, __bytes: &mut [u8], __offset: usize) {
                let __index: u128 = match self { $($ident::$variant => $index,)* $ident::$last => $last_index };
                $crate::__private01::put_bits(__bytes, __offset, <Self as $crate::__private01::Packable>::BITS, __index);
            }
            fn read_bits(__bytes: &[u8], __offset: usize) -> Self {
                match $crate::__private01::get_bits(__bytes, __offset, <Self as $crate::__private01::Packable>::BITS) {
                    $($index => $ident::$variant,)*
                    // `write_bits` or a `bits_valid` check filled these bits, so no other value
                    // appears; the last variant takes the rest rather than a panic.
                    _ => $ident::$last,
                }
            }
            fn bits_valid(__bytes: &[u8], __offset: usize) -> bool {
                $crate::__private01::get_bits(__bytes, __offset, <Self as $crate::__private01::Packable>::BITS) <= $last_index
            }
            fn set_result(_: $crate::__private01::Result<(), $crate::__private01::ValidationErrors>) {}
        }
        // An Arrow column type, by variant name, when slotmodel's `arrow` feature is on.
        $crate::__private01::arrow_enum!($ident { $($variant,)* $last });
    };
}

/// The constants and `Packable` of an enum with data: the tag, then the variant's fields, then
/// zeros to the widest variant's end. `variants` holds the field widths of each variant with
/// fields and the names of its constants; `widest` each such variant's bits after the tag; the
/// arms are the derive's, in the functions of `locals`; `check` is empty when no field has a rule.
#[doc(hidden)]
#[macro_export]
macro_rules! __compact_enum {
    (
        ident = $ident:ident, last = $last:literal,
        locals = [$self:ident, $bytes:ident, $base:ident, $errors:ident],
        variants = [$(($widths:ident, $offsets:ident, $bits:ident, $count:literal, [$($width:tt)*]),)*],
        widest = [$($widest:tt)*],
        write = {$($write:tt)*},
        read = {$($read:tt)*},
        valid = {$($valid:tt)*},
        check = {$($check:tt)*},
    ) => {
        impl $ident {
            #[doc(hidden)]
            pub const __SLOTMODEL_TAG_BITS: u32 = $crate::__private01::span_bits($last);
            $(
                #[doc(hidden)]
                pub const $widths: [u32; $count] = [$($width)*];
                #[doc(hidden)]
                pub const $offsets: [u32; $count] = $crate::__private01::offsets_after($ident::__SLOTMODEL_TAG_BITS, $ident::$widths);
                #[doc(hidden)]
                pub const $bits: u32 = $crate::__private01::total_bits($ident::$widths);
            )*
            #[doc(hidden)]
            pub const __SLOTMODEL_BITS: u32 = $ident::__SLOTMODEL_TAG_BITS + $crate::__private01::widest([$($widest)*]);
        }
        #[automatically_derived]
        impl $crate::__private01::Packable for $ident {
            const BITS: u32 = $ident::__SLOTMODEL_BITS;
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_possible_wrap, clippy::cast_lossless, reason = "bounds are widened to compute offsets")]
            fn write_bits(&$self, $bytes: &mut [u8], $base: usize) {
                let (__tag, __used): (u128, u32) = match $self { $($write)* };
                $crate::__private01::put_bits($bytes, $base, $ident::__SLOTMODEL_TAG_BITS, __tag);
                // A shorter variant leaves zeros up to the widest one's end, whatever was there.
                let __end = $ident::__SLOTMODEL_TAG_BITS + __used;
                $crate::__private01::clear_bits($bytes, $base + __end as usize, $ident::__SLOTMODEL_BITS - __end);
            }
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_possible_wrap, clippy::cast_lossless, reason = "bounds are widened to compute offsets")]
            fn read_bits($bytes: &[u8], $base: usize) -> Self {
                $($read)*
            }
            fn bits_valid($bytes: &[u8], $base: usize) -> bool {
                let __used: u32 = match $crate::__private01::get_bits($bytes, $base, $ident::__SLOTMODEL_TAG_BITS) {
                    $($valid)*
                    _ => return false,
                };
                let __end = $ident::__SLOTMODEL_TAG_BITS + __used;
                $crate::__private01::bits_zero($bytes, $base + __end as usize, $ident::__SLOTMODEL_BITS - __end)
            }
            $crate::__compact_enum_check!([$ident, $self, $errors] $($check)*);
        }
    };
}

/// `SetResult` and `check_packable` of an enum with data: with `arms`, a match on `self` that
/// collects every rule the present variant's fields break; without, every value packs.
#[doc(hidden)]
#[macro_export]
macro_rules! __compact_enum_check {
    ([$ident:ident, $self:ident, $errors:ident]) => {
        type SetResult = ();
        fn set_result(_: $crate::__private01::Result<(), $crate::__private01::ValidationErrors>) {}
    };
    ([$ident:ident, $self:ident, $errors:ident] $($arms:tt)+) => {
        type SetResult = $crate::__private01::Result<(), $crate::__private01::ValidationErrors>;
        fn check_packable(&$self) -> $crate::__private01::Result<(), $crate::__private01::ValidationErrors> {
            let mut $errors = $crate::__private01::Collector::new(::core::stringify!($ident));
            match $self {
                $($arms)*
            }
            $errors.finish()
        }
        fn set_result(outcome: $crate::__private01::Result<(), $crate::__private01::ValidationErrors>) -> Self::SetResult {
            outcome
        }
    };
}
