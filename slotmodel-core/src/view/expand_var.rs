//! The parts of a variable-length `#[derive(View)]` that are the same for every record. The
//! derive writes what depends on the fields (each field's step of the layout check, the getters,
//! `to_owned`, the writer's steps) and passes it in, with the names of the locals that code uses
//! (`locals`).

/// `Name::__slotmodel_view_layout`, `<Name>View<'a>`, `PrefixView`, `Name::view_len` and
/// `Name::write_to` of a variable-length record `$ident`.
#[doc(hidden)]
#[macro_export]
macro_rules! __view_var {
    (
        vis = [$($vis:tt)*], ident = $ident:ident, view = $view:ident, count = $count:tt, pad_to = $pad_to:tt, rest = $takes_rest:tt,
        locals = [$self:ident, $bytes:ident, $offsets:ident, $at:ident, $field:ident, $k:ident, $out:ident],
        steps = [$({$($step:tt)*})*],
        getters = [$(($name:literal, {$($sig:tt)*} {$($get:tt)*}),)*],
        to_owned = {$($to_owned:tt)*},
        view_len = {$($view_len:tt)*},
        write = {$($write:tt)*},
    ) => {
        impl $ident {
            /// Checks a record at the start of `__bytes` (or, with `__CHECK` false, only measures
            /// one that a view checked before): where each field starts, then where the record ends.
            #[doc(hidden)]
            pub fn __slotmodel_view_layout<const __CHECK: bool>($bytes: &[u8]) -> $crate::__private01::Result<[usize; $count + 1], $crate::ViewError> {
                let mut $offsets = [0_usize; $count + 1];
                let mut $at = 0_usize;
                $($crate::__view_var_step! { [$ident, $bytes, $offsets, $at, $field, $k] $($step)* })*
                $offsets[$count] = $at;
                $crate::__private01::Ok($offsets)
            }

            /// [`__slotmodel_view_layout`], with where the record ends, padding included.
            #[doc(hidden)]
            #[inline]
            pub fn __slotmodel_view_prefix<const __CHECK: bool>(bytes: &[u8]) -> $crate::__private01::Result<([usize; $count + 1], usize), $crate::ViewError> {
                let offsets = $ident::__slotmodel_view_layout::<__CHECK>(bytes)?;
                let end = $crate::__private01::view_pad_end(offsets[$count], $pad_to, bytes.len(), ::core::stringify!($ident))?;
                $crate::__private01::Ok((offsets, end))
            }
        }

        #[doc = ::core::concat!(
            "A checked, zero-copy view of a variable-length `", ::core::stringify!($ident),
            "` record in a byte buffer: `new` checks every length and field once, and getters read in place. `",
            ::core::stringify!($view), "::new(&bytes)`, or `", ::core::stringify!($view), "::records(&stream)`."
        )]
        #[derive(::core::clone::Clone, ::core::marker::Copy)]
        $($vis)* struct $view<'a> {
            bytes: &'a [u8],
            offsets: [usize; $count + 1],
        }

        impl<'a> $view<'a> {
            $crate::__view_prefix_constructors! { $ident, "", "" }

            $crate::__view_reads! {
                $ident, $self,
                to_owned = {$($to_owned)*},
                getters = [$(($name, {$($sig)*} {$($get)*}),)*],
            }
        }

        #[automatically_derived]
        impl<'a> $crate::__private01::PrefixView<'a> for $view<'a> {
            type Layout = [usize; $count + 1];
            const REST: bool = $takes_rest;
            #[inline]
            fn layout(bytes: &[u8]) -> $crate::__private01::Result<(Self::Layout, usize), $crate::ViewError> {
                $ident::__slotmodel_view_prefix::<true>(bytes)
            }
            #[inline]
            fn from_layout(bytes: &'a [u8], offsets: Self::Layout) -> Self {
                $view { bytes, offsets }
            }
        }

        impl $ident {
            #[doc = ::core::concat!("Bytes this `", ::core::stringify!($ident), "` takes in the form its view reads.")]
            #[must_use]
            pub fn view_len(&$self) -> usize {
                ($($view_len)*).next_multiple_of($pad_to)
            }

            #[doc = ::core::concat!(
                "Writes this `", ::core::stringify!($ident), "` at the start of `out` in the form its view reads, and returns the bytes written. The written record is checked as `",
                ::core::stringify!($ident), "View::new` checks it, so a length field that disagrees with its `Vec`, or a field that breaks a rule, is an error.\n\n# Errors\n\nAn `out` shorter than `view_len()`, or a record its view would refuse."
            )]
            pub fn write_to(&$self, out: &mut [u8]) -> $crate::__private01::Result<usize, $crate::ViewError> {
                let __len = $self.view_len();
                let __given = out.len();
                let $crate::__private01::Some($out) = out.get_mut(..__len) else {
                    return $crate::__private01::Err($crate::ViewError::length(::core::stringify!($ident), __len, __given));
                };
                let mut $at = 0_usize;
                $($write)*
                let __offsets = $ident::__slotmodel_view_layout::<true>($out)?;
                $out[$at..].fill(0);
                if __offsets[$count].next_multiple_of($pad_to) == __len {
                    $crate::__private01::Ok(__len)
                } else {
                    $crate::__private01::Err($crate::ViewError::length(::core::stringify!($ident), __offsets[$count], __len))
                }
            }
        }
    };
}

