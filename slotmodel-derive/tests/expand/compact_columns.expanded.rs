impl Sample {
    ///How `Sample` is laid out natively and packed: print it for a table.
    pub const LAYOUT: ::slotmodel::__private::LayoutReport = ::slotmodel::__private::layout_report(
        "Sample",
        ::slotmodel::__private::size_of::<Sample>(),
        ::slotmodel::__private::align_of::<Sample>(),
        Sample::__SLOTMODEL_BITS,
        Sample::__SLOTMODEL_SIZE,
        &[
            ::slotmodel::__private::field_layout(
                "0",
                "u8",
                ::slotmodel::__private::offset_of!(Sample, 0),
                ::slotmodel::__private::size_of::<u8>(),
                Sample::__SLOTMODEL_OFFSETS[0usize],
                Sample::__SLOTMODEL_WIDTHS[0usize],
            ),
            ::slotmodel::__private::field_layout(
                "1",
                "bool",
                ::slotmodel::__private::offset_of!(Sample, 1),
                ::slotmodel::__private::size_of::<bool>(),
                Sample::__SLOTMODEL_OFFSETS[1usize],
                Sample::__SLOTMODEL_WIDTHS[1usize],
            ),
        ],
    );
    /// The first field whose stored bits encode no value of its type.
    #[doc(hidden)]
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_possible_wrap,
        clippy::cast_lossless,
        reason = "bounds are widened to compute offsets"
    )]
    pub fn __slotmodel_invalid_field(
        __bytes: &[u8],
        __base: usize,
    ) -> ::slotmodel::__private::Option<&'static str> {
        if !<bool as ::slotmodel::__private::Packable>::bits_valid(
            __bytes,
            __base + Sample::__SLOTMODEL_OFFSETS[1usize] as usize,
        ) {
            return ::slotmodel::__private::Some("1");
        }
        ::slotmodel::__private::None
    }
    #[doc(hidden)]
    pub const __SLOTMODEL_WIDTHS: [u32; 2usize] = [
        ::slotmodel::__private::span_bits(((12) as u128).wrapping_sub((1) as u128)),
        <bool as ::slotmodel::__private::Packable>::BITS,
    ];
    #[doc(hidden)]
    pub const __SLOTMODEL_OFFSETS: [u32; 2usize] = ::slotmodel::__private::bit_offsets(
        Sample::__SLOTMODEL_WIDTHS,
    );
    #[doc(hidden)]
    pub const __SLOTMODEL_BITS: u32 = ::slotmodel::__private::total_bits(
        Sample::__SLOTMODEL_WIDTHS,
    );
    #[doc(hidden)]
    pub const __SLOTMODEL_SIZE: usize = ::slotmodel::__private::bytes_for(
        Sample::__SLOTMODEL_BITS,
    );
}
#[automatically_derived]
impl ::slotmodel::__private::Packable for Sample {
    const BITS: u32 = Sample::__SLOTMODEL_BITS;
    const LAYOUT: ::slotmodel::__private::Option<
        &'static ::slotmodel::__private::LayoutReport,
    > = ::slotmodel::__private::Some(&Sample::LAYOUT);
    type SetResult = ::slotmodel::__private::Result<
        (),
        ::slotmodel::__private::ValidationErrors,
    >;
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_possible_wrap,
        clippy::cast_lossless,
        reason = "bounds are widened to compute offsets"
    )]
    fn write_bits(&self, __bytes: &mut [u8], __base: usize) {
        ::slotmodel::__private::put_bits(
            __bytes,
            __base + Sample::__SLOTMODEL_OFFSETS[0usize] as usize,
            Sample::__SLOTMODEL_WIDTHS[0usize],
            <u8 as ::slotmodel::__private::PackInt>::to_raw(self.0, 1),
        );
        <bool as ::slotmodel::__private::Packable>::write_bits(
            &self.1,
            __bytes,
            __base + Sample::__SLOTMODEL_OFFSETS[1usize] as usize,
        );
    }
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_possible_wrap,
        clippy::cast_lossless,
        reason = "bounds are widened to compute offsets"
    )]
    fn read_bits(__bytes: &[u8], __base: usize) -> Self {
        Sample(
            <u8 as ::slotmodel::__private::PackInt>::from_raw(
                ::slotmodel::__private::get_bits(
                    __bytes,
                    __base + Sample::__SLOTMODEL_OFFSETS[0usize] as usize,
                    Sample::__SLOTMODEL_WIDTHS[0usize],
                ),
                1,
            ),
            <bool as ::slotmodel::__private::Packable>::read_bits(
                __bytes,
                __base + Sample::__SLOTMODEL_OFFSETS[1usize] as usize,
            ),
        )
    }
    fn bits_valid(__bytes: &[u8], __base: usize) -> bool {
        Sample::__slotmodel_invalid_field(__bytes, __base).is_none()
    }
    fn check_packable(
        &self,
    ) -> ::slotmodel::__private::Result<(), ::slotmodel::__private::ValidationErrors> {
        let mut __errors = ::slotmodel::__private::Collector::new("Sample");
        __errors.field(::slotmodel::__private::within(&self.0, 1, 12, &["Sample", "0"]));
        __errors.finish()
    }
    fn set_result(
        outcome: ::slotmodel::__private::Result<
            (),
            ::slotmodel::__private::ValidationErrors,
        >,
    ) -> Self::SetResult {
        outcome
    }
}
///`Sample` packed into `Sample::LAYOUT.packed_size` bytes (alignment 1): each field takes the bits its type and bounds need. Made by `SamplePacked::try_from(&value)`; equality and hashing compare bit patterns.
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
pub struct SamplePacked {
    bytes: [u8; Sample::__SLOTMODEL_SIZE],
}
#[allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    clippy::cast_lossless,
    reason = "bounds are widened to compute offsets"
)]
impl SamplePacked {
    /// Bits of the packed form.
    pub const BITS: u32 = Sample::__SLOTMODEL_BITS;
    /// Bytes of the packed form: `size_of::<Self>()`.
    pub const SIZE: usize = Sample::__SLOTMODEL_SIZE;
    /// The unpacked value.
    #[must_use]
    pub fn unpack(&self) -> Sample {
        <Sample as ::slotmodel::__private::Packable>::read_bits(&self.bytes, 0)
    }
    /// The packed bytes, in a stable format: fields in declaration order from bit 0, the
    /// lowest bit of byte 0 first; a bounded integer as its distance from its minimum, a
    /// float as its IEEE bits, an enum as its variant's index; the bits after the last
    /// field zero.
    #[must_use]
    pub fn to_bytes(&self) -> [u8; Sample::__SLOTMODEL_SIZE] {
        self.bytes
    }
    /// A packed record from bytes in the format of `to_bytes`, checked before use: every
    /// field's bits must encode a value of its type, the bits after the last field must
    /// be zero, and the record must pass all of its rules.
    ///
    /// # Errors
    ///
    /// The field whose bits encode no value, or every rule the record breaks.
    pub fn from_bytes(
        bytes: &[u8; Sample::__SLOTMODEL_SIZE],
    ) -> ::slotmodel::__private::Result<Self, ::slotmodel::__private::ValidationErrors> {
        ::slotmodel::__private::check_stored::<
            Sample,
        >(bytes, Sample::__slotmodel_invalid_field(bytes, 0), "Sample")?;
        ::slotmodel::__private::Ok(SamplePacked { bytes: *bytes })
    }
    ///The `0` field, unpacked.
    #[must_use]
    #[inline]
    pub fn get_0(&self) -> u8 {
        let __bytes = &self.bytes;
        let __base = 0;
        <u8 as ::slotmodel::__private::PackInt>::from_raw(
            ::slotmodel::__private::get_bits(
                __bytes,
                __base + Sample::__SLOTMODEL_OFFSETS[0usize] as usize,
                Sample::__SLOTMODEL_WIDTHS[0usize],
            ),
            1,
        )
    }
    /**Sets the `0` field if the value passes its rules; a refused value leaves the old one in place.

# Errors

The rule the value breaks, naming the struct, field, rule and value.*/
    #[inline]
    pub fn set_0(
        &mut self,
        value: u8,
    ) -> ::slotmodel::__private::Result<(), ::slotmodel::__private::FieldError> {
        ::slotmodel::__private::within(&value, 1, 12, &["Sample", "0"])?;
        let __bytes = &mut self.bytes;
        let __base = 0;
        ::slotmodel::__private::put_bits(
            __bytes,
            __base + Sample::__SLOTMODEL_OFFSETS[0usize] as usize,
            Sample::__SLOTMODEL_WIDTHS[0usize],
            <u8 as ::slotmodel::__private::PackInt>::to_raw(value, 1),
        );
        ::slotmodel::__private::Ok(())
    }
    ///The `1` field, unpacked.
    #[must_use]
    #[inline]
    pub fn get_1(&self) -> bool {
        let __bytes = &self.bytes;
        let __base = 0;
        <bool as ::slotmodel::__private::Packable>::read_bits(
            __bytes,
            __base + Sample::__SLOTMODEL_OFFSETS[1usize] as usize,
        )
    }
    ///Sets the `1` field.
    #[inline]
    pub fn set_1(&mut self, value: bool) {
        let __bytes = &mut self.bytes;
        let __base = 0;
        <bool as ::slotmodel::__private::Packable>::write_bits(
            &value,
            __bytes,
            __base + Sample::__SLOTMODEL_OFFSETS[1usize] as usize,
        );
    }
}
#[automatically_derived]
impl ::core::convert::TryFrom<&Sample> for SamplePacked {
    type Error = ::slotmodel::__private::ValidationErrors;
    fn try_from(
        value: &Sample,
    ) -> ::slotmodel::__private::Result<Self, ::slotmodel::__private::ValidationErrors> {
        ::slotmodel::__private::Packable::check_packable(value)?;
        let mut bytes = [0_u8; Sample::__SLOTMODEL_SIZE];
        ::slotmodel::__private::Packable::write_bits(value, &mut bytes, 0);
        ::slotmodel::__private::Ok(SamplePacked { bytes })
    }
}
#[automatically_derived]
impl ::core::convert::From<SamplePacked> for Sample {
    fn from(packed: SamplePacked) -> Self {
        packed.unpack()
    }
}
#[automatically_derived]
impl ::core::fmt::Debug for SamplePacked {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct(::core::stringify!(SamplePacked))
            .field("0", &self.get_0())
            .field("1", &self.get_1())
            .finish()
    }
}
///`Sample` records as one bit-packed column per field (struct of arrays): a scan of one field reads only its bits. Fields are stored as in `SamplePacked`; every record passes its rules on the way in.
#[derive(
    ::core::clone::Clone,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::default::Default
)]
pub struct SampleColumns {
    len: usize,
    columns: [::slotmodel::__private::Vec<u8>; 2usize],
}
#[allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    clippy::cast_lossless,
    reason = "bounds are widened to compute offsets"
)]
impl SampleColumns {
    /// No records; allocates nothing until the first push.
    #[must_use]
    pub fn new() -> Self {
        <Self as ::core::default::Default>::default()
    }
    /// No records, with room for exactly `records` in every column.
    #[must_use]
    pub fn with_capacity(records: usize) -> Self {
        let mut out = Self::new();
        out.columns[0usize]
            .reserve_exact(
                ::slotmodel::__private::column_bytes(
                    records,
                    (Sample::__SLOTMODEL_WIDTHS[0usize] as usize),
                ),
            );
        out.columns[1usize]
            .reserve_exact(
                ::slotmodel::__private::column_bytes(
                    records,
                    (Sample::__SLOTMODEL_WIDTHS[1usize] as usize),
                ),
            );
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
        self.columns.iter().map(::slotmodel::__private::Vec::capacity).sum()
    }
    /// Appends a record if it passes all of its rules; a refused record changes nothing.
    ///
    /// # Errors
    ///
    /// Every rule the record breaks.
    pub fn push(
        &mut self,
        value: impl ::core::borrow::Borrow<Sample>,
    ) -> ::slotmodel::__private::Result<(), ::slotmodel::__private::ValidationErrors> {
        let __value: &Sample = value.borrow();
        ::slotmodel::__private::Packable::check_packable(__value)?;
        ::slotmodel::__private::grow_column(
            &mut self.columns[0usize],
            self.len + 1,
            (Sample::__SLOTMODEL_WIDTHS[0usize] as usize),
        );
        {
            let __bytes = &mut self.columns[0usize][..];
            ::slotmodel::__private::put_bits(
                __bytes,
                self.len * (Sample::__SLOTMODEL_WIDTHS[0usize] as usize),
                Sample::__SLOTMODEL_WIDTHS[0usize],
                <u8 as ::slotmodel::__private::PackInt>::to_raw(__value.0, 1),
            );
        }
        ::slotmodel::__private::grow_column(
            &mut self.columns[1usize],
            self.len + 1,
            (Sample::__SLOTMODEL_WIDTHS[1usize] as usize),
        );
        {
            let __bytes = &mut self.columns[1usize][..];
            <bool as ::slotmodel::__private::Packable>::write_bits(
                &__value.1,
                __bytes,
                self.len * (Sample::__SLOTMODEL_WIDTHS[1usize] as usize),
            );
        }
        self.len += 1;
        ::slotmodel::__private::Ok(())
    }
    /// The record at `row`, or `None` past the end.
    #[must_use]
    pub fn get(&self, row: usize) -> ::slotmodel::__private::Option<Sample> {
        (row < self.len).then(|| self.__row(row))
    }
    /// The records, each rebuilt from its columns.
    pub fn iter(
        &self,
    ) -> impl ::core::iter::DoubleEndedIterator<
        Item = Sample,
    > + ::core::iter::ExactSizeIterator + '_ {
        (0..self.len).map(move |row| self.__row(row))
    }
    /// Columns of every record if all pass their rules.
    ///
    /// # Errors
    ///
    /// The first refused record's errors, its fields prefixed with its position (`Name[3].field`).
    pub fn try_from_iter<B: ::core::borrow::Borrow<Sample>>(
        values: impl ::core::iter::IntoIterator<Item = B>,
    ) -> ::slotmodel::__private::Result<Self, ::slotmodel::__private::ValidationErrors> {
        let mut out = Self::new();
        for (position, value) in values.into_iter().enumerate() {
            out.push(value)
                .map_err(|errors| ::slotmodel::__private::at_index(errors, position))?;
        }
        ::slotmodel::__private::Ok(out)
    }
    ///The `0` column: each record's `0`, decoded on access.
    #[must_use]
    pub fn get_0(
        &self,
    ) -> ::slotmodel::__private::Column<
        '_,
        u8,
        impl ::core::ops::Fn(&[u8], usize) -> u8 + ::core::marker::Copy,
        { (Sample::__SLOTMODEL_WIDTHS[0usize] as usize) },
    > {
        ::slotmodel::__private::Column::new(
            &self.columns[0usize],
            self.len,
            |__bytes: &[u8], __at: usize| <u8 as ::slotmodel::__private::PackInt>::from_raw(
                ::slotmodel::__private::get_bits(
                    __bytes,
                    __at,
                    Sample::__SLOTMODEL_WIDTHS[0usize],
                ),
                1,
            ),
        )
    }
    ///The `1` column: each record's `1`, decoded on access.
    #[must_use]
    pub fn get_1(
        &self,
    ) -> ::slotmodel::__private::Column<
        '_,
        bool,
        impl ::core::ops::Fn(&[u8], usize) -> bool + ::core::marker::Copy,
        { (Sample::__SLOTMODEL_WIDTHS[1usize] as usize) },
    > {
        ::slotmodel::__private::Column::new(
            &self.columns[1usize],
            self.len,
            |__bytes: &[u8], __at: usize| <bool as ::slotmodel::__private::Packable>::read_bits(
                __bytes,
                __at,
            ),
        )
    }
    fn __row(&self, __row: usize) -> Sample {
        Sample {
            0: {
                let __bytes = &self.columns[0usize][..];
                <u8 as ::slotmodel::__private::PackInt>::from_raw(
                    ::slotmodel::__private::get_bits(
                        __bytes,
                        __row * (Sample::__SLOTMODEL_WIDTHS[0usize] as usize),
                        Sample::__SLOTMODEL_WIDTHS[0usize],
                    ),
                    1,
                )
            },
            1: {
                let __bytes = &self.columns[1usize][..];
                <bool as ::slotmodel::__private::Packable>::read_bits(
                    __bytes,
                    __row * (Sample::__SLOTMODEL_WIDTHS[1usize] as usize),
                )
            },
        }
    }
}
#[automatically_derived]
impl ::core::fmt::Debug for SampleColumns {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct(::core::stringify!(SampleColumns))
            .field("len", &self.len)
            .field("heap_bytes", &self.heap_bytes())
            .finish_non_exhaustive()
    }
}
