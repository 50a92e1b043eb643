//! The parts of a fixed-size `#[derive(View)]` that are the same for every record. The derive
//! writes what depends on the fields (sizes, checks, getters, setters, `to_owned`, `write`) and
//! passes it in, with the names of the locals that code uses (`locals`). Each getter comes as its
//! signature and body: a method the macro named would be reported, when its field's type does not
//! derive `View`, with an extra label on the macro variable.

/// `<Name>View<'a>`, `<Name>ViewMut<'a>`, `ViewItem`, the writers and the layout constants of a
/// fixed-size record `$ident`.
#[doc(hidden)]
#[macro_export]
macro_rules! __view_fixed {
    (
        vis = [$($vis:tt)*], ident = $ident:ident, view = $view:ident, view_mut = $view_mut:ident,
        count = $count:tt, locals = [$self:ident, $value:ident, $bytes:ident],
        sizes = [$($sizes:tt)*], skips = [$($skips:tt)*], check = {$($check:tt)*}, fits = {$($fits:tt)*},
        getters = [$(($name:literal, {$($sig:tt)*} {$($get:tt)*}, {$($sig_mut:tt)*} {$($get_mut:tt)*}),)*],
        to_owned = {$($to_owned:tt)*}, setters = [$({$($setter:tt)*})*], write = {$($write:tt)*},
    ) => {
        impl $ident {
            #[doc(hidden)]
            pub const __SLOTMODEL_VIEW_SIZES: [usize; $count] = [$($sizes)*];
            #[doc(hidden)]
            pub const __SLOTMODEL_VIEW_OFFSETS: [usize; $count] = $crate::__private01::view_offsets($ident::__SLOTMODEL_VIEW_SIZES, [$($skips)*]);
            #[doc(hidden)]
            pub const __SLOTMODEL_VIEW_SIZE: usize = $crate::__private01::view_end($ident::__SLOTMODEL_VIEW_OFFSETS, $ident::__SLOTMODEL_VIEW_SIZES);
            #[doc(hidden)]
            #[inline(always)]
            #[allow(clippy::inline_always, reason = "a scan's loop must see the checks, to keep them as cheap as a hand-written `if`")]
            pub fn __slotmodel_view_check($bytes: &[u8; $ident::__SLOTMODEL_VIEW_SIZE]) -> $crate::__private01::Result<(), $crate::ViewError> {
                $($check)*
                $crate::__private01::Ok(())
            }
            #[doc(hidden)]
            pub fn __slotmodel_view_fits(&$self) -> $crate::__private01::Result<(), $crate::ViewError> {
                $($fits)*
                $crate::__private01::Ok(())
            }
        }

        #[doc = ::core::concat!(
            "A checked, zero-copy view of a `", ::core::stringify!($ident),
            "` record in a byte buffer: fields are decoded on access, and the borrow keeps the buffer alive. `",
            ::core::stringify!($view), "::new(&bytes)`."
        )]
        #[derive(::core::clone::Clone, ::core::marker::Copy)]
        $($vis)* struct $view<'a> {
            bytes: &'a [u8; $ident::__SLOTMODEL_VIEW_SIZE],
        }

        impl<'a> $view<'a> {
            /// Bytes per record.
            pub const SIZE: usize = $ident::__SLOTMODEL_VIEW_SIZE;

            /// Checks `bytes` (exactly one record) and views it.
            ///
            /// # Errors
            ///
            /// A length other than `SIZE`, or a field holding an invalid value.
            #[inline]
            pub fn new(bytes: &'a [u8]) -> $crate::__private01::Result<Self, $crate::ViewError> {
                match bytes.first_chunk() {
                    ::core::option::Option::Some(record) if bytes.len() == Self::SIZE => Self::from_array(record),
                    _ => ::core::result::Result::Err($crate::ViewError::length(::core::stringify!($ident), Self::SIZE, bytes.len())),
                }
            }

            /// Checks a record of the exact size and views it.
            ///
            /// # Errors
            ///
            /// A field holding an invalid value.
            #[inline]
            pub fn from_array(bytes: &'a [u8; $ident::__SLOTMODEL_VIEW_SIZE]) -> $crate::__private01::Result<Self, $crate::ViewError> {
                $ident::__slotmodel_view_check(bytes)?;
                ::core::result::Result::Ok($view { bytes })
            }

            /// Views the record at the start of `bytes` and returns the rest.
            ///
            /// # Errors
            ///
            /// Fewer than `SIZE` bytes, or a field holding an invalid value.
            #[inline]
            pub fn new_prefix(bytes: &'a [u8]) -> $crate::__private01::Result<(Self, &'a [u8]), $crate::ViewError> {
                match bytes.split_first_chunk() {
                    ::core::option::Option::Some((record, rest)) => ::core::result::Result::Ok((Self::from_array(record)?, rest)),
                    ::core::option::Option::None => ::core::result::Result::Err($crate::ViewError::length(::core::stringify!($ident), Self::SIZE, bytes.len())),
                }
            }

            /// The consecutive records of `bytes`, each checked and viewed in place.
            #[must_use]
            pub fn records(bytes: &'a [u8]) -> $crate::Records<'a, Self> {
                $crate::Records::new(bytes)
            }

            /// A table of the records of `bytes`, every one checked now, then read by position.
            ///
            /// # Errors
            ///
            /// A length that is not a whole number of records, or the first invalid record.
            pub fn slice(bytes: &'a [u8]) -> $crate::__private01::Result<$crate::ViewTable<'a, Self>, $crate::ViewError> {
                $crate::ViewTable::new(bytes)
            }

            /// The record's bytes.
            #[must_use]
            pub fn as_bytes(&self) -> &'a [u8; $ident::__SLOTMODEL_VIEW_SIZE] {
                self.bytes
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

            /// Copies the record into an owned value, releasing the buffer.
            #[must_use]
            #[allow(clippy::should_implement_trait, reason = "the explicit copy that detaches from the buffer")]
            pub fn to_owned(&$self) -> $ident {
                $($to_owned)*
            }
        }

        #[automatically_derived]
        impl<'a> $crate::__private01::PrefixView<'a> for $view<'a> {
            type Layout = ();
            #[inline]
            fn layout(bytes: &[u8]) -> $crate::__private01::Result<((), usize), $crate::ViewError> {
                match bytes.first_chunk() {
                    ::core::option::Option::Some(record) => $ident::__slotmodel_view_check(record).map(|()| ((), $ident::__SLOTMODEL_VIEW_SIZE)),
                    ::core::option::Option::None => ::core::result::Result::Err($crate::ViewError::length(::core::stringify!($ident), Self::SIZE, bytes.len())),
                }
            }
            #[inline]
            fn from_layout(bytes: &'a [u8], (): ()) -> Self {
                // `layout` checked these bytes, and they are the record's.
                $view { bytes: bytes.first_chunk().expect("a record's slice has the record's size") }
            }
        }

        #[automatically_derived]
        impl<'a> $crate::__private01::RecordView<'a> for $view<'a> {
            const SIZE: usize = $ident::__SLOTMODEL_VIEW_SIZE;
            const NAME: &'static str = ::core::stringify!($ident);
            #[inline]
            fn from_checked(bytes: &'a [u8]) -> Self {
                // The table checked this record, and its slice has the record's size.
                $view { bytes: bytes.first_chunk().expect("a record's slice has the record's size") }
            }
            #[inline]
            fn from_record(bytes: &'a [u8]) -> $crate::__private01::Result<Self, $crate::ViewError> {
                Self::new(bytes)
            }
        }

        #[doc = ::core::concat!(
            "A checked, writable view of a `", ::core::stringify!($ident), "` record: setters encode in place. `",
            ::core::stringify!($view_mut), "::new(&mut bytes)`."
        )]
        $($vis)* struct $view_mut<'a> {
            bytes: &'a mut [u8; $ident::__SLOTMODEL_VIEW_SIZE],
        }

        impl<'a> $view_mut<'a> {
            /// Bytes per record.
            pub const SIZE: usize = $ident::__SLOTMODEL_VIEW_SIZE;

            /// Checks `bytes` (exactly one record) and views it for writing.
            ///
            /// # Errors
            ///
            /// A length other than `SIZE`, or a field holding an invalid value.
            pub fn new(bytes: &'a mut [u8]) -> $crate::__private01::Result<Self, $crate::ViewError> {
                let given = bytes.len();
                match bytes.first_chunk_mut() {
                    ::core::option::Option::Some(record) if given == Self::SIZE => {
                        $ident::__slotmodel_view_check(record)?;
                        ::core::result::Result::Ok($view_mut { bytes: record })
                    }
                    _ => ::core::result::Result::Err($crate::ViewError::length(::core::stringify!($ident), Self::SIZE, given)),
                }
            }

            /// A read-only view of the same record.
            #[must_use]
            pub fn as_view(&self) -> $view<'_> {
                $view { bytes: self.bytes }
            }

            /// The record's bytes.
            #[must_use]
            pub fn as_bytes(&self) -> &[u8; $ident::__SLOTMODEL_VIEW_SIZE] {
                self.bytes
            }

            $(
                #[doc = ::core::concat!("The `", $name, "` field, read from the buffer.")]
                #[must_use]
                #[allow(clippy::len_without_is_empty, reason = "a getter named after its field")]
                #[inline]
                $($sig_mut)* {
                    $($get_mut)*
                }
            )*

            $($crate::__view_setter! { [$self, $value] $($setter)* })*
        }

        #[automatically_derived]
        impl ::core::fmt::Debug for $view_mut<'_> {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::fmt::Debug::fmt(&self.as_view(), f)
            }
        }

        #[automatically_derived]
        impl $crate::ViewItem for $ident {
            const SIZE: usize = $ident::__SLOTMODEL_VIEW_SIZE;
            type Ref<'a> = $view<'a>;
            fn get<const BIG: bool>(bytes: &[u8]) -> $view<'_> {
                // The enclosing view checked these bytes when it was made.
                $view { bytes: bytes.first_chunk().expect("a field's slice has the field's size") }
            }
            fn read<const BIG: bool>(bytes: &[u8]) -> Self {
                Self::get::<BIG>(bytes).to_owned()
            }
            fn write<const BIG: bool>(&$self, $bytes: &mut [u8]) {
                $($write)*
            }
            fn fits(&self, type_name: &'static str, field: &'static str, offset: usize) -> $crate::__private01::Result<(), $crate::ViewError> {
                self.__slotmodel_view_fits().map_err(|e| e.nested(type_name, field, offset))
            }
            fn check<const BIG: bool>(bytes: &[u8], type_name: &'static str, field: &'static str, offset: usize) -> $crate::__private01::Result<(), $crate::ViewError> {
                match bytes.first_chunk() {
                    ::core::option::Option::Some(record) => $ident::__slotmodel_view_check(record).map_err(|e| e.nested(type_name, field, offset)),
                    ::core::option::Option::None => ::core::result::Result::Err($crate::ViewError::length(type_name, $ident::__SLOTMODEL_VIEW_SIZE, bytes.len())),
                }
            }
        }

        impl $ident {
            /// Bytes this record takes in the form its view reads: always `SIZE`.
            #[must_use]
            pub fn view_len(&self) -> usize {
                $ident::__SLOTMODEL_VIEW_SIZE
            }

            #[doc = ::core::concat!(
                "This `", ::core::stringify!($ident), "` in the form its view reads, checked as `",
                ::core::stringify!($ident), "View::new` checks it.\n\n# Errors\n\nA field that breaks a rule."
            )]
            pub fn to_bytes(&self) -> $crate::__private01::Result<[u8; $ident::__SLOTMODEL_VIEW_SIZE], $crate::ViewError> {
                self.__slotmodel_view_fits()?;
                let mut bytes = [0_u8; $ident::__SLOTMODEL_VIEW_SIZE];
                <Self as $crate::ViewItem>::write::<false>(self, &mut bytes);
                $ident::__slotmodel_view_check(&bytes)?;
                ::core::result::Result::Ok(bytes)
            }

            #[doc = ::core::concat!(
                "Writes this `", ::core::stringify!($ident),
                "` at the start of `out` in the form its view reads, and returns the bytes written.\n\n# Errors\n\nAn `out` shorter than the record, or a field that breaks a rule."
            )]
            pub fn write_to(&self, out: &mut [u8]) -> $crate::__private01::Result<usize, $crate::ViewError> {
                let given = out.len();
                let ::core::option::Option::Some(out) = out.first_chunk_mut::<{ $ident::__SLOTMODEL_VIEW_SIZE }>() else {
                    return ::core::result::Result::Err($crate::ViewError::length(::core::stringify!($ident), $ident::__SLOTMODEL_VIEW_SIZE, given));
                };
                *out = self.to_bytes()?;
                ::core::result::Result::Ok($ident::__SLOTMODEL_VIEW_SIZE)
            }
        }
    };
}