/// One field's step of `__slotmodel_view_layout`: it starts `skip` bytes on, at `__at`, and holds
/// `count` elements (`bytes`: that many bytes, any value; `one`: a single value; `maybe`: one
/// value or none, as a condition says; `run`: elements of a `Vec`, whose errors say which one),
/// each of `size` bytes, checked by `check` then `rules` (the last three through `elements`);
/// `union`: the variant of a tagged union that `tag` chooses, checked and measured by `check`.
#[doc(hidden)]
#[macro_export]
macro_rules! __view_var_step {
    (
        [$ident:ident, $bytes:ident, $offsets:ident, $at:ident, $field:ident, $k:ident]
        bytes $fname:literal $i:tt skip = $skip:tt count = {$($count:tt)*}
    ) => {
        $at += $skip;
        $offsets[$i] = $at;
        $at = $crate::__view_end!($at, $($count)*, 1, $bytes, $ident, $fname);
    };
    (
        [$ident:ident, $bytes:ident, $offsets:ident, $at:ident, $field:ident, $k:ident]
        one $fname:literal $i:tt skip = $skip:tt
        size = {$($size:tt)*} check = {$($check:tt)*} rules = {$($rules:tt)*}
    ) => {
        $crate::__view_var_step! {
            [$ident, $bytes, $offsets, $at, $field, $k]
            elements $fname $i skip = $skip count = {1_usize} size = {$($size)*}
            check = {$($check)*} wrap = {} rules = {$($rules)*}
        }
    };
    (
        [$ident:ident, $bytes:ident, $offsets:ident, $at:ident, $field:ident, $k:ident]
        maybe $fname:literal $i:tt skip = $skip:tt count = {$($count:tt)*}
        size = {$($size:tt)*} check = {$($check:tt)*} rules = {$($rules:tt)*}
    ) => {
        $crate::__view_var_step! {
            [$ident, $bytes, $offsets, $at, $field, $k]
            elements $fname $i skip = $skip count = {$($count)*} size = {$($size)*}
            check = {$($check)*} wrap = {} rules = {$($rules)*}
        }
    };
    (
        [$ident:ident, $bytes:ident, $offsets:ident, $at:ident, $field:ident, $k:ident]
        run $fname:literal $i:tt skip = $skip:tt count = {$($count:tt)*}
        size = {$($size:tt)*} check = {$($check:tt)*} rules = {$($rules:tt)*}
    ) => {
        $crate::__view_var_step! {
            [$ident, $bytes, $offsets, $at, $field, $k]
            elements $fname $i skip = $skip count = {$($count)*} size = {$($size)*}
            check = {$($check)*} wrap = {.map_err(|__error| __error.in_element($fname, $k))} rules = {$($rules)*}
        }
    };
    (
        [$ident:ident, $bytes:ident, $offsets:ident, $at:ident, $field:ident, $k:ident]
        elements $fname:literal $i:tt skip = $skip:tt count = {$($count:tt)*} size = {$($size:tt)*}
        check = {$($check:tt)*} wrap = {$($wrap:tt)*} rules = {$($rules:tt)*}
    ) => {
        $at += $skip;
        $offsets[$i] = $at;
        {
            let __size = $($size)*;
            let __count = $($count)*;
            let __end = $crate::__view_end!($at, __count, __size, $bytes, $ident, $fname);
            if __CHECK {
                for $k in 0..__count {
                    let $field = &$bytes[$at + $k * __size..$at + ($k + 1) * __size];
                    $($check)*($field, ::core::stringify!($ident), $fname, $at + $k * __size) $($wrap)* ?;
                    $($rules)*
                }
            }
            $at = __end;
        }
    };
    (
        [$ident:ident, $bytes:ident, $offsets:ident, $at:ident, $field:ident, $k:ident]
        union $fname:literal $i:tt skip = $skip:tt tag = {$($tag:tt)*} check = {$($check:tt)*}
        len = {$($len:tt)*} tags = {$($tags:tt)*}
    ) => {
        $crate::__view_var_sized_union! {
            [$ident, $bytes, $offsets, $at]
            $fname $i skip = $skip tag = {$($tag)*} check = {$($check)*} len = {$($len)*} tags = {$($tags)*}
        }
    };
    (
        [$ident:ident, $bytes:ident, $offsets:ident, $at:ident, $field:ident, $k:ident]
        union $fname:literal $i:tt skip = $skip:tt tag = {$($tag:tt)*} check = {$($check:tt)*}
    ) => {
        $at += $skip;
        $offsets[$i] = $at;
        {
            // The reserved bytes must be in the buffer even when the variant takes none.
            $at = $crate::__private01::view_run_end($at, 0, 0, $bytes.len(), ::core::stringify!($ident), $fname)?;
            let __len = $($check)*($($tag)*, &$bytes[$at..], ::core::stringify!($ident), $fname, $at)?;
            $at += __len;
        }
    };
}

