::slotmodel::__private01::compact_enum! {
    ident = Event, last = 2u128, locals = [self, __bytes, __base, __errors], variants =
    [(__SLOTMODEL_V1_WIDTHS, __SLOTMODEL_V1_OFFSETS, __SLOTMODEL_V1_BITS, 2usize,
    [::slotmodel::__private01::span_bits(((1000) as u128).wrapping_sub((< u16 >::MIN) as
    u128)), < Unit as ::slotmodel::__private01::Packable >::BITS,]),
    (__SLOTMODEL_V2_WIDTHS, __SLOTMODEL_V2_OFFSETS, __SLOTMODEL_V2_BITS, 2usize, [< bool
    as ::slotmodel::__private01::Packable >::BITS,
    ::slotmodel::__private01::bits_with_none(((12) as u128).wrapping_sub((1) as
    u128)),]),], widest = [Event::__SLOTMODEL_V1_BITS, Event::__SLOTMODEL_V2_BITS,],
    write = { Event::Idle => { (0u128, 0) } Event::Reading { value : __f0, unit : __f1, }
    => { ::slotmodel::__private01::put_bits(__bytes, __base +
    Event::__SLOTMODEL_V1_OFFSETS[0usize] as usize, Event::__SLOTMODEL_V1_WIDTHS[0usize],
    < u16 as ::slotmodel::__private01::PackInt >::to_raw(* __f0, < u16 >::MIN)); < Unit
    as ::slotmodel::__private01::Packable >::write_bits(& * __f1, __bytes, __base +
    Event::__SLOTMODEL_V1_OFFSETS[1usize] as usize); (1u128, Event::__SLOTMODEL_V1_BITS)
    } Event::Flags(__f0, __f1) => { < bool as ::slotmodel::__private01::Packable
    >::write_bits(& * __f0, __bytes, __base + Event::__SLOTMODEL_V2_OFFSETS[0usize] as
    usize); ::slotmodel::__private01::put_bits(__bytes, __base +
    Event::__SLOTMODEL_V2_OFFSETS[1usize] as usize, Event::__SLOTMODEL_V2_WIDTHS[1usize],
    match * __f1 { ::slotmodel::__private01::Some(__v) => < u8 as
    ::slotmodel::__private01::PackInt >::to_raw(__v, 1) + 1,
    ::slotmodel::__private01::None => 0, }); (2u128, Event::__SLOTMODEL_V2_BITS) } },
    read = { match ::slotmodel::__private01::get_bits(__bytes, __base,
    Event::__SLOTMODEL_TAG_BITS) { 0u128 => Event::Idle, 1u128 => Event::Reading { value
    : < u16 as ::slotmodel::__private01::PackInt
    >::from_raw(::slotmodel::__private01::get_bits(__bytes, __base +
    Event::__SLOTMODEL_V1_OFFSETS[0usize] as usize,
    Event::__SLOTMODEL_V1_WIDTHS[0usize]), < u16 >::MIN), unit : < Unit as
    ::slotmodel::__private01::Packable >::read_bits(__bytes, __base +
    Event::__SLOTMODEL_V1_OFFSETS[1usize] as usize) }, _ => Event::Flags(< bool as
    ::slotmodel::__private01::Packable >::read_bits(__bytes, __base +
    Event::__SLOTMODEL_V2_OFFSETS[0usize] as usize), match
    ::slotmodel::__private01::get_bits(__bytes, __base +
    Event::__SLOTMODEL_V2_OFFSETS[1usize] as usize, Event::__SLOTMODEL_V2_WIDTHS[1usize])
    { 0 => ::slotmodel::__private01::None, __raw => ::slotmodel::__private01::Some(< u8
    as ::slotmodel::__private01::PackInt >::from_raw(__raw - 1, 1)), }) } }, valid = {
    0u128 => 0, 1u128 if < Unit as ::slotmodel::__private01::Packable
    >::bits_valid(__bytes, __base + Event::__SLOTMODEL_V1_OFFSETS[1usize] as usize) =>
    Event::__SLOTMODEL_V1_BITS, 2u128 if < bool as ::slotmodel::__private01::Packable
    >::bits_valid(__bytes, __base + Event::__SLOTMODEL_V2_OFFSETS[0usize] as usize) =>
    Event::__SLOTMODEL_V2_BITS, }, check = { Event::Reading { value : __f0, unit : __f1,
    } => { __errors.field(::slotmodel::__private01::range(__f0,
    ::slotmodel::__private01::None, true, ::slotmodel::__private01::Some(1000), true, &
    ["Event", "Reading.value"])); __errors.nested("Reading.unit", < Unit as
    ::slotmodel::__private01::Packable >::check_packable(__f1)); } Event::Flags(_, __f1)
    => { __errors.field(::slotmodel::__private01::within(__f1, 1, 12, & ["Event",
    "Flags.1"])); } _ => {} },
}
