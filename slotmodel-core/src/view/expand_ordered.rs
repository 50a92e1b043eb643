//! The parts of a `#[derive(View)]` whose byte order is chosen at run time
//! (`#[view(endian = runtime)]` or `#[view(big_if = ..)]`) that are the same for every record.
//! The derive writes the field code once over the const `BIG` (the layout check, the getters,
//! `to_owned`, the writer's steps); the view holds the order it was made in and runs that code
//! for it, so a fixed-order view's code is not touched.

/// `Name::__slotmodel_view_layout::<BIG>`, `<Name>View<'a>` holding its order, its
/// `PrefixViewIn` (`order = given`: the caller gives it) or `PrefixView` (`order = read`: the
/// record's own fields give it), `Name::view_len` and `Name::write_to`.
#[doc(hidden)]
#[macro_export]
macro_rules! __view_ordered {
    (
        vis = [$($vis:tt)*], ident = $ident:ident, view = $view:ident, count = $count:tt, pad_to = $pad_to:tt, rest = $takes_rest:tt,
        big = $big:ident, locals = [$self:ident, $bytes:ident, $offsets:ident, $at:ident, $field:ident, $k:ident, $out:ident],
        order = given,
        $($rest:tt)*
    ) => {
        $crate::__view_ordered! { @common
            vis = [$($vis)*], ident = $ident, view = $view, count = $count, pad_to = $pad_to, rest = $takes_rest,
            big = $big, locals = [$self, $bytes, $offsets, $at, $field, $k, $out],
            $($rest)*
        }

        impl<'a> $view<'a> {
            /// Checks `bytes` (exactly one record) in the byte order `order` and views it.
            ///
            /// # Errors
            ///
            /// A field that runs past the end, bytes left after the record, or a field holding
            /// an invalid value.
            pub fn new(bytes: &'a [u8], order: $crate::Endian) -> $crate::__private01::Result<Self, $crate::ViewError> {
                let (view, rest) = Self::new_prefix(bytes, order)?;
                if rest.is_empty() {
                    $crate::__private01::Ok(view)
                } else {
                    $crate::__private01::Err($crate::ViewError::length(::core::stringify!($ident), view.bytes.len(), bytes.len()))
                }
            }

            /// Views the record at the start of `bytes` in the byte order `order`, and returns the rest.
            ///
            /// # Errors
            ///
            /// A field that runs past the end, or a field holding an invalid value.
            pub fn new_prefix(bytes: &'a [u8], order: $crate::Endian) -> $crate::__private01::Result<(Self, &'a [u8]), $crate::ViewError> {
                <Self as $crate::PrefixViewIn<'a>>::from_prefix_in(bytes, order)
            }

            /// The consecutive records of `bytes` in the byte order `order`, each checked and viewed in place.
            #[must_use]
            pub fn records(bytes: &'a [u8], order: $crate::Endian) -> $crate::VarRecords<'a, Self, $crate::Endian> {
                $crate::VarRecords::new_in(bytes, order)
            }
        }

        #[automatically_derived]
        impl<'a> $crate::PrefixViewIn<'a> for $view<'a> {
            type Layout = ([usize; $count + 1], bool);
            const REST: bool = $takes_rest;
            #[inline]
            fn layout_in(bytes: &[u8], order: $crate::Endian) -> $crate::__private01::Result<(Self::Layout, usize), $crate::ViewError> {
                $ident::__slotmodel_view_layout_in::<true>(bytes, order.is_big())
            }
            #[inline]
            fn from_layout(bytes: &'a [u8], (offsets, big): Self::Layout) -> Self {
                $view { bytes, offsets, big }
            }
        }

        impl $ident {
            #[doc = ::core::concat!(
                "Writes this `", ::core::stringify!($ident), "` at the start of `out` in the byte order `order`, in the form its view reads, and returns the bytes written. The written record is checked as `",
                ::core::stringify!($ident), "View::new` checks it.\n\n# Errors\n\nAn `out` shorter than `view_len()`, or a record its view would refuse."
            )]
            pub fn write_to(&$self, out: &mut [u8], order: $crate::Endian) -> $crate::__private01::Result<usize, $crate::ViewError> {
                $self.__slotmodel_view_write(out, order.is_big())
            }
        }
    };
    (
        vis = [$($vis:tt)*], ident = $ident:ident, view = $view:ident, count = $count:tt, pad_to = $pad_to:tt, rest = $takes_rest:tt,
        big = $big:ident, locals = [$self:ident, $bytes:ident, $offsets:ident, $at:ident, $field:ident, $k:ident, $out:ident],
        order = read { $($read:tt)* } owned { $($owned:tt)* },
        $($rest:tt)*
    ) => {
        $crate::__view_ordered! { @common
            vis = [$($vis)*], ident = $ident, view = $view, count = $count, pad_to = $pad_to, rest = $takes_rest,
            big = $big, locals = [$self, $bytes, $offsets, $at, $field, $k, $out],
            $($rest)*
        }

        impl $ident {
            /// Whether the record at the start of `__bytes` is big-endian, by the fields that say so.
            #[doc(hidden)]
            pub fn __slotmodel_view_order($bytes: &[u8]) -> $crate::__private01::Result<bool, $crate::ViewError> {
                $($read)*
            }
        }

        impl<'a> $view<'a> {
            $crate::__view_prefix_constructors! { $ident, ", in the byte order its fields give,", " in the order it gives" }
        }

        #[automatically_derived]
        impl<'a> $crate::__private01::PrefixView<'a> for $view<'a> {
            type Layout = ([usize; $count + 1], bool);
            const REST: bool = $takes_rest;
            #[inline]
            fn layout(bytes: &[u8]) -> $crate::__private01::Result<(Self::Layout, usize), $crate::ViewError> {
                $ident::__slotmodel_view_layout_in::<true>(bytes, $ident::__slotmodel_view_order(bytes)?)
            }
            #[inline]
            fn from_layout(bytes: &'a [u8], (offsets, big): Self::Layout) -> Self {
                $view { bytes, offsets, big }
            }
        }

        impl $ident {
            #[doc = ::core::concat!(
                "Writes this `", ::core::stringify!($ident), "` at the start of `out`, in the byte order its fields give, in the form its view reads, and returns the bytes written. The written record is checked as `",
                ::core::stringify!($ident), "View::new` checks it.\n\n# Errors\n\nAn `out` shorter than `view_len()`, or a record its view would refuse."
            )]
            pub fn write_to(&$self, out: &mut [u8]) -> $crate::__private01::Result<usize, $crate::ViewError> {
                let big = { $($owned)* };
                $self.__slotmodel_view_write(out, big)
            }
        }
    };
    (
        @common
        vis = [$($vis:tt)*], ident = $ident:ident, view = $view:ident, count = $count:tt, pad_to = $pad_to:tt, rest = $takes_rest:tt,
        big = $big:ident, locals = [$self:ident, $bytes:ident, $offsets:ident, $at:ident, $field:ident, $k:ident, $out:ident],
        steps = [$({$($step:tt)*})*],
        getters = [$(($name:literal, {$($sig:tt)*} {$($get:tt)*}),)*],
        to_owned = {$($to_owned:tt)*},
        view_len = {$($view_len:tt)*},
        write = {$($write:tt)*},
        $(size = {$($size:tt)*},)?
    ) => {
        $(
            // A record of fixed size is a field of other records, in their byte order.
            #[automatically_derived]
            impl $crate::ViewItem for $ident {
                const SIZE: usize = $($size)*;
                type Ref<'a> = $view<'a>;
                fn get<const BIG: bool>(bytes: &[u8]) -> $view<'_> {
                    // The enclosing view checked these bytes when it was made: they are only measured.
                    let offsets = $ident::__slotmodel_view_layout::<BIG, false>(bytes).expect("the enclosing view checked the field");
                    $view { bytes, offsets, big: BIG }
                }
                fn read<const BIG: bool>(bytes: &[u8]) -> Self {
                    Self::get::<BIG>(bytes).to_owned()
                }
                fn write<const BIG: bool>(&$self, bytes: &mut [u8]) {
                    // `fits` refused, before the writing, every value encoding could refuse.
                    let _ = $self.__slotmodel_view_encode::<BIG>(bytes);
                }
                fn fits(&self, type_name: &'static str, field: &'static str, offset: usize) -> $crate::__private01::Result<(), $crate::ViewError> {
                    let mut encoded = [0_u8; <$ident as $crate::ViewItem>::SIZE];
                    self.__slotmodel_view_encode::<false>(&mut encoded)
                        .and_then(|_| $ident::__slotmodel_view_layout::<false, true>(&encoded))
                        .map(|_| ())
                        .map_err(|e| e.nested(type_name, field, offset))
                }
                fn check<const BIG: bool>(bytes: &[u8], type_name: &'static str, field: &'static str, offset: usize) -> $crate::__private01::Result<(), $crate::ViewError> {
                    $ident::__slotmodel_view_layout::<BIG, true>(bytes).map(|_| ()).map_err(|e| e.nested(type_name, field, offset))
                }
            }
        )?

        impl $ident {
            /// Checks a record at the start of `__bytes` in the byte order `BIG` (or, with
            /// `__CHECK` false, only measures one a view checked before): where each field starts,
            /// then where the record ends.
            #[doc(hidden)]
            pub fn __slotmodel_view_layout<const $big: bool, const __CHECK: bool>($bytes: &[u8]) -> $crate::__private01::Result<[usize; $count + 1], $crate::ViewError> {
                let mut $offsets = [0_usize; $count + 1];
                let mut $at = 0_usize;
                $($crate::__view_var_step! { [$ident, $bytes, $offsets, $at, $field, $k] $($step)* })*
                $offsets[$count] = $at;
                $crate::__private01::Ok($offsets)
            }

            /// Checks a record at the start of `bytes` in the order `big`: where each field starts,
            /// with the order, and where the record ends, padding included.
            #[doc(hidden)]
            #[inline]
            pub fn __slotmodel_view_layout_in<const __CHECK: bool>(bytes: &[u8], big: bool) -> $crate::__private01::Result<(([usize; $count + 1], bool), usize), $crate::ViewError> {
                let offsets = if big { $ident::__slotmodel_view_layout::<true, __CHECK>(bytes)? } else { $ident::__slotmodel_view_layout::<false, __CHECK>(bytes)? };
                let end = $crate::__private01::view_pad_end(offsets[$count], $pad_to, bytes.len(), ::core::stringify!($ident))?;
                $crate::__private01::Ok(((offsets, big), end))
            }

            /// Encodes every field into `__out`, which holds `view_len()` bytes, in the byte order
            /// `BIG`, and returns the bytes written.
            fn __slotmodel_view_encode<const $big: bool>(&$self, $out: &mut [u8]) -> $crate::__private01::Result<usize, $crate::ViewError> {
                let mut $at = 0_usize;
                $($write)*
                $crate::__private01::Ok($at)
            }

            /// Writes the record in the order `big`, then checks it as the view would.
            fn __slotmodel_view_write(&$self, out: &mut [u8], big: bool) -> $crate::__private01::Result<usize, $crate::ViewError> {
                let __len = $self.view_len();
                let __given = out.len();
                let $crate::__private01::Some($out) = out.get_mut(..__len) else {
                    return $crate::__private01::Err($crate::ViewError::length(::core::stringify!($ident), __len, __given));
                };
                let __end = if big { $self.__slotmodel_view_encode::<true>($out)? } else { $self.__slotmodel_view_encode::<false>($out)? };
                $out[__end..].fill(0);
                let __offsets = if big { $ident::__slotmodel_view_layout::<true, true>($out)? } else { $ident::__slotmodel_view_layout::<false, true>($out)? };
                if __offsets[$count].next_multiple_of($pad_to) == __len {
                    $crate::__private01::Ok(__len)
                } else {
                    $crate::__private01::Err($crate::ViewError::length(::core::stringify!($ident), __offsets[$count], __len))
                }
            }

            #[doc = ::core::concat!("Bytes this `", ::core::stringify!($ident), "` takes in the form its view reads, in either byte order.")]
            #[must_use]
            pub fn view_len(&$self) -> usize {
                ($($view_len)*).next_multiple_of($pad_to)
            }
        }

        #[doc = ::core::concat!(
            "A checked, zero-copy view of a `", ::core::stringify!($ident),
            "` record in a byte buffer, in the byte order it was made in: `new` checks every length and field once, and getters read in place."
        )]
        #[derive(::core::clone::Clone, ::core::marker::Copy)]
        $($vis)* struct $view<'a> {
            bytes: &'a [u8],
            offsets: [usize; $count + 1],
            big: bool,
        }

        impl<'a> $view<'a> {
            /// The byte order the record is read in.
            #[must_use]
            pub fn endian(&self) -> $crate::Endian {
                $crate::Endian::big_if(self.big)
            }

            $crate::__view_reads! {
                $ident, $self,
                to_owned = {$($to_owned)*},
                getters = [$(($name, {$($sig)*} {$($get)*}),)*],
            }
        }
    };
}
