//! `<Name>ViewMut<'a>` of a variable-length record: setters that encode in place, each followed
//! by the record's whole check, so that a value which would move the fields after it (a length
//! that no longer matches its data, a tag that chooses another variant) or break a rule is
//! refused and the old bytes are put back.

use alloc::borrow::Cow;

use crate::{ErrorKind, ViewError};

/// A setter's value that would move the fields after `field`, which starts at `offset`.
#[cold]
#[must_use]
pub fn view_moved(type_name: &'static str, field: &'static str, offset: usize) -> ViewError {
    let message = "would move the fields after it: a length or a tag changes only with what it describes, so write a new record with `write_to`";
    ViewError::invalid(
        type_name,
        field,
        offset,
        ErrorKind::Custom {
            message: Cow::Borrowed(message),
        },
    )
}

/// A setter's value that would turn the byte order the record's fields give.
#[cold]
#[must_use]
pub fn view_order_turned(type_name: &'static str) -> ViewError {
    let message = "would turn the record's byte order, which its view was made in: make a new view of the bytes";
    ViewError::invalid(
        type_name,
        "",
        0,
        ErrorKind::Custom {
            message: Cow::Borrowed(message),
        },
    )
}

/// `<Name>ViewMut<'a>` of a variable-length record `$ident`, whose byte order is `fixed`, `given`
/// by the caller, or `read` from its fields. The derive passes each settable field as its name,
/// setter, type, encoding type, index, the `skip` of the field after it and the code that
/// encodes `$value` into `$field`; and each byte field with its `_mut` accessor.
#[doc(hidden)]
#[macro_export]
macro_rules! __view_var_mut {
    (order = fixed, vis = [$($vis:tt)*], ident = $ident:ident, view = $view:ident, view_mut = $view_mut:ident, count = $count:tt, $($rest:tt)*) => {
        #[doc = ::core::concat!(
            "A checked, writable view of a variable-length `", ::core::stringify!($ident),
            "` record: setters encode in place and keep every length consistent with its data. `",
            ::core::stringify!($view_mut), "::new(&mut bytes)`; read through `as_view()`."
        )]
        $($vis)* struct $view_mut<'a> {
            bytes: &'a mut [u8],
            offsets: [usize; $count + 1],
        }

        impl<'a> $view_mut<'a> {
            /// Checks `bytes` (exactly one record) as the read-only view does, and views it for
            /// writing.
            ///
            /// # Errors
            ///
            /// A field that runs past the end, bytes left after the record, or a field holding
            /// an invalid value.
            pub fn new(bytes: &'a mut [u8]) -> $crate::__private01::Result<Self, $crate::ViewError> {
                let offsets = $view::new(&*bytes)?.offsets;
                $crate::__private01::Ok($view_mut { bytes, offsets })
            }

            /// A read-only view of the same record.
            #[must_use]
            pub fn as_view(&self) -> $view<'_> {
                $view { bytes: self.bytes, offsets: self.offsets }
            }

            fn __slotmodel_relayout(&self) -> $crate::__private01::Result<[usize; $count + 1], $crate::ViewError> {
                $ident::__slotmodel_view_layout::<true>(self.bytes)
            }
        }

        $crate::__view_var_mut_common! { ident = $ident, view_mut = $view_mut, count = $count, $($rest)* }
    };
    (order = $order:ident, vis = [$($vis:tt)*], ident = $ident:ident, view = $view:ident, view_mut = $view_mut:ident, count = $count:tt, $($rest:tt)*) => {
        #[doc = ::core::concat!(
            "A checked, writable view of a variable-length `", ::core::stringify!($ident),
            "` record in the byte order it was made in: setters encode in place and keep every length consistent with its data. Read through `as_view()`."
        )]
        $($vis)* struct $view_mut<'a> {
            bytes: &'a mut [u8],
            offsets: [usize; $count + 1],
            big: bool,
        }

        $crate::__view_var_mut_new! { $order, $view, $view_mut }

        impl<'a> $view_mut<'a> {
            /// A read-only view of the same record, in the same byte order.
            #[must_use]
            pub fn as_view(&self) -> $view<'_> {
                $view { bytes: self.bytes, offsets: self.offsets, big: self.big }
            }

            fn __slotmodel_relayout(&self) -> $crate::__private01::Result<[usize; $count + 1], $crate::ViewError> {
                $crate::__view_var_mut_order! { $order, $ident, self }
                if self.big {
                    $ident::__slotmodel_view_layout::<true, true>(self.bytes)
                } else {
                    $ident::__slotmodel_view_layout::<false, true>(self.bytes)
                }
            }
        }

        $crate::__view_var_mut_common! { ident = $ident, view_mut = $view_mut, count = $count, $($rest)* }
    };
}

