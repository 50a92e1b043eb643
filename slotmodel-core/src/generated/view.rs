//! The parts of a fixed-size `#[derive(View)]` that are the same for every record. The derive
//! writes what depends on the fields (getters, setters, `to_owned`, `write`) and passes it in.

/// `<Name>View<'a>`, `<Name>ViewMut<'a>`, `ViewItem` and the writers of a fixed-size record
/// `$ident`, whose `__SLOTMODEL_VIEW_SIZE` and `__slotmodel_view_check` the derive wrote.
#[doc(hidden)]
#[macro_export]
macro_rules! __view_fixed {
    (
        vis = [$($vis:tt)*], ident = $ident:ident, view = $view:ident, view_mut = $view_mut:ident,
        docs = [$view_doc:expr, $view_mut_doc:expr, $to_bytes_doc:expr, $write_doc:expr],
        view_fns = {$($view_fns:tt)*}, mut_fns = {$($mut_fns:tt)*}, write = {$($write:tt)*},
    ) => {
        #[doc = $view_doc]
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
            pub fn new(bytes: &'a [u8]) -> $crate::__private::Result<Self, $crate::ViewError> {
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
            pub fn from_array(bytes: &'a [u8; $ident::__SLOTMODEL_VIEW_SIZE]) -> $crate::__private::Result<Self, $crate::ViewError> {
                $ident::__slotmodel_view_check(bytes)?;
                ::core::result::Result::Ok($view { bytes })
            }

            /// Views the record at the start of `bytes` and returns the rest.
            ///
            /// # Errors
            ///
            /// Fewer than `SIZE` bytes, or a field holding an invalid value.
            pub fn new_prefix(bytes: &'a [u8]) -> $crate::__private::Result<(Self, &'a [u8]), $crate::ViewError> {
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
            pub fn slice(bytes: &'a [u8]) -> $crate::__private::Result<$crate::ViewTable<'a, Self>, $crate::ViewError> {
                $crate::ViewTable::new(bytes)
            }

            /// The record's bytes.
            #[must_use]
            pub fn as_bytes(&self) -> &'a [u8; $ident::__SLOTMODEL_VIEW_SIZE] {
                self.bytes
            }

            $($view_fns)*
        }

        #[automatically_derived]
        impl<'a> $crate::__private::RecordView<'a> for $view<'a> {
            const SIZE: usize = $ident::__SLOTMODEL_VIEW_SIZE;
            const NAME: &'static str = ::core::stringify!($ident);
            fn from_checked(bytes: &'a [u8]) -> Self {
                // The table checked this record, and its slice has the record's size.
                $view { bytes: bytes.first_chunk().expect("a record's slice has the record's size") }
            }
            fn from_record(bytes: &'a [u8]) -> $crate::__private::Result<Self, $crate::ViewError> {
                Self::new(bytes)
            }
        }

        #[doc = $view_mut_doc]
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
            pub fn new(bytes: &'a mut [u8]) -> $crate::__private::Result<Self, $crate::ViewError> {
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

            $($mut_fns)*
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
            $($write)*
            fn check<const BIG: bool>(bytes: &[u8], type_name: &'static str, field: &'static str, offset: usize) -> $crate::__private::Result<(), $crate::ViewError> {
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

            #[doc = $to_bytes_doc]
            pub fn to_bytes(&self) -> $crate::__private::Result<[u8; $ident::__SLOTMODEL_VIEW_SIZE], $crate::ViewError> {
                let mut bytes = [0_u8; $ident::__SLOTMODEL_VIEW_SIZE];
                <Self as $crate::ViewItem>::write::<false>(self, &mut bytes);
                $ident::__slotmodel_view_check(&bytes)?;
                ::core::result::Result::Ok(bytes)
            }

            #[doc = $write_doc]
            pub fn write_to(&self, out: &mut [u8]) -> $crate::__private::Result<usize, $crate::ViewError> {
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
