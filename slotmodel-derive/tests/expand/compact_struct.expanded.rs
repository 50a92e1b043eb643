::slotmodel::__private01::compact_struct! {
    vis = [], ident = Reading, packed = ReadingPacked, count = 4usize, locals = [self,
    value, __bytes, __base, __errors], widths =
    [::slotmodel::__private01::span_bits(((4_294_967_295) as u128).wrapping_sub((< u64
    >::MIN) as u128)), ::slotmodel::__private01::span_bits(((< i8 >::saturating_sub(8,
    1)) as i128).wrapping_sub((- 8) as i128) as u128), < f32 as
    ::slotmodel::__private01::Packable >::BITS, < Unit as
    ::slotmodel::__private01::Packable >::BITS,], layout = [("timestamp", "u64",
    timestamp, u64, 0usize), ("offset", "i8", offset, i8, 1usize), ("value", "f32",
    value, f32, 2usize), ("unit", "Unit", unit, Unit, 3usize),], invalid = { if !< f32 as
    ::slotmodel::__private01::Packable >::bits_valid(__bytes, __base +
    Reading::__SLOTMODEL_OFFSETS[2usize] as usize) { return
    ::slotmodel::__private01::Some("value"); } if !< Unit as
    ::slotmodel::__private01::Packable >::bits_valid(__bytes, __base +
    Reading::__SLOTMODEL_OFFSETS[3usize] as usize) { return
    ::slotmodel::__private01::Some("unit"); } }, write = {
    ::slotmodel::__private01::put_bits(__bytes, __base +
    Reading::__SLOTMODEL_OFFSETS[0usize] as usize, Reading::__SLOTMODEL_WIDTHS[0usize], <
    u64 as ::slotmodel::__private01::PackInt >::to_raw(self.timestamp, < u64 >::MIN));
    ::slotmodel::__private01::put_bits(__bytes, __base +
    Reading::__SLOTMODEL_OFFSETS[1usize] as usize, Reading::__SLOTMODEL_WIDTHS[1usize], <
    i8 as ::slotmodel::__private01::PackInt >::to_raw(self.offset, - 8)); < f32 as
    ::slotmodel::__private01::Packable >::write_bits(& self.value, __bytes, __base +
    Reading::__SLOTMODEL_OFFSETS[2usize] as usize); < Unit as
    ::slotmodel::__private01::Packable >::write_bits(& self.unit, __bytes, __base +
    Reading::__SLOTMODEL_OFFSETS[3usize] as usize); }, read = { Reading { timestamp : <
    u64 as ::slotmodel::__private01::PackInt
    >::from_raw(::slotmodel::__private01::get_bits(__bytes, __base +
    Reading::__SLOTMODEL_OFFSETS[0usize] as usize, Reading::__SLOTMODEL_WIDTHS[0usize]),
    < u64 >::MIN), offset : < i8 as ::slotmodel::__private01::PackInt
    >::from_raw(::slotmodel::__private01::get_bits(__bytes, __base +
    Reading::__SLOTMODEL_OFFSETS[1usize] as usize, Reading::__SLOTMODEL_WIDTHS[1usize]),
    - 8), value : < f32 as ::slotmodel::__private01::Packable >::read_bits(__bytes,
    __base + Reading::__SLOTMODEL_OFFSETS[2usize] as usize), unit : < Unit as
    ::slotmodel::__private01::Packable >::read_bits(__bytes, __base +
    Reading::__SLOTMODEL_OFFSETS[3usize] as usize) } }, check = { __errors
    .field(::slotmodel::__private01::range(& self.timestamp,
    ::slotmodel::__private01::None, true, ::slotmodel::__private01::Some(4_294_967_295),
    true, & ["Reading", "timestamp"])); __errors.field(::slotmodel::__private01::range(&
    self.offset, ::slotmodel::__private01::Some(- 8), true,
    ::slotmodel::__private01::Some(8), false, & ["Reading", "offset"])); __errors
    .nested("unit", < Unit as ::slotmodel::__private01::Packable >::check_packable(& self
    .unit)); }, accessors = [{ get "timestamp" timestamp(u64) { < u64 as
    ::slotmodel::__private01::PackInt
    >::from_raw(::slotmodel::__private01::get_bits(__bytes, __base +
    Reading::__SLOTMODEL_OFFSETS[0usize] as usize, Reading::__SLOTMODEL_WIDTHS[0usize]),
    < u64 >::MIN) } set_checked set_timestamp { ::slotmodel::__private01::range(& value,
    ::slotmodel::__private01::None, true, ::slotmodel::__private01::Some(4_294_967_295),
    true, & ["Reading", "timestamp"]) } { ::slotmodel::__private01::put_bits(__bytes,
    __base + Reading::__SLOTMODEL_OFFSETS[0usize] as usize,
    Reading::__SLOTMODEL_WIDTHS[0usize], < u64 as ::slotmodel::__private01::PackInt
    >::to_raw(value, < u64 >::MIN)); } } { get "offset" offset(i8) { < i8 as
    ::slotmodel::__private01::PackInt
    >::from_raw(::slotmodel::__private01::get_bits(__bytes, __base +
    Reading::__SLOTMODEL_OFFSETS[1usize] as usize, Reading::__SLOTMODEL_WIDTHS[1usize]),
    - 8) } set_checked set_offset { ::slotmodel::__private01::range(& value,
    ::slotmodel::__private01::Some(- 8), true, ::slotmodel::__private01::Some(8), false,
    & ["Reading", "offset"]) } { ::slotmodel::__private01::put_bits(__bytes, __base +
    Reading::__SLOTMODEL_OFFSETS[1usize] as usize, Reading::__SLOTMODEL_WIDTHS[1usize], <
    i8 as ::slotmodel::__private01::PackInt >::to_raw(value, - 8)); } } { get "value"
    value(f32) { < f32 as ::slotmodel::__private01::Packable >::read_bits(__bytes, __base
    + Reading::__SLOTMODEL_OFFSETS[2usize] as usize) } set set_value { < f32 as
    ::slotmodel::__private01::Packable >::write_bits(& value, __bytes, __base +
    Reading::__SLOTMODEL_OFFSETS[2usize] as usize); } } { get "unit" unit(Unit) { < Unit
    as ::slotmodel::__private01::Packable >::read_bits(__bytes, __base +
    Reading::__SLOTMODEL_OFFSETS[3usize] as usize) } custom { #[doc =
    "Sets the `unit` field. Returns `()` when every value of the type packs (an enum), else `Result<(), ValidationErrors>` with every rule the new value breaks, and a refused value leaves the old one in place."]
    #[inline] pub fn set_unit(& mut self, value : Unit) -> < Unit as
    ::slotmodel::__private01::Packable >::SetResult { let mut __errors =
    ::slotmodel::__private01::Collector::new("Reading"); __errors.nested("unit",
    ::slotmodel::__private01::Packable::check_packable(& value)); let __outcome =
    __errors.finish(); if __outcome.is_ok() { let __bytes = & mut self.bytes; let __base
    = 0; < Unit as ::slotmodel::__private01::Packable >::write_bits(& value, __bytes,
    __base + Reading::__SLOTMODEL_OFFSETS[3usize] as usize); } < Unit as
    ::slotmodel::__private01::Packable >::set_result(__outcome) } } }], debug = {
    .field("timestamp", & self.timestamp()).field("offset", & self.offset())
    .field("value", & self.value()).field("unit", & self.unit()) },
}