/// The constructor of a run-time-order `ViewMut`: with the order `given`, or `read` from the
/// record's fields.
#[doc(hidden)]
#[macro_export]
macro_rules! __view_var_mut_new {
    (given, $view:ident, $view_mut:ident) => {
        impl<'a> $view_mut<'a> {
            /// Checks `bytes` (exactly one record) in the byte order `order`, as the read-only
            /// view does, and views it for writing.
            ///
            /// # Errors
            ///
            /// A field that runs past the end, bytes left after the record, or a field holding
            /// an invalid value.
            pub fn new(
                bytes: &'a mut [u8],
                order: $crate::Endian,
            ) -> $crate::__private01::Result<Self, $crate::ViewError> {
                let view = $view::new(&*bytes, order)?;
                let (offsets, big) = (view.offsets, view.big);
                $crate::__private01::Ok($view_mut { bytes, offsets, big })
            }
        }
    };
    (read, $view:ident, $view_mut:ident) => {
        impl<'a> $view_mut<'a> {
            /// Checks `bytes` (exactly one record) in the byte order its fields give, as the
            /// read-only view does, and views it for writing.
            ///
            /// # Errors
            ///
            /// A field that runs past the end, bytes left after the record, or a field holding
            /// an invalid value.
            pub fn new(bytes: &'a mut [u8]) -> $crate::__private01::Result<Self, $crate::ViewError> {
                let view = $view::new(&*bytes)?;
                let (offsets, big) = (view.offsets, view.big);
                $crate::__private01::Ok($view_mut { bytes, offsets, big })
            }
        }
    };
}

/// A record whose fields give its order keeps that order: a setter that would turn it is
/// refused like one that would move a field.
#[doc(hidden)]
#[macro_export]
macro_rules! __view_var_mut_order {
    (given, $ident:ident, $self:ident) => {};
    (read, $ident:ident, $self:ident) => {
        if $ident::__slotmodel_view_order($self.bytes)? != $self.big {
            return $crate::__private01::Err($crate::__private01::view_order_turned(::core::stringify!($ident)));
        }
    };
}

/// The setters and byte accessors every `ViewMut` of a variable-length record has.
#[doc(hidden)]
#[macro_export]
macro_rules! __view_var_mut_common {
    (
        ident = $ident:ident, view_mut = $view_mut:ident, count = $count:tt,
        locals = [$self:ident, $value:ident, $field:ident, $start:ident],
        setters = [$(($name:literal, $setter:ident, $ty:ty, $item:ty, $index:tt, $next_skip:expr, {$($write:tt)*}),)*],
        bytes = [$(($bname:literal, $bytes_mut:ident, $bindex:tt, $bnext_skip:expr),)*],
    ) => {
        impl<'a> $view_mut<'a> {
            /// The record's bytes.
            #[must_use]
            pub fn as_bytes(&self) -> &[u8] {
                self.bytes
            }

            /// Keeps a field's new bytes if the record, checked again, still has every field
            /// where it was; else puts `old` back.
            fn __slotmodel_keep(
                &mut self,
                range: ::core::ops::Range<usize>,
                old: &[u8],
                field: &'static str,
            ) -> $crate::__private01::Result<(), $crate::ViewError> {
                let error = match self.__slotmodel_relayout() {
                    $crate::__private01::Ok(offsets) if offsets == self.offsets => return $crate::__private01::Ok(()),
                    $crate::__private01::Ok(_) => $crate::__private01::view_moved(::core::stringify!($ident), field, range.start),
                    $crate::__private01::Err(error) => error,
                };
                self.bytes[range].copy_from_slice(old);
                $crate::__private01::Err(error)
            }

            $(
                #[doc = ::core::concat!(
                    "Sets `", $name, "` in place if the record, checked again as `new` checks it, keeps its rules and every field where it was; else keeps the old bytes.\n\n# Errors\n\nA value the field's bytes cannot hold, one that breaks a rule, or one that would change a length or a tag and so move the fields after it."
                )]
                pub fn $setter(&mut $self, $value: $ty) -> $crate::__private01::Result<(), $crate::ViewError> {
                    let (__from, __to) = ($self.offsets[$index], $self.offsets[$index + 1] - $next_skip);
                    let mut __old = [0_u8; <$item as $crate::ViewItem>::SIZE];
                    __old.copy_from_slice(&$self.bytes[__from..__to]);
                    {
                        let $start = __from;
                        let $field = &mut $self.bytes[__from..__to];
                        $($write)*
                    }
                    $self.__slotmodel_keep(__from..__to, &__old, $name)
                }
            )*

            $(
                #[doc = ::core::concat!(
                    "The bytes of `", $bname, "`, to change in place: their number is fixed by the record's lengths."
                )]
                #[must_use]
                pub fn $bytes_mut(&mut self) -> &mut [u8] {
                    let end = self.offsets[$bindex + 1] - $bnext_skip;
                    &mut self.bytes[self.offsets[$bindex]..end]
                }
            )*
        }

        #[automatically_derived]
        impl ::core::fmt::Debug for $view_mut<'_> {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::fmt::Debug::fmt(&self.as_view(), f)
            }
        }
    };
}
