impl Level {
    ///How `Level` is laid out natively and packed: print it for a table.
    pub const LAYOUT: ::slotmodel::__private::LayoutReport = ::slotmodel::__private::layout_report(
        "Level",
        ::slotmodel::__private::size_of::<Level>(),
        ::slotmodel::__private::align_of::<Level>(),
        Level::__SLOTMODEL_BITS,
        Level::__SLOTMODEL_SIZE,
        &[
            ::slotmodel::__private::field_layout(
                "0",
                "u8",
                ::slotmodel::__private::offset_of!(Level, 0),
                ::slotmodel::__private::size_of::<u8>(),
                Level::__SLOTMODEL_OFFSETS[0usize],
                Level::__SLOTMODEL_WIDTHS[0usize],
            ),
            ::slotmodel::__private::field_layout(
                "1",
                "bool",
                ::slotmodel::__private::offset_of!(Level, 1),
                ::slotmodel::__private::size_of::<bool>(),
                Level::__SLOTMODEL_OFFSETS[1usize],
                Level::__SLOTMODEL_WIDTHS[1usize],
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
            __base + Level::__SLOTMODEL_OFFSETS[1usize] as usize,
        ) {
            return ::slotmodel::__private::Some("1");
        }
        ::slotmodel::__private::None
    }
    #[doc(hidden)]
    pub const __SLOTMODEL_WIDTHS: [u32; 2usize] = [
        ::slotmodel::__private::span_bits(((9) as u128).wrapping_sub((0) as u128)),
        <bool as ::slotmodel::__private::Packable>::BITS,
    ];
    #[doc(hidden)]
    pub const __SLOTMODEL_OFFSETS: [u32; 2usize] = ::slotmodel::__private::bit_offsets(
        Level::__SLOTMODEL_WIDTHS,
    );
    #[doc(hidden)]
    pub const __SLOTMODEL_BITS: u32 = ::slotmodel::__private::total_bits(
        Level::__SLOTMODEL_WIDTHS,
    );
    #[doc(hidden)]
    pub const __SLOTMODEL_SIZE: usize = ::slotmodel::__private::bytes_for(
        Level::__SLOTMODEL_BITS,
    );
}
#[automatically_derived]
impl ::slotmodel::__private::Packable for Level {
    const BITS: u32 = Level::__SLOTMODEL_BITS;
    const LAYOUT: ::slotmodel::__private::Option<
        &'static ::slotmodel::__private::LayoutReport,
    > = ::slotmodel::__private::Some(&Level::LAYOUT);
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
            __base + Level::__SLOTMODEL_OFFSETS[0usize] as usize,
            Level::__SLOTMODEL_WIDTHS[0usize],
            <u8 as ::slotmodel::__private::PackInt>::to_raw(self.0, 0),
        );
        <bool as ::slotmodel::__private::Packable>::write_bits(
            &self.1,
            __bytes,
            __base + Level::__SLOTMODEL_OFFSETS[1usize] as usize,
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
        Level(
            <u8 as ::slotmodel::__private::PackInt>::from_raw(
                ::slotmodel::__private::get_bits(
                    __bytes,
                    __base + Level::__SLOTMODEL_OFFSETS[0usize] as usize,
                    Level::__SLOTMODEL_WIDTHS[0usize],
                ),
                0,
            ),
            <bool as ::slotmodel::__private::Packable>::read_bits(
                __bytes,
                __base + Level::__SLOTMODEL_OFFSETS[1usize] as usize,
            ),
        )
    }
    fn bits_valid(__bytes: &[u8], __base: usize) -> bool {
        Level::__slotmodel_invalid_field(__bytes, __base).is_none()
    }
    fn check_packable(
        &self,
    ) -> ::slotmodel::__private::Result<(), ::slotmodel::__private::ValidationErrors> {
        let mut __errors = ::slotmodel::__private::Collector::new("Level");
        __errors.field(::slotmodel::__private::within(&self.0, 0, 9, &["Level", "0"]));
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
///`Level` packed into `Level::LAYOUT.packed_size` bytes (alignment 1): each field takes the bits its type and bounds need. Made by `LevelPacked::try_from(&value)`; equality and hashing compare bit patterns.
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
struct LevelPacked {
    bytes: [u8; Level::__SLOTMODEL_SIZE],
}
#[allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    clippy::cast_lossless,
    reason = "bounds are widened to compute offsets"
)]
impl LevelPacked {
    /// Bits of the packed form.
    pub const BITS: u32 = Level::__SLOTMODEL_BITS;
    /// Bytes of the packed form: `size_of::<Self>()`.
    pub const SIZE: usize = Level::__SLOTMODEL_SIZE;
    /// The unpacked value.
    #[must_use]
    pub fn unpack(&self) -> Level {
        <Level as ::slotmodel::__private::Packable>::read_bits(&self.bytes, 0)
    }
    /// The packed bytes, in a stable format: fields in declaration order from bit 0, the
    /// lowest bit of byte 0 first; a bounded integer as its distance from its minimum, a
    /// float as its IEEE bits, an enum as its variant's index; the bits after the last
    /// field zero.
    #[must_use]
    pub fn to_bytes(&self) -> [u8; Level::__SLOTMODEL_SIZE] {
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
        bytes: &[u8; Level::__SLOTMODEL_SIZE],
    ) -> ::slotmodel::__private::Result<Self, ::slotmodel::__private::ValidationErrors> {
        ::slotmodel::__private::check_stored::<
            Level,
        >(bytes, Level::__slotmodel_invalid_field(bytes, 0), "Level")?;
        ::slotmodel::__private::Ok(LevelPacked { bytes: *bytes })
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
                __base + Level::__SLOTMODEL_OFFSETS[0usize] as usize,
                Level::__SLOTMODEL_WIDTHS[0usize],
            ),
            0,
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
        ::slotmodel::__private::within(&value, 0, 9, &["Level", "0"])?;
        let __bytes = &mut self.bytes;
        let __base = 0;
        ::slotmodel::__private::put_bits(
            __bytes,
            __base + Level::__SLOTMODEL_OFFSETS[0usize] as usize,
            Level::__SLOTMODEL_WIDTHS[0usize],
            <u8 as ::slotmodel::__private::PackInt>::to_raw(value, 0),
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
            __base + Level::__SLOTMODEL_OFFSETS[1usize] as usize,
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
            __base + Level::__SLOTMODEL_OFFSETS[1usize] as usize,
        );
    }
}
#[automatically_derived]
impl ::core::convert::TryFrom<&Level> for LevelPacked {
    type Error = ::slotmodel::__private::ValidationErrors;
    fn try_from(
        value: &Level,
    ) -> ::slotmodel::__private::Result<Self, ::slotmodel::__private::ValidationErrors> {
        ::slotmodel::__private::Packable::check_packable(value)?;
        let mut bytes = [0_u8; Level::__SLOTMODEL_SIZE];
        ::slotmodel::__private::Packable::write_bits(value, &mut bytes, 0);
        ::slotmodel::__private::Ok(LevelPacked { bytes })
    }
}
#[automatically_derived]
impl ::core::convert::From<LevelPacked> for Level {
    fn from(packed: LevelPacked) -> Self {
        packed.unpack()
    }
}
#[automatically_derived]
impl ::core::fmt::Debug for LevelPacked {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct(::core::stringify!(LevelPacked))
            .field("0", &self.get_0())
            .field("1", &self.get_1())
            .finish()
    }
}
