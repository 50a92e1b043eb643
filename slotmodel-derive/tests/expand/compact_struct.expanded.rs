impl Reading {
    ///How `Reading` is laid out natively and packed: print it for a table.
    pub const LAYOUT: ::slotmodel::__private::LayoutReport = ::slotmodel::__private::layout_report(
        "Reading",
        ::slotmodel::__private::size_of::<Reading>(),
        ::slotmodel::__private::align_of::<Reading>(),
        Reading::__SLOTMODEL_BITS,
        Reading::__SLOTMODEL_SIZE,
        &[
            ::slotmodel::__private::field_layout(
                "timestamp",
                "u64",
                ::slotmodel::__private::offset_of!(Reading, timestamp),
                ::slotmodel::__private::size_of::<u64>(),
                Reading::__SLOTMODEL_OFFSETS[0usize],
                Reading::__SLOTMODEL_WIDTHS[0usize],
            ),
            ::slotmodel::__private::field_layout(
                "offset",
                "i8",
                ::slotmodel::__private::offset_of!(Reading, offset),
                ::slotmodel::__private::size_of::<i8>(),
                Reading::__SLOTMODEL_OFFSETS[1usize],
                Reading::__SLOTMODEL_WIDTHS[1usize],
            ),
            ::slotmodel::__private::field_layout(
                "value",
                "f32",
                ::slotmodel::__private::offset_of!(Reading, value),
                ::slotmodel::__private::size_of::<f32>(),
                Reading::__SLOTMODEL_OFFSETS[2usize],
                Reading::__SLOTMODEL_WIDTHS[2usize],
            ),
            ::slotmodel::__private::field_layout(
                "unit",
                "Unit",
                ::slotmodel::__private::offset_of!(Reading, unit),
                ::slotmodel::__private::size_of::<Unit>(),
                Reading::__SLOTMODEL_OFFSETS[3usize],
                Reading::__SLOTMODEL_WIDTHS[3usize],
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
        if !<f32 as ::slotmodel::__private::Packable>::bits_valid(
            __bytes,
            __base + Reading::__SLOTMODEL_OFFSETS[2usize] as usize,
        ) {
            return ::slotmodel::__private::Some("value");
        }
        if !<Unit as ::slotmodel::__private::Packable>::bits_valid(
            __bytes,
            __base + Reading::__SLOTMODEL_OFFSETS[3usize] as usize,
        ) {
            return ::slotmodel::__private::Some("unit");
        }
        ::slotmodel::__private::None
    }
    #[doc(hidden)]
    pub const __SLOTMODEL_WIDTHS: [u32; 4usize] = [
        ::slotmodel::__private::span_bits(
            ((4_294_967_295) as u128).wrapping_sub((<u64>::MIN) as u128),
        ),
        ::slotmodel::__private::span_bits(
            ((<i8>::saturating_sub(8, 1)) as i128).wrapping_sub((-8) as i128) as u128,
        ),
        <f32 as ::slotmodel::__private::Packable>::BITS,
        <Unit as ::slotmodel::__private::Packable>::BITS,
    ];
    #[doc(hidden)]
    pub const __SLOTMODEL_OFFSETS: [u32; 4usize] = ::slotmodel::__private::bit_offsets(
        Reading::__SLOTMODEL_WIDTHS,
    );
    #[doc(hidden)]
    pub const __SLOTMODEL_BITS: u32 = ::slotmodel::__private::total_bits(
        Reading::__SLOTMODEL_WIDTHS,
    );
    #[doc(hidden)]
    pub const __SLOTMODEL_SIZE: usize = ::slotmodel::__private::bytes_for(
        Reading::__SLOTMODEL_BITS,
    );
}
#[automatically_derived]
impl ::slotmodel::__private::Packable for Reading {
    const BITS: u32 = Reading::__SLOTMODEL_BITS;
    const LAYOUT: ::slotmodel::__private::Option<
        &'static ::slotmodel::__private::LayoutReport,
    > = ::slotmodel::__private::Some(&Reading::LAYOUT);
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
            __base + Reading::__SLOTMODEL_OFFSETS[0usize] as usize,
            Reading::__SLOTMODEL_WIDTHS[0usize],
            <u64 as ::slotmodel::__private::PackInt>::to_raw(self.timestamp, <u64>::MIN),
        );
        ::slotmodel::__private::put_bits(
            __bytes,
            __base + Reading::__SLOTMODEL_OFFSETS[1usize] as usize,
            Reading::__SLOTMODEL_WIDTHS[1usize],
            <i8 as ::slotmodel::__private::PackInt>::to_raw(self.offset, -8),
        );
        <f32 as ::slotmodel::__private::Packable>::write_bits(
            &self.value,
            __bytes,
            __base + Reading::__SLOTMODEL_OFFSETS[2usize] as usize,
        );
        <Unit as ::slotmodel::__private::Packable>::write_bits(
            &self.unit,
            __bytes,
            __base + Reading::__SLOTMODEL_OFFSETS[3usize] as usize,
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
        Reading {
            timestamp: <u64 as ::slotmodel::__private::PackInt>::from_raw(
                ::slotmodel::__private::get_bits(
                    __bytes,
                    __base + Reading::__SLOTMODEL_OFFSETS[0usize] as usize,
                    Reading::__SLOTMODEL_WIDTHS[0usize],
                ),
                <u64>::MIN,
            ),
            offset: <i8 as ::slotmodel::__private::PackInt>::from_raw(
                ::slotmodel::__private::get_bits(
                    __bytes,
                    __base + Reading::__SLOTMODEL_OFFSETS[1usize] as usize,
                    Reading::__SLOTMODEL_WIDTHS[1usize],
                ),
                -8,
            ),
            value: <f32 as ::slotmodel::__private::Packable>::read_bits(
                __bytes,
                __base + Reading::__SLOTMODEL_OFFSETS[2usize] as usize,
            ),
            unit: <Unit as ::slotmodel::__private::Packable>::read_bits(
                __bytes,
                __base + Reading::__SLOTMODEL_OFFSETS[3usize] as usize,
            ),
        }
    }
    fn bits_valid(__bytes: &[u8], __base: usize) -> bool {
        Reading::__slotmodel_invalid_field(__bytes, __base).is_none()
    }
    fn check_packable(
        &self,
    ) -> ::slotmodel::__private::Result<(), ::slotmodel::__private::ValidationErrors> {
        let mut __errors = ::slotmodel::__private::Collector::new("Reading");
        __errors
            .field(
                ::slotmodel::__private::range(
                    &self.timestamp,
                    ::slotmodel::__private::None,
                    true,
                    ::slotmodel::__private::Some(4_294_967_295),
                    true,
                    &["Reading", "timestamp"],
                ),
            );
        __errors
            .field(
                ::slotmodel::__private::range(
                    &self.offset,
                    ::slotmodel::__private::Some(-8),
                    true,
                    ::slotmodel::__private::Some(8),
                    false,
                    &["Reading", "offset"],
                ),
            );
        __errors
            .nested(
                "unit",
                <Unit as ::slotmodel::__private::Packable>::check_packable(&self.unit),
            );
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
///`Reading` packed into `Reading::LAYOUT.packed_size` bytes (alignment 1): each field takes the bits its type and bounds need. Made by `ReadingPacked::try_from(&value)`; equality and hashing compare bit patterns.
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
struct ReadingPacked {
    bytes: [u8; Reading::__SLOTMODEL_SIZE],
}
#[allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    clippy::cast_lossless,
    reason = "bounds are widened to compute offsets"
)]
impl ReadingPacked {
    /// Bits of the packed form.
    pub const BITS: u32 = Reading::__SLOTMODEL_BITS;
    /// Bytes of the packed form: `size_of::<Self>()`.
    pub const SIZE: usize = Reading::__SLOTMODEL_SIZE;
    /// The unpacked value.
    #[must_use]
    pub fn unpack(&self) -> Reading {
        <Reading as ::slotmodel::__private::Packable>::read_bits(&self.bytes, 0)
    }
    /// The packed bytes, in a stable format: fields in declaration order from bit 0, the
    /// lowest bit of byte 0 first; a bounded integer as its distance from its minimum, a
    /// float as its IEEE bits, an enum as its variant's index; the bits after the last
    /// field zero.
    #[must_use]
    pub fn to_bytes(&self) -> [u8; Reading::__SLOTMODEL_SIZE] {
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
        bytes: &[u8; Reading::__SLOTMODEL_SIZE],
    ) -> ::slotmodel::__private::Result<Self, ::slotmodel::__private::ValidationErrors> {
        ::slotmodel::__private::check_stored::<
            Reading,
        >(bytes, Reading::__slotmodel_invalid_field(bytes, 0), "Reading")?;
        ::slotmodel::__private::Ok(ReadingPacked { bytes: *bytes })
    }
    ///The `timestamp` field, unpacked.
    #[must_use]
    #[inline]
    pub fn timestamp(&self) -> u64 {
        let __bytes = &self.bytes;
        let __base = 0;
        <u64 as ::slotmodel::__private::PackInt>::from_raw(
            ::slotmodel::__private::get_bits(
                __bytes,
                __base + Reading::__SLOTMODEL_OFFSETS[0usize] as usize,
                Reading::__SLOTMODEL_WIDTHS[0usize],
            ),
            <u64>::MIN,
        )
    }
    /**Sets the `timestamp` field if the value passes its rules; a refused value leaves the old one in place.

# Errors

The rule the value breaks, naming the struct, field, rule and value.*/
    #[inline]
    pub fn set_timestamp(
        &mut self,
        value: u64,
    ) -> ::slotmodel::__private::Result<(), ::slotmodel::__private::FieldError> {
        ::slotmodel::__private::range(
            &value,
            ::slotmodel::__private::None,
            true,
            ::slotmodel::__private::Some(4_294_967_295),
            true,
            &["Reading", "timestamp"],
        )?;
        let __bytes = &mut self.bytes;
        let __base = 0;
        ::slotmodel::__private::put_bits(
            __bytes,
            __base + Reading::__SLOTMODEL_OFFSETS[0usize] as usize,
            Reading::__SLOTMODEL_WIDTHS[0usize],
            <u64 as ::slotmodel::__private::PackInt>::to_raw(value, <u64>::MIN),
        );
        ::slotmodel::__private::Ok(())
    }
    ///The `offset` field, unpacked.
    #[must_use]
    #[inline]
    pub fn offset(&self) -> i8 {
        let __bytes = &self.bytes;
        let __base = 0;
        <i8 as ::slotmodel::__private::PackInt>::from_raw(
            ::slotmodel::__private::get_bits(
                __bytes,
                __base + Reading::__SLOTMODEL_OFFSETS[1usize] as usize,
                Reading::__SLOTMODEL_WIDTHS[1usize],
            ),
            -8,
        )
    }
    /**Sets the `offset` field if the value passes its rules; a refused value leaves the old one in place.

# Errors

The rule the value breaks, naming the struct, field, rule and value.*/
    #[inline]
    pub fn set_offset(
        &mut self,
        value: i8,
    ) -> ::slotmodel::__private::Result<(), ::slotmodel::__private::FieldError> {
        ::slotmodel::__private::range(
            &value,
            ::slotmodel::__private::Some(-8),
            true,
            ::slotmodel::__private::Some(8),
            false,
            &["Reading", "offset"],
        )?;
        let __bytes = &mut self.bytes;
        let __base = 0;
        ::slotmodel::__private::put_bits(
            __bytes,
            __base + Reading::__SLOTMODEL_OFFSETS[1usize] as usize,
            Reading::__SLOTMODEL_WIDTHS[1usize],
            <i8 as ::slotmodel::__private::PackInt>::to_raw(value, -8),
        );
        ::slotmodel::__private::Ok(())
    }
    ///The `value` field, unpacked.
    #[must_use]
    #[inline]
    pub fn value(&self) -> f32 {
        let __bytes = &self.bytes;
        let __base = 0;
        <f32 as ::slotmodel::__private::Packable>::read_bits(
            __bytes,
            __base + Reading::__SLOTMODEL_OFFSETS[2usize] as usize,
        )
    }
    ///Sets the `value` field.
    #[inline]
    pub fn set_value(&mut self, value: f32) {
        let __bytes = &mut self.bytes;
        let __base = 0;
        <f32 as ::slotmodel::__private::Packable>::write_bits(
            &value,
            __bytes,
            __base + Reading::__SLOTMODEL_OFFSETS[2usize] as usize,
        );
    }
    ///The `unit` field, unpacked.
    #[must_use]
    #[inline]
    pub fn unit(&self) -> Unit {
        let __bytes = &self.bytes;
        let __base = 0;
        <Unit as ::slotmodel::__private::Packable>::read_bits(
            __bytes,
            __base + Reading::__SLOTMODEL_OFFSETS[3usize] as usize,
        )
    }
    ///Sets the `unit` field. Returns `()` when every value of the type packs (an enum), else `Result<(), ValidationErrors>` with every rule the new value breaks, and a refused value leaves the old one in place.
    #[inline]
    pub fn set_unit(
        &mut self,
        value: Unit,
    ) -> <Unit as ::slotmodel::__private::Packable>::SetResult {
        let mut __errors = ::slotmodel::__private::Collector::new("Reading");
        __errors
            .nested("unit", ::slotmodel::__private::Packable::check_packable(&value));
        let __outcome = __errors.finish();
        if __outcome.is_ok() {
            let __bytes = &mut self.bytes;
            let __base = 0;
            <Unit as ::slotmodel::__private::Packable>::write_bits(
                &value,
                __bytes,
                __base + Reading::__SLOTMODEL_OFFSETS[3usize] as usize,
            );
        }
        <Unit as ::slotmodel::__private::Packable>::set_result(__outcome)
    }
}
#[automatically_derived]
impl ::core::convert::TryFrom<&Reading> for ReadingPacked {
    type Error = ::slotmodel::__private::ValidationErrors;
    fn try_from(
        value: &Reading,
    ) -> ::slotmodel::__private::Result<Self, ::slotmodel::__private::ValidationErrors> {
        ::slotmodel::__private::Packable::check_packable(value)?;
        let mut bytes = [0_u8; Reading::__SLOTMODEL_SIZE];
        ::slotmodel::__private::Packable::write_bits(value, &mut bytes, 0);
        ::slotmodel::__private::Ok(ReadingPacked { bytes })
    }
}
#[automatically_derived]
impl ::core::convert::From<ReadingPacked> for Reading {
    fn from(packed: ReadingPacked) -> Self {
        packed.unpack()
    }
}
#[automatically_derived]
impl ::core::fmt::Debug for ReadingPacked {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct(::core::stringify!(ReadingPacked))
            .field("timestamp", &self.timestamp())
            .field("offset", &self.offset())
            .field("value", &self.value())
            .field("unit", &self.unit())
            .finish()
    }
}
