#[automatically_derived]
impl ::slotmodel::__private::Packable for Unit {
    const BITS: u32 = ::slotmodel::__private::span_bits(2u128);
    type SetResult = ();
    fn write_bits(&self, __bytes: &mut [u8], __offset: usize) {
        let __index: u128 = match self {
            Unit::Celsius => 0u128,
            Unit::Fahrenheit => 1u128,
            Unit::Kelvin => 2u128,
        };
        ::slotmodel::__private::put_bits(
            __bytes,
            __offset,
            <Self as ::slotmodel::__private::Packable>::BITS,
            __index,
        );
    }
    fn read_bits(__bytes: &[u8], __offset: usize) -> Self {
        match ::slotmodel::__private::get_bits(
            __bytes,
            __offset,
            <Self as ::slotmodel::__private::Packable>::BITS,
        ) {
            0u128 => Unit::Celsius,
            1u128 => Unit::Fahrenheit,
            _ => Unit::Kelvin,
        }
    }
    fn bits_valid(__bytes: &[u8], __offset: usize) -> bool {
        ::slotmodel::__private::get_bits(
            __bytes,
            __offset,
            <Self as ::slotmodel::__private::Packable>::BITS,
        ) <= 2u128
    }
    fn set_result(
        _: ::slotmodel::__private::Result<(), ::slotmodel::__private::ValidationErrors>,
    ) {}
}
::slotmodel::__private::arrow_enum!(Unit { Celsius, Fahrenheit, Kelvin });