/// Where `count` elements of `size` bytes from `at` end: checked against the buffer, or, when
/// a view checked these bytes before (`__CHECK` false), only added up.
#[doc(hidden)]
#[macro_export]
macro_rules! __view_end {
    ($at:expr, $count:expr, $size:expr, $bytes:ident, $ident:ident, $fname:literal) => {
        if __CHECK {
            $crate::__private01::view_run_end($at, $count, $size, $bytes.len(), ::core::stringify!($ident), $fname)?
        } else {
            $at.saturating_add(($count).saturating_mul($size))
        }
    };
}

/// The step of a tagged union with a length (`#[view(tag = kind, len = length)]`): the variant
/// is read from that many bytes and must take them all, save the `other` variant, which skips
/// them.
#[doc(hidden)]
#[macro_export]
macro_rules! __view_var_sized_union {
    (
        [$ident:ident, $bytes:ident, $offsets:ident, $at:ident]
        $fname:literal $i:tt skip = $skip:tt tag = {$($tag:tt)*} check = {$($check:tt)*}
        len = {$($len:tt)*} tags = {$($tags:tt)*}
    ) => {
        $at += $skip;
        $offsets[$i] = $at;
        {
            let __region = $($len)*;
            // Bytes a view checked before are only measured: the length gives the variant's end.
            let __end = $crate::__view_end!($at, __region, 1, $bytes, $ident, $fname);
            if __CHECK {
                let __tag = $($tag)*;
                let __len = $($check)*(__tag, &$bytes[$at..__end], ::core::stringify!($ident), $fname, $at)
                    .map_err(|__error| $crate::__private01::view_union_cut(__error, __region, ::core::stringify!($ident), $fname, $at))?;
                $crate::__private01::view_union_fills(__len, __region, $($tags)*.contains(&__tag), ::core::stringify!($ident), $fname, $at)?;
            }
            $at = __end;
        }
    };
}

/// `new`, `new_prefix` and `records` of a view whose `PrefixView` finds where each record ends,
/// in `impl<'a> View<'a>`; `$how` and `$each` say in the docs how the byte order is found.
#[doc(hidden)]
#[macro_export]
macro_rules! __view_prefix_constructors {
    ($ident:ident, $how:literal, $each:literal) => {
        #[doc = ::core::concat!(
                    "Checks `bytes` (exactly one record)", $how, " and views it.\n\n# Errors\n\n",
                    "A field that runs past the end, bytes left after the record, or a field holding an invalid value."
                )]
        pub fn new(bytes: &'a [u8]) -> $crate::__private01::Result<Self, $crate::ViewError> {
            let (view, rest) = Self::new_prefix(bytes)?;
            if rest.is_empty() {
                $crate::__private01::Ok(view)
            } else {
                $crate::__private01::Err($crate::ViewError::length(
                    ::core::stringify!($ident),
                    view.bytes.len(),
                    bytes.len(),
                ))
            }
        }

        #[doc = ::core::concat!(
                    "Views the record at the start of `bytes`", $how, " and returns the rest.\n\n# Errors\n\n",
                    "A field that runs past the end, or a field holding an invalid value."
                )]
        pub fn new_prefix(bytes: &'a [u8]) -> $crate::__private01::Result<(Self, &'a [u8]), $crate::ViewError> {
            <Self as $crate::__private01::PrefixView<'a>>::from_prefix(bytes)
        }

        #[doc = ::core::concat!("The consecutive records of `bytes`, each checked", $each, " and viewed in place.")]
        #[must_use]
        pub fn records(bytes: &'a [u8]) -> $crate::VarRecords<'a, Self> {
            $crate::VarRecords::new(bytes)
        }
    };
}