/// One setter of `<Name>ViewMut`: `plain` writes the field, `checked` checks its rules first,
/// `bytes` writes a byte array and adds `<getter>_mut`, and `custom` is written whole by the derive.
#[doc(hidden)]
#[macro_export]
macro_rules! __view_setter {
    ([$self:ident, $value:ident] $name:literal plain $setter:ident ($($ty:tt)*) {$($write:tt)*}) => {
        #[doc = ::core::concat!("Writes the `", $name, "` field in place.")]
        #[inline]
        pub fn $setter(&mut $self, $value: $($ty)*) {
            $($write)*
        }
    };
    ([$self:ident, $value:ident] $name:literal checked $setter:ident ($($ty:tt)*) {$($check:tt)*} {$($write:tt)*}) => {
        #[doc = ::core::concat!("Writes the `", $name, "` field if the value passes its rules; a refused value leaves the buffer as it was.\n\n# Errors\n\nThe rule the value breaks.")]
        pub fn $setter(&mut $self, $value: $($ty)*) -> $crate::__private01::Result<(), $crate::FieldError> {
            $($check)*?;
            $($write)*
            $crate::__private01::Ok(())
        }
    };
    (
        [$self:ident, $value:ident] $name:literal bytes $setter:ident ($($ty:tt)*) {$($write:tt)*}
        $getter:ident {$($bytes:tt)*}
    ) => {
        $crate::__view_setter! { [$self, $value] $name plain $setter ($($ty)*) {$($write)*} }
        #[doc = ::core::concat!("The `", $name, "` bytes, to modify in place.")]
        #[inline]
        pub fn $getter(&mut $self) -> &mut $($ty)* {
            $($bytes)*.first_chunk_mut().expect("a field's slice has the field's size")
        }
    };
    ([$self:ident, $value:ident] $name:literal custom {$($setter:tt)*}) => {
        $($setter)*
    };
}

