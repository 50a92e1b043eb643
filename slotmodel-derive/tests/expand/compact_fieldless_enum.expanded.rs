::slotmodel::__private::compact_fieldless!(
    ident = Unit, variants = [Celsius = 0u128, Fahrenheit = 1u128,], last = Kelvin =
    2u128
);
#[automatically_derived]
impl ::slotmodel::__private::DerivesCompact for Unit {}
