impl Event {
    #[doc(hidden)]
    pub const __SLOTMODEL_TAG_BITS: u32 = ::slotmodel::__private::span_bits(2u128);
    #[doc(hidden)]
    pub const __SLOTMODEL_V1_WIDTHS: [u32; 2usize] = [
        ::slotmodel::__private::span_bits(
            ((1000) as u128).wrapping_sub((<u16>::MIN) as u128),
        ),
        <Unit as ::slotmodel::__private::Packable>::BITS,
    ];
    #[doc(hidden)]
    pub const __SLOTMODEL_V1_OFFSETS: [u32; 2usize] = ::slotmodel::__private::offsets_after(
        Event::__SLOTMODEL_TAG_BITS,
        Event::__SLOTMODEL_V1_WIDTHS,
    );
    #[doc(hidden)]
    pub const __SLOTMODEL_V1_BITS: u32 = ::slotmodel::__private::total_bits(
        Event::__SLOTMODEL_V1_WIDTHS,
    );
    #[doc(hidden)]
    pub const __SLOTMODEL_V2_WIDTHS: [u32; 2usize] = [
        <bool as ::slotmodel::__private::Packable>::BITS,
        ::slotmodel::__private::bits_with_none(((12) as u128).wrapping_sub((1) as u128)),
    ];
    #[doc(hidden)]
    pub const __SLOTMODEL_V2_OFFSETS: [u32; 2usize] = ::slotmodel::__private::offsets_after(
        Event::__SLOTMODEL_TAG_BITS,
        Event::__SLOTMODEL_V2_WIDTHS,
    );
    #[doc(hidden)]
    pub const __SLOTMODEL_V2_BITS: u32 = ::slotmodel::__private::total_bits(
        Event::__SLOTMODEL_V2_WIDTHS,
    );
    #[doc(hidden)]
    pub const __SLOTMODEL_BITS: u32 = Event::__SLOTMODEL_TAG_BITS
        + ::slotmodel::__private::widest([
            Event::__SLOTMODEL_V1_BITS,
            Event::__SLOTMODEL_V2_BITS,
        ]);
}
#[automatically_derived]
impl ::slotmodel::__private::Packable for Event {
    const BITS: u32 = Event::__SLOTMODEL_BITS;
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
        let (__tag, __used): (u128, u32) = match self {
            Event::Idle => (0u128, 0),
            Event::Reading { value: __f0, unit: __f1 } => {
                ::slotmodel::__private::put_bits(
                    __bytes,
                    __base + Event::__SLOTMODEL_V1_OFFSETS[0usize] as usize,
                    Event::__SLOTMODEL_V1_WIDTHS[0usize],
                    <u16 as ::slotmodel::__private::PackInt>::to_raw(*__f0, <u16>::MIN),
                );
                <Unit as ::slotmodel::__private::Packable>::write_bits(
                    &*__f1,
                    __bytes,
                    __base + Event::__SLOTMODEL_V1_OFFSETS[1usize] as usize,
                );
                (1u128, Event::__SLOTMODEL_V1_BITS)
            }
            Event::Flags(__f0, __f1) => {
                <bool as ::slotmodel::__private::Packable>::write_bits(
                    &*__f0,
                    __bytes,
                    __base + Event::__SLOTMODEL_V2_OFFSETS[0usize] as usize,
                );
                ::slotmodel::__private::put_bits(
                    __bytes,
                    __base + Event::__SLOTMODEL_V2_OFFSETS[1usize] as usize,
                    Event::__SLOTMODEL_V2_WIDTHS[1usize],
                    match *__f1 {
                        ::slotmodel::__private::Some(__v) => {
                            <u8 as ::slotmodel::__private::PackInt>::to_raw(__v, 1) + 1
                        }
                        ::slotmodel::__private::None => 0,
                    },
                );
                (2u128, Event::__SLOTMODEL_V2_BITS)
            }
        };
        ::slotmodel::__private::put_bits(
            __bytes,
            __base,
            Event::__SLOTMODEL_TAG_BITS,
            __tag,
        );
        let __end = Event::__SLOTMODEL_TAG_BITS + __used;
        ::slotmodel::__private::clear_bits(
            __bytes,
            __base + __end as usize,
            Event::__SLOTMODEL_BITS - __end,
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
        match ::slotmodel::__private::get_bits(
            __bytes,
            __base,
            Event::__SLOTMODEL_TAG_BITS,
        ) {
            0u128 => Event::Idle,
            1u128 => {
                Event::Reading {
                    value: <u16 as ::slotmodel::__private::PackInt>::from_raw(
                        ::slotmodel::__private::get_bits(
                            __bytes,
                            __base + Event::__SLOTMODEL_V1_OFFSETS[0usize] as usize,
                            Event::__SLOTMODEL_V1_WIDTHS[0usize],
                        ),
                        <u16>::MIN,
                    ),
                    unit: <Unit as ::slotmodel::__private::Packable>::read_bits(
                        __bytes,
                        __base + Event::__SLOTMODEL_V1_OFFSETS[1usize] as usize,
                    ),
                }
            }
            _ => {
                Event::Flags(
                    <bool as ::slotmodel::__private::Packable>::read_bits(
                        __bytes,
                        __base + Event::__SLOTMODEL_V2_OFFSETS[0usize] as usize,
                    ),
                    match ::slotmodel::__private::get_bits(
                        __bytes,
                        __base + Event::__SLOTMODEL_V2_OFFSETS[1usize] as usize,
                        Event::__SLOTMODEL_V2_WIDTHS[1usize],
                    ) {
                        0 => ::slotmodel::__private::None,
                        __raw => {
                            ::slotmodel::__private::Some(
                                <u8 as ::slotmodel::__private::PackInt>::from_raw(
                                    __raw - 1,
                                    1,
                                ),
                            )
                        }
                    },
                )
            }
        }
    }
    fn bits_valid(__bytes: &[u8], __base: usize) -> bool {
        let __used: u32 = match ::slotmodel::__private::get_bits(
            __bytes,
            __base,
            Event::__SLOTMODEL_TAG_BITS,
        ) {
            0u128 => 0,
            1u128 if <Unit as ::slotmodel::__private::Packable>::bits_valid(
                __bytes,
                __base + Event::__SLOTMODEL_V1_OFFSETS[1usize] as usize,
            ) => Event::__SLOTMODEL_V1_BITS,
            2u128 if <bool as ::slotmodel::__private::Packable>::bits_valid(
                __bytes,
                __base + Event::__SLOTMODEL_V2_OFFSETS[0usize] as usize,
            ) => Event::__SLOTMODEL_V2_BITS,
            _ => return false,
        };
        let __end = Event::__SLOTMODEL_TAG_BITS + __used;
        ::slotmodel::__private::bits_zero(
            __bytes,
            __base + __end as usize,
            Event::__SLOTMODEL_BITS - __end,
        )
    }
    fn check_packable(
        &self,
    ) -> ::slotmodel::__private::Result<(), ::slotmodel::__private::ValidationErrors> {
        let mut __errors = ::slotmodel::__private::Collector::new("Event");
        match self {
            Event::Reading { value: __f0, unit: __f1 } => {
                __errors
                    .field(
                        ::slotmodel::__private::range(
                            __f0,
                            ::slotmodel::__private::None,
                            true,
                            ::slotmodel::__private::Some(1000),
                            true,
                            &["Event", "Reading.value"],
                        ),
                    );
                __errors
                    .nested(
                        "Reading.unit",
                        <Unit as ::slotmodel::__private::Packable>::check_packable(__f1),
                    );
            }
            Event::Flags(_, __f1) => {
                __errors
                    .field(
                        ::slotmodel::__private::within(
                            __f1,
                            1,
                            12,
                            &["Event", "Flags.1"],
                        ),
                    );
            }
            _ => {}
        }
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