/// `ViewItem` for a fieldless enum with an integer `repr`: its discriminant, refused when
/// unknown. `variants` are all but the `last`, which `read` returns for any value `check` let by.
#[doc(hidden)]
#[macro_export]
macro_rules! __view_enum {
    (ident = $ident:ident, repr = $repr:ident, variants = [$($variant:ident,)*], last = $last:ident) => {
        #[automatically_derived]
        impl $crate::ViewItem for $ident {
            const SIZE: usize = ::core::mem::size_of::<$repr>();
            type Ref<'a> = $ident;
            fn get<const BIG: bool>(__bytes: &[u8]) -> $ident {
                Self::read::<BIG>(__bytes)
            }
            fn read<const BIG: bool>(__bytes: &[u8]) -> $ident {
                // `check` refused unknown discriminants when the view was made.
                match <$repr as $crate::ViewItem>::read::<BIG>(__bytes) {
                    $(__raw if __raw == $ident::$variant as $repr => $ident::$variant,)*
                    _ => $ident::$last,
                }
            }
            fn write<const BIG: bool>(&self, __bytes: &mut [u8]) {
                let __raw: $repr = match self { $($ident::$variant => $ident::$variant as $repr,)* $ident::$last => $ident::$last as $repr };
                <$repr as $crate::ViewItem>::write::<BIG>(&__raw, __bytes);
            }
            fn check<const BIG: bool>(__bytes: &[u8], type_name: &'static str, field: &'static str, offset: usize) -> $crate::__private01::Result<(), $crate::ViewError> {
                let __raw = <$repr as $crate::ViewItem>::read::<BIG>(__bytes);
                if [$($ident::$variant as $repr,)* $ident::$last as $repr].contains(&__raw) {
                    $crate::__private01::Ok(())
                } else {
                    $crate::__private01::Err($crate::ViewError::invalid(type_name, field, offset, $crate::ErrorKind::custom($crate::__private01::format!("is not a {} discriminant, got {}", ::core::stringify!($ident), __raw))))
                }
            }
        }
    };
}
