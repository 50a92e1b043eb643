::slotmodel::__private01::compact_struct! {
    vis = [pub], ident = Sample, packed = SamplePacked, count = 2usize, locals = [self,
    value, __bytes, __base, __errors], widths =
    [::slotmodel::__private01::span_bits(((12) as u128).wrapping_sub((1) as u128)), <
    bool as ::slotmodel::__private01::Packable >::BITS,], layout = [("0", "u8", 0, u8,
    0usize), ("1", "bool", 1, bool, 1usize),], invalid = { if !< bool as
    ::slotmodel::__private01::Packable >::bits_valid(__bytes, __base +
    Sample::__SLOTMODEL_OFFSETS[1usize] as usize) { return
    ::slotmodel::__private01::Some("1"); } }, write = {
    ::slotmodel::__private01::put_bits(__bytes, __base +
    Sample::__SLOTMODEL_OFFSETS[0usize] as usize, Sample::__SLOTMODEL_WIDTHS[0usize], <
    u8 as ::slotmodel::__private01::PackInt >::to_raw(self.0, 1)); < bool as
    ::slotmodel::__private01::Packable >::write_bits(& self.1, __bytes, __base +
    Sample::__SLOTMODEL_OFFSETS[1usize] as usize); }, read = { Sample(< u8 as
    ::slotmodel::__private01::PackInt
    >::from_raw(::slotmodel::__private01::get_bits(__bytes, __base +
    Sample::__SLOTMODEL_OFFSETS[0usize] as usize, Sample::__SLOTMODEL_WIDTHS[0usize]),
    1), < bool as ::slotmodel::__private01::Packable >::read_bits(__bytes, __base +
    Sample::__SLOTMODEL_OFFSETS[1usize] as usize)) }, check = { __errors
    .field(::slotmodel::__private01::within(& self.0, 1, 12, & ["Sample", "0"])); },
    accessors = [{ get "0" get_0(u8) { < u8 as ::slotmodel::__private01::PackInt
    >::from_raw(::slotmodel::__private01::get_bits(__bytes, __base +
    Sample::__SLOTMODEL_OFFSETS[0usize] as usize, Sample::__SLOTMODEL_WIDTHS[0usize]), 1)
    } set_checked set_0 { ::slotmodel::__private01::within(& value, 1, 12, & ["Sample",
    "0"]) } { ::slotmodel::__private01::put_bits(__bytes, __base +
    Sample::__SLOTMODEL_OFFSETS[0usize] as usize, Sample::__SLOTMODEL_WIDTHS[0usize], <
    u8 as ::slotmodel::__private01::PackInt >::to_raw(value, 1)); } } { get "1"
    get_1(bool) { < bool as ::slotmodel::__private01::Packable >::read_bits(__bytes,
    __base + Sample::__SLOTMODEL_OFFSETS[1usize] as usize) } set set_1 { < bool as
    ::slotmodel::__private01::Packable >::write_bits(& value, __bytes, __base +
    Sample::__SLOTMODEL_OFFSETS[1usize] as usize); } }], debug = { .field("0", & self
    .get_0()).field("1", & self.get_1()) },
}
::slotmodel::__private01::compact_columns! {
    vis = [pub], ident = Sample, columns = SampleColumns, count = 2usize, locals = [self,
    __value, __bytes, __row, __at], fields = [(0usize, 0, "0", get_0, (u8), push = {
    ::slotmodel::__private01::put_bits(__bytes, self.len *
    (Sample::__SLOTMODEL_WIDTHS[0usize] as usize), Sample::__SLOTMODEL_WIDTHS[0usize], <
    u8 as ::slotmodel::__private01::PackInt >::to_raw(__value.0, 1)); }, row = { < u8 as
    ::slotmodel::__private01::PackInt
    >::from_raw(::slotmodel::__private01::get_bits(__bytes, __row *
    (Sample::__SLOTMODEL_WIDTHS[0usize] as usize), Sample::__SLOTMODEL_WIDTHS[0usize]),
    1) }, at = { < u8 as ::slotmodel::__private01::PackInt
    >::from_raw(::slotmodel::__private01::get_bits(__bytes, __at,
    Sample::__SLOTMODEL_WIDTHS[0usize]), 1) }), (1usize, 1, "1", get_1, (bool), push = {
    < bool as ::slotmodel::__private01::Packable >::write_bits(& __value.1, __bytes, self
    .len * (Sample::__SLOTMODEL_WIDTHS[1usize] as usize)); }, row = { < bool as
    ::slotmodel::__private01::Packable >::read_bits(__bytes, __row *
    (Sample::__SLOTMODEL_WIDTHS[1usize] as usize)) }, at = { < bool as
    ::slotmodel::__private01::Packable >::read_bits(__bytes, __at) }),],
}
#[automatically_derived]
impl ::slotmodel::__private01::DerivesCompact for Sample {}