/// `as_bytes`, `to_owned` and the getters of a variable-length view, in `impl<'a> View<'a>`.
#[doc(hidden)]
#[macro_export]
macro_rules! __view_reads {
    (
        $ident:ident, $self:ident,
        to_owned = {$($to_owned:tt)*},
        getters = [$(($name:literal, {$($sig:tt)*} {$($get:tt)*}),)*],
    ) => {
        /// The record's bytes.
        #[must_use]
        pub fn as_bytes(&self) -> &'a [u8] {
            self.bytes
        }

        /// Copies the record into an owned value, releasing the buffer.
        #[must_use]
        #[allow(clippy::should_implement_trait, reason = "the explicit copy that detaches from the buffer")]
        pub fn to_owned(&$self) -> $ident {
            $($to_owned)*
        }

        $(
            #[doc = ::core::concat!("The `", $name, "` field, read from the buffer.")]
            #[must_use]
            #[allow(clippy::len_without_is_empty, reason = "a getter named after its field")]
            #[inline]
            $($sig)* {
                $($get)*
            }
        )*
    };
}

/// `ViewPayload` of a variable-length record, so that a variant of a tagged union holds it:
/// `order = fixed` or `read` for a record whose view finds its own order (`PrefixView`),
/// `given` for one that takes the enclosing record's (`PrefixViewIn`).
#[doc(hidden)]
#[macro_export]
macro_rules! __view_payload {
    (order = given, ident = $ident:ident, view = $view:ident, rest = $rest:tt) => {
        $crate::__view_payload! {
            @impl $ident, $view, PrefixViewIn, $rest,
            layout = |bytes, big| $ident::__slotmodel_view_layout_in::<CHECK>(bytes, big),
            write = |record, out, big| record.write_to(out, $crate::Endian::big_if(big)),
        }
    };
    (order = read, ident = $ident:ident, view = $view:ident, rest = $rest:tt) => {
        $crate::__view_payload! {
            @impl $ident, $view, PrefixView, $rest,
            layout = |bytes, big| {
                let _ = big;
                $ident::__slotmodel_view_order(bytes).and_then(|big| $ident::__slotmodel_view_layout_in::<CHECK>(bytes, big))
            },
            write = |record, out, big| { let _ = big; record.write_to(out) },
        }
    };
    (order = fixed, ident = $ident:ident, view = $view:ident, rest = $rest:tt) => {
        $crate::__view_payload! {
            @impl $ident, $view, PrefixView, $rest,
            layout = |bytes, big| { let _ = big; $ident::__slotmodel_view_prefix::<CHECK>(bytes) },
            write = |record, out, big| { let _ = big; record.write_to(out) },
        }
    };
    (
        @impl $ident:ident, $view:ident, $from:ident, $rest:tt,
        layout = |$bytes:ident, $big:ident| $layout:expr,
        write = |$record:ident, $out:ident, $wbig:ident| $write:expr,
    ) => {
        #[automatically_derived]
        impl $crate::__private01::ViewPayload for $ident {
            type Ref<'a> = $view<'a>;
            const REST: bool = $rest;
            #[inline]
            fn check_prefix<const BIG: bool, const CHECK: bool>(
                $bytes: &[u8],
                type_name: &'static str,
                path: [&'static str; 2],
                offset: usize,
            ) -> $crate::__private01::Result<usize, $crate::ViewError> {
                let $big = BIG;
                match $layout {
                    $crate::__private01::Ok((_, end)) => $crate::__private01::Ok(end),
                    $crate::__private01::Err(error) => {
                        $crate::__private01::Err($crate::__private01::payload_error(error, type_name, path, offset))
                    }
                }
            }
            fn get<const BIG: bool>($bytes: &[u8]) -> $view<'_> {
                const CHECK: bool = false;
                let $big = BIG;
                // The enclosing view checked these bytes when it was made: they are only measured.
                let (layout, _) = $layout.expect("the enclosing view checked the variant");
                <$view<'_> as $crate::__private01::$from<'_>>::from_layout($bytes, layout)
            }
            fn read<const BIG: bool>(bytes: &[u8]) -> Self {
                Self::get::<BIG>(bytes).to_owned()
            }
            #[inline]
            fn payload_len(&self) -> usize {
                self.view_len()
            }
            fn write<const BIG: bool>(
                &self,
                $out: &mut [u8],
                type_name: &'static str,
                path: [&'static str; 2],
                offset: usize,
            ) -> $crate::__private01::Result<(), $crate::ViewError> {
                let ($record, $wbig) = (self, BIG);
                match $write {
                    $crate::__private01::Ok(_) => $crate::__private01::Ok(()),
                    $crate::__private01::Err(error) => {
                        $crate::__private01::Err($crate::__private01::payload_error(error, type_name, path, offset))
                    }
                }
            }
        }
    };
}
