::slotmodel::__private::view_var! {
    vis = [], ident = Options, view = OptionsView, count = 3usize, pad_to = 1_usize,
    locals = [self, __bytes, __offsets, __at, __field, __k, __out], steps = [{ one
    "version_ihl" 0usize skip = 0_usize size = { < u8 as ::slotmodel::__private::ViewItem
    > ::SIZE } check = { < u8 as ::slotmodel::__private::ViewItem > ::check:: < true > }
    rules = {} } { one "level" 1usize skip = 0_usize size = { <
    ::slotmodel::__private::Narrow < u32, 3 > as ::slotmodel::__private::ViewItem >
    ::SIZE } check = { < ::slotmodel::__private::Narrow < u32, 3 > as
    ::slotmodel::__private::ViewItem > ::check:: < true > } rules = { let __value = <
    ::slotmodel::__private::Narrow < u32, 3 > as ::slotmodel::__private::ViewItem >
    ::get:: < true > (__field);
    ::slotmodel::__private::view_rule(::slotmodel::__private::range(& __value,
    ::slotmodel::__private::None, true, ::slotmodel::__private::Some(1000), true, &
    ["Options", "level"]), "Options", "level", __at) ?; } } { bytes "options" 2usize skip
    = 0_usize count = {
    ::slotmodel::__private::view_expr_len(::slotmodel::__private::expr_sub(::slotmodel::__private::expr_mul(::slotmodel::__private::expr_and(::slotmodel::__private::expr_value(<
    u8 as ::slotmodel::__private::ViewItem > ::read:: < true > (&
    __bytes[__offsets[0usize]..__offsets[0usize] + < u8 as
    ::slotmodel::__private::ViewItem > ::SIZE])), ::slotmodel::__private::Some(15i128)),
    ::slotmodel::__private::Some(4i128)), ::slotmodel::__private::Some(20i128)),
    "(version_ihl & 0x0F) * 4 - 20", "Options", "options", __at) ? } }], getters =
    [("version_ihl", { pub fn version_ihl(& self) -> u8 } { < u8 as
    ::slotmodel::__private::ViewItem > ::get:: < true > (& self.bytes[self
    .offsets[0usize]..self.offsets[1usize] - 0_usize]) }), ("level", { pub fn level(&
    self) -> u32 } { < ::slotmodel::__private::Narrow < u32, 3 > as
    ::slotmodel::__private::ViewItem > ::get:: < true > (& self.bytes[self
    .offsets[1usize]..self.offsets[2usize] - 0_usize]) }), ("options", { pub fn options(&
    self) -> & 'a[u8] } { & self.bytes[self.offsets[2usize]..self.offsets[3usize] -
    0_usize] }),], to_owned = { Options { version_ihl : < u8 as
    ::slotmodel::__private::ViewItem > ::read:: < true > (& self.bytes[self
    .offsets[0usize]..self.offsets[1usize] - 0_usize]), level : <
    ::slotmodel::__private::Narrow < u32, 3 > as ::slotmodel::__private::ViewItem >
    ::get:: < true > (& self.bytes[self.offsets[1usize]..self.offsets[2usize] -
    0_usize]), options : self.bytes[self.offsets[2usize]..self.offsets[3usize] - 0_usize]
    .chunks_exact(< u8 as ::slotmodel::__private::ViewItem > ::SIZE.max(1)).map(< u8 as
    ::slotmodel::__private::ViewItem > ::read:: < true >).collect() } }, view_len = { 0 +
    0_usize + < u8 as ::slotmodel::__private::ViewItem > ::SIZE + 0_usize + <
    ::slotmodel::__private::Narrow < u32, 3 > as ::slotmodel::__private::ViewItem >
    ::SIZE + 0_usize + self.options.len() * < u8 as ::slotmodel::__private::ViewItem >
    ::SIZE }, write = { __out[__at..__at + 0_usize].fill(0); __at += 0_usize; let __size
    = < u8 as ::slotmodel::__private::ViewItem > ::SIZE; < u8 as
    ::slotmodel::__private::ViewItem > ::write:: < true > (& self.version_ihl, & mut
    __out[__at..__at + __size]); __at += __size; __out[__at..__at + 0_usize].fill(0);
    __at += 0_usize; < ::slotmodel::__private::Narrow < u32, 3 > as
    ::slotmodel::__private::ViewItem > ::fits(& ::slotmodel::__private::Narrow:: < u32, 3
    > (self.level), "Options", "level", __at) ?; let __size = <
    ::slotmodel::__private::Narrow < u32, 3 > as ::slotmodel::__private::ViewItem >
    ::SIZE; < ::slotmodel::__private::Narrow < u32, 3 > as
    ::slotmodel::__private::ViewItem > ::write:: < true > (&
    ::slotmodel::__private::Narrow:: < u32, 3 > (self.level), & mut __out[__at..__at +
    __size]); __at += __size; __out[__at..__at + 0_usize].fill(0); __at += 0_usize;
    ::slotmodel::__private::view_expr_agrees(::slotmodel::__private::expr_sub(::slotmodel::__private::expr_mul(::slotmodel::__private::expr_and(::slotmodel::__private::expr_value(self
    .version_ihl), ::slotmodel::__private::Some(15i128)),
    ::slotmodel::__private::Some(4i128)), ::slotmodel::__private::Some(20i128)), (self
    .options.len(), < u8 as ::slotmodel::__private::ViewItem > ::SIZE),
    "(version_ihl & 0x0F) * 4 - 20", "Options", "options", __at) ?; for __value in & self
    .options { let __size = < u8 as ::slotmodel::__private::ViewItem > ::SIZE; < u8 as
    ::slotmodel::__private::ViewItem > ::write:: < true > (__value, & mut __out[__at
    ..__at + __size]); __at += __size; } },
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
#[automatically_derived]
impl ::slotmodel::__private::DerivesView for Options {}
