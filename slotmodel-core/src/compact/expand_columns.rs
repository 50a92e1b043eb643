//! `<Name>Columns` of `#[derive(Compact)]` with `#[slotmodel(columns)]`, the same for every
//! struct but for its fields: the derive passes, per field, the code that writes it into its
//! column (`push`), reads it back for a record (`row`) and decodes one value (`at`), with the
//! names of the locals that code uses (`locals`).

/// `<Name>Columns`: one bit-packed column per field.
#[doc(hidden)]
#[macro_export]
macro_rules! __compact_columns {
    (
        vis = [$($vis:tt)*], ident = $ident:ident, columns = $columns:ident, count = $count:tt,
        locals = [$self:ident, $value:ident, $bytes:ident, $row:ident, $at:ident],
        fields = [$((
            $i:tt, $member:tt, $name:literal, $getter:ident, ($($ty:tt)*),
            push = {$($push:tt)*}, row = {$($read_row:tt)*}, at = {$($read_at:tt)*}
        ),)*],
    ) => {
        #[doc = ::core::concat!(
            "`", ::core::stringify!($ident), "` records as one bit-packed column per field (struct of arrays): a scan of one field reads only its bits. Fields are stored as in `",
            ::core::stringify!($ident), "Packed`; every record passes its rules on the way in."
        )]
        #[derive(::core::clone::Clone, ::core::cmp::PartialEq, ::core::cmp::Eq)]
        $($vis)* struct $columns {
            len: usize,
            columns: [$crate::__private01::Vec<u8>; $count],
        }

        // Written out: `Default` is derived for arrays of at most 32 elements, and a record may
        // have more fields.
        #[automatically_derived]
        impl ::core::default::Default for $columns {
            fn default() -> Self {
                Self {
                    len: 0,
                    columns: ::core::array::from_fn(|_| $crate::__private01::Vec::new()),
                }
            }
        }

        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_possible_wrap, clippy::cast_lossless, reason = "bounds are widened to compute offsets")]
        impl $columns {
            /// No records; allocates nothing until the first push.
            #[must_use]
            pub fn new() -> Self {
                <Self as ::core::default::Default>::default()
            }

            /// No records, with room for exactly `records` in every column.
            #[must_use]
            pub fn with_capacity(records: usize) -> Self {
                let mut out = Self::new();
                $( out.columns[$i].reserve_exact($crate::__private01::column_bytes(records, ($ident::__SLOTMODEL_WIDTHS[$i] as usize))); )*
                out
            }

            /// How many records it holds.
            #[must_use]
            pub fn len(&self) -> usize {
                self.len
            }

            /// Whether it holds no record.
            #[must_use]
            pub fn is_empty(&self) -> bool {
                self.len == 0
            }

            /// The bytes allocated for all columns.
            #[must_use]
            pub fn heap_bytes(&self) -> usize {
                self.columns.iter().map($crate::__private01::Vec::capacity).sum()
            }

            /// Appends a record if it passes all of its rules; a refused record changes nothing.
            ///
            /// # Errors
            ///
            /// Every rule the record breaks.
            pub fn push(&mut $self, value: impl ::core::borrow::Borrow<$ident>) -> $crate::__private01::Result<(), $crate::__private01::ValidationErrors> {
                let $value: &$ident = value.borrow();
                $crate::__private01::Packable::check_packable($value)?;
                $(
                    $crate::__private01::grow_column(&mut $self.columns[$i], $self.len + 1, ($ident::__SLOTMODEL_WIDTHS[$i] as usize));
                    { let $bytes = &mut $self.columns[$i][..]; $($push)* }
                )*
                $self.len += 1;
                $crate::__private01::Ok(())
            }

            /// The record at `row`, or `None` past the end.
            #[must_use]
            pub fn get(&self, row: usize) -> $crate::__private01::Option<$ident> {
                (row < self.len).then(|| self.__row(row))
            }

            /// The records, each rebuilt from its columns.
            pub fn iter(&self) -> impl ::core::iter::DoubleEndedIterator<Item = $ident> + ::core::iter::ExactSizeIterator + '_ {
                (0..self.len).map(move |row| self.__row(row))
            }

            /// Columns of every record if all pass their rules.
            ///
            /// # Errors
            ///
            /// The first refused record's errors, its fields prefixed with its position (`Name[3].field`).
            pub fn try_from_iter<B: ::core::borrow::Borrow<$ident>>(values: impl ::core::iter::IntoIterator<Item = B>) -> $crate::__private01::Result<Self, $crate::__private01::ValidationErrors> {
                let mut out = Self::new();
                for (position, value) in values.into_iter().enumerate() {
                    out.push(value).map_err(|errors| $crate::__private01::at_index(errors, position))?;
                }
                $crate::__private01::Ok(out)
            }

            $(
                #[doc = ::core::concat!("The `", $name, "` column: each record's `", $name, "`, decoded on access.")]
                #[must_use]
                #[allow(clippy::len_without_is_empty, reason = "a column named after its field")]
                pub fn $getter(&self) -> $crate::__private01::Column<'_, $($ty)*, impl ::core::ops::Fn(&[u8], usize) -> $($ty)* + ::core::marker::Copy, { ($ident::__SLOTMODEL_WIDTHS[$i] as usize) }> {
                    $crate::__private01::Column::new(&self.columns[$i], self.len, |$bytes: &[u8], $at: usize| $($read_at)*)
                }
            )*

            fn __row(&$self, $row: usize) -> $ident {
                $ident { $($member: { let $bytes = &$self.columns[$i][..]; $($read_row)* }),* }
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Debug for $columns {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct(::core::stringify!($columns))
                    .field("len", &self.len)
                    .field("heap_bytes", &self.heap_bytes())
                    .finish_non_exhaustive()
            }
        }
    };
}
