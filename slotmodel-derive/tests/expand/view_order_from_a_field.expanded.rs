::slotmodel::__private01::view_ordered! {
    vis = [pub], ident = FileHeader, view = FileHeaderView, count = 2usize, pad_to =
    1_usize, rest = false, big = BIG, locals = [self, __bytes, __offsets, __at, __field,
    __k, __out], order = read { let mut __offsets = [0_usize; 2usize + 1];
    __offsets[0usize] = 0_usize + 0_usize;
    ::slotmodel::__private01::view_run_end(__offsets[0usize], 1, < u32 as
    ::slotmodel::__private01::ViewItem >::SIZE, __bytes.len(), "FileHeader", "magic") ?;
    ::slotmodel::__private01::view_when(::slotmodel::__private01::expr_either(::slotmodel::__private01::expr_eq(::slotmodel::__private01::expr_value(<
    u32 as ::slotmodel::__private01::ViewItem >::read::< true > (&
    __bytes[__offsets[0usize]..__offsets[0usize] + < u32 as
    ::slotmodel::__private01::ViewItem >::SIZE])),
    ::slotmodel::__private01::Some(2712847316i128)),
    ::slotmodel::__private01::expr_eq(::slotmodel::__private01::expr_value(< u32 as
    ::slotmodel::__private01::ViewItem >::read::< true > (& __bytes[__offsets[0usize]
    ..__offsets[0usize] + < u32 as ::slotmodel::__private01::ViewItem >::SIZE])),
    ::slotmodel::__private01::Some(2712812621i128))),
    "magic == 0xA1B2C3D4 || magic == 0xA1B23C4D", "FileHeader", "magic", 0) } owned {
    ::slotmodel::__private01::view_when(::slotmodel::__private01::expr_either(::slotmodel::__private01::expr_eq(::slotmodel::__private01::expr_value(self
    .magic), ::slotmodel::__private01::Some(2712847316i128)),
    ::slotmodel::__private01::expr_eq(::slotmodel::__private01::expr_value(self.magic),
    ::slotmodel::__private01::Some(2712812621i128))),
    "magic == 0xA1B2C3D4 || magic == 0xA1B23C4D", "FileHeader", "magic", 0) ? }, steps =
    [{ one "magic" 0usize skip = 0_usize size = { < u32 as
    ::slotmodel::__private01::ViewItem >::SIZE } check = { < u32 as
    ::slotmodel::__private01::ViewItem >::check::< true > } rules = {} } { one "version"
    1usize skip = 0_usize size = { < u16 as ::slotmodel::__private01::ViewItem >::SIZE }
    check = { < u16 as ::slotmodel::__private01::ViewItem >::check::< BIG > } rules = {}
    }], getters = [("magic", { pub fn magic(& self) -> u32 } { < u32 as
    ::slotmodel::__private01::ViewItem >::get::< true > (& self.bytes[self
    .offsets[0usize]..self.offsets[1usize] - 0_usize]) }), ("version", { pub fn version(&
    self) -> u16 } { if self.big { const BIG : bool = true; < u16 as
    ::slotmodel::__private01::ViewItem >::get::< BIG > (& self.bytes[self.offsets[1usize]
    ..self.offsets[2usize] - 0_usize]) } else { const BIG : bool = false; < u16 as
    ::slotmodel::__private01::ViewItem >::get::< BIG > (& self.bytes[self.offsets[1usize]
    ..self.offsets[2usize] - 0_usize]) } }),], to_owned = { if self.big { const BIG :
    bool = true; FileHeader { magic : < u32 as ::slotmodel::__private01::ViewItem
    >::read::< true > (& self.bytes[self.offsets[0usize]..self.offsets[1usize] -
    0_usize]), version : < u16 as ::slotmodel::__private01::ViewItem >::read::< BIG > (&
    self.bytes[self.offsets[1usize]..self.offsets[2usize] - 0_usize]) } } else { const
    BIG : bool = false; FileHeader { magic : < u32 as ::slotmodel::__private01::ViewItem
    >::read::< true > (& self.bytes[self.offsets[0usize]..self.offsets[1usize] -
    0_usize]), version : < u16 as ::slotmodel::__private01::ViewItem >::read::< BIG > (&
    self.bytes[self.offsets[1usize]..self.offsets[2usize] - 0_usize]) } } }, view_len = {
    0 + 0_usize + < u32 as ::slotmodel::__private01::ViewItem >::SIZE + 0_usize + < u16
    as ::slotmodel::__private01::ViewItem >::SIZE }, write = { __out[__at..__at +
    0_usize].fill(0); __at += 0_usize; let __size = < u32 as
    ::slotmodel::__private01::ViewItem >::SIZE; < u32 as
    ::slotmodel::__private01::ViewItem >::write::< true > (& self.magic, & mut __out[__at
    ..__at + __size]); __at += __size; __out[__at..__at + 0_usize].fill(0); __at +=
    0_usize; let __size = < u16 as ::slotmodel::__private01::ViewItem >::SIZE; < u16 as
    ::slotmodel::__private01::ViewItem >::write::< BIG > (& self.version, & mut
    __out[__at..__at + __size]); __at += __size; }, size = { 0_usize + 0_usize + < u32 as
    ::slotmodel::__private01::ViewItem >::SIZE + 0_usize + < u16 as
    ::slotmodel::__private01::ViewItem >::SIZE },
}
#[automatically_derived]
impl ::core::fmt::Debug for FileHeaderView<'_> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct(::core::stringify!(FileHeaderView))
            .field("magic", &self.magic())
            .field("version", &self.version())
            .finish()
    }
}
::slotmodel::__private01::view_var_mut! {
    order = read, vis = [pub], ident = FileHeader, view = FileHeaderView, view_mut =
    FileHeaderViewMut, count = 2usize, locals = [self, value, __field, __start], setters
    = [("magic", set_magic, u32, u32, 0usize, 0_usize, { < u32 as
    ::slotmodel::__private01::ViewItem >::fits(& value, "FileHeader", "magic", __start)
    ?; < u32 as ::slotmodel::__private01::ViewItem >::write::< true > (& value, __field);
    }), ("version", set_version, u16, u16, 1usize, 0_usize, { if self.big { const BIG :
    bool = true; < u16 as ::slotmodel::__private01::ViewItem >::fits(& value,
    "FileHeader", "version", __start) ?; < u16 as ::slotmodel::__private01::ViewItem
    >::write::< BIG > (& value, __field); } else { const BIG : bool = false; < u16 as
    ::slotmodel::__private01::ViewItem >::fits(& value, "FileHeader", "version", __start)
    ?; < u16 as ::slotmodel::__private01::ViewItem >::write::< BIG > (& value, __field);
    } }),], bytes = [],
}
#[automatically_derived]
impl ::slotmodel::__private01::DerivesView for FileHeader {}
