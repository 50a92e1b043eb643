::slotmodel::__private01::compact_fieldless!(
    ident = Unit, variants = [Celsius = 0u128, Fahrenheit = 1u128,], last = Kelvin =
    2u128
);
