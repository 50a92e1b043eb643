::slotmodel::__private01::view_var! {
    vis = [], ident = Options, view = OptionsView, count = 3usize, pad_to = 1_usize, rest
    = false, locals = [self, __bytes, __offsets, __at, __field, __k, __out], steps = [{
    one "version_ihl" 0usize skip = 0_usize size = { < u8 as
    ::slotmodel::__private01::ViewItem >::SIZE } check = { < u8 as
    ::slotmodel::__private01::ViewItem >::check::< true > } rules = {} } { one "level"
    1usize skip = 0_usize size = { < ::slotmodel::__private01::Narrow < u32, 3 > as
    ::slotmodel::__private01::ViewItem >::SIZE } check = { <
    ::slotmodel::__private01::Narrow < u32, 3 > as ::slotmodel::__private01::ViewItem
    >::check::< true > } rules = { let __value = < ::slotmodel::__private01::Narrow <
    u32, 3 > as ::slotmodel::__private01::ViewItem >::get::< true > (__field);
    ::slotmodel::__private01::view_rule(::slotmodel::__private01::range(& __value,
    ::slotmodel::__private01::None, true, ::slotmodel::__private01::Some(1000), true, &
    ["Options", "level"]), "Options", "level", __at) ?; } } { bytes "options" 2usize skip
    = 0_usize count = {
    ::slotmodel::__private01::view_expr_len(::slotmodel::__private01::expr_sub(::slotmodel::__private01::expr_mul(::slotmodel::__private01::expr_and(::slotmodel::__private01::expr_value(<
    u8 as ::slotmodel::__private01::ViewItem >::read::< true > (&
    __bytes[__offsets[0usize]..__offsets[0usize] + < u8 as
    ::slotmodel::__private01::ViewItem >::SIZE])),
    ::slotmodel::__private01::Some(15i128)), ::slotmodel::__private01::Some(4i128)),
    ::slotmodel::__private01::Some(20i128)), "(version_ihl & 0x0F) * 4 - 20", "Options",
    "options", __at) ? } }], getters = [("version_ihl", { pub fn version_ihl(& self) ->
    u8 } { < u8 as ::slotmodel::__private01::ViewItem >::get::< true > (& self.bytes[self
    .offsets[0usize]..self.offsets[1usize] - 0_usize]) }), ("level", { pub fn level(&
    self) -> u32 } { < ::slotmodel::__private01::Narrow < u32, 3 > as
    ::slotmodel::__private01::ViewItem >::get::< true > (& self.bytes[self
    .offsets[1usize]..self.offsets[2usize] - 0_usize]) }), ("options", { pub fn options(&
    self) -> &'a[u8] } { & self.bytes[self.offsets[2usize]..self.offsets[3usize] -
    0_usize] }),], to_owned = { Options { version_ihl : < u8 as
    ::slotmodel::__private01::ViewItem >::read::< true > (& self.bytes[self
    .offsets[0usize]..self.offsets[1usize] - 0_usize]), level : <
    ::slotmodel::__private01::Narrow < u32, 3 > as ::slotmodel::__private01::ViewItem
    >::get::< true > (& self.bytes[self.offsets[1usize]..self.offsets[2usize] -
    0_usize]), options : ::core::iter::Iterator::collect(::core::iter::Iterator::map(self
    .bytes[self.offsets[2usize]..self.offsets[3usize] - 0_usize]
    .chunks_exact(::core::cmp::Ord::max(< u8 as ::slotmodel::__private01::ViewItem
    >::SIZE, 1)), < u8 as ::slotmodel::__private01::ViewItem >::read::< true >,)) } },
    view_len = { 0 + 0_usize + < u8 as ::slotmodel::__private01::ViewItem >::SIZE +
    0_usize + < ::slotmodel::__private01::Narrow < u32, 3 > as
    ::slotmodel::__private01::ViewItem >::SIZE + 0_usize + self.options.len() * < u8 as
    ::slotmodel::__private01::ViewItem >::SIZE }, write = { __out[__at..__at + 0_usize]
    .fill(0); __at += 0_usize; let __size = < u8 as ::slotmodel::__private01::ViewItem
    >::SIZE; < u8 as ::slotmodel::__private01::ViewItem >::write::< true > (& self
    .version_ihl, & mut __out[__at..__at + __size]); __at += __size; __out[__at..__at +
    0_usize].fill(0); __at += 0_usize; < ::slotmodel::__private01::Narrow < u32, 3 > as
    ::slotmodel::__private01::ViewItem >::fits(& ::slotmodel::__private01::Narrow::< u32,
    3 > (self.level), "Options", "level", __at) ?; let __size = <
    ::slotmodel::__private01::Narrow < u32, 3 > as ::slotmodel::__private01::ViewItem
    >::SIZE; < ::slotmodel::__private01::Narrow < u32, 3 > as
    ::slotmodel::__private01::ViewItem >::write::< true > (&
    ::slotmodel::__private01::Narrow::< u32, 3 > (self.level), & mut __out[__at..__at +
    __size]); __at += __size; __out[__at..__at + 0_usize].fill(0); __at += 0_usize;
    ::slotmodel::__private01::view_expr_agrees(::slotmodel::__private01::expr_sub(::slotmodel::__private01::expr_mul(::slotmodel::__private01::expr_and(::slotmodel::__private01::expr_value(self
    .version_ihl), ::slotmodel::__private01::Some(15i128)),
    ::slotmodel::__private01::Some(4i128)), ::slotmodel::__private01::Some(20i128)),
    (self.options.len(), < u8 as ::slotmodel::__private01::ViewItem >::SIZE),
    "(version_ihl & 0x0F) * 4 - 20", "Options", "options", __at) ?; for __value in & self
    .options { let __size = < u8 as ::slotmodel::__private01::ViewItem >::SIZE; < u8 as
    ::slotmodel::__private01::ViewItem >::write::< true > (__value, & mut __out[__at
    ..__at + __size]); __at += __size; } },
}
::slotmodel::__private01::view_payload! {
    order = fixed, ident = Options, view = OptionsView, rest = false
}
#[automatically_derived]
impl ::core::fmt::Debug for OptionsView<'_> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct(::core::stringify!(OptionsView))
            .field("version_ihl", &self.version_ihl())
            .field("level", &self.level())
            .field("options", &self.options())
            .finish()
    }
}
::slotmodel::__private01::view_var_mut! {
    order = fixed, vis = [], ident = Options, view = OptionsView, view_mut =
    OptionsViewMut, count = 3usize, locals = [self, value, __field, __start], setters =
    [("version_ihl", set_version_ihl, u8, u8, 0usize, 0_usize, { < u8 as
    ::slotmodel::__private01::ViewItem >::fits(& value, "Options", "version_ihl",
    __start) ?; < u8 as ::slotmodel::__private01::ViewItem >::write::< true > (& value,
    __field); }), ("level", set_level, u32, ::slotmodel::__private01::Narrow < u32, 3 >,
    1usize, 0_usize, { < ::slotmodel::__private01::Narrow < u32, 3 > as
    ::slotmodel::__private01::ViewItem >::fits(& ::slotmodel::__private01::Narrow::< u32,
    3 > (value), "Options", "level", __start) ?; < ::slotmodel::__private01::Narrow <
    u32, 3 > as ::slotmodel::__private01::ViewItem >::write::< true > (&
    ::slotmodel::__private01::Narrow::< u32, 3 > (value), __field); }),], bytes =
    [("options", options_mut, 2usize, 0_usize),],
}
#[automatically_derived]
impl ::slotmodel::__private01::DerivesView for Options {}
