::slotmodel::__private01::view_var! {
    vis = [pub], ident = Chunk, view = ChunkView, count = 4usize, pad_to = 1_usize, rest
    = false, locals = [self, __bytes, __offsets, __at, __field, __k, __out], steps = [{
    one "length" 0usize skip = 0_usize size = { < u32 as
    ::slotmodel::__private01::ViewItem >::SIZE } check = { < u32 as
    ::slotmodel::__private01::ViewItem >::check::< true > } rules = {} } { one "kind"
    1usize skip = 0_usize size = { < [u8; 4] as ::slotmodel::__private01::ViewItem
    >::SIZE } check = { < [u8; 4] as ::slotmodel::__private01::ViewItem >::check::< true
    > } rules = {} } { bytes "data" 2usize skip = 0_usize count = {
    ::slotmodel::__private01::view_count(< u32 as ::slotmodel::__private01::ViewItem
    >::read::< true > (& __bytes[__offsets[0usize]..__offsets[0usize] + < u32 as
    ::slotmodel::__private01::ViewItem >::SIZE]), "Chunk", "length", __offsets[0usize]) ?
    } } { one "crc" 3usize skip = 2 size = { < u32 as ::slotmodel::__private01::ViewItem
    >::SIZE } check = { < u32 as ::slotmodel::__private01::ViewItem >::check::< true > }
    rules = {} }], getters = [("length", { pub fn length(& self) -> u32 } { < u32 as
    ::slotmodel::__private01::ViewItem >::get::< true > (& self.bytes[self
    .offsets[0usize]..self.offsets[1usize] - 0_usize]) }), ("kind", { pub fn kind(& self)
    -> & 'a[u8; 4] } { < [u8; 4] as ::slotmodel::__private01::ViewItem >::get::< true >
    (& self.bytes[self.offsets[1usize]..self.offsets[2usize] - 0_usize]) }), ("data", {
    pub fn data(& self) -> &'a[u8] } { & self.bytes[self.offsets[2usize]..self
    .offsets[3usize] - 2] }), ("crc", { pub fn crc(& self) -> u32 } { < u32 as
    ::slotmodel::__private01::ViewItem >::get::< true > (& self.bytes[self
    .offsets[3usize]..self.offsets[4usize] - 0_usize]) }),], to_owned = { Chunk { length
    : < u32 as ::slotmodel::__private01::ViewItem >::read::< true > (& self.bytes[self
    .offsets[0usize]..self.offsets[1usize] - 0_usize]), kind : < [u8; 4] as
    ::slotmodel::__private01::ViewItem >::read::< true > (& self.bytes[self
    .offsets[1usize]..self.offsets[2usize] - 0_usize]), data :
    ::core::iter::Iterator::collect(::core::iter::Iterator::map(self.bytes[self
    .offsets[2usize]..self.offsets[3usize] - 2].chunks_exact(::core::cmp::Ord::max(< u8
    as ::slotmodel::__private01::ViewItem >::SIZE, 1)), < u8 as
    ::slotmodel::__private01::ViewItem >::read::< true >,)), crc : < u32 as
    ::slotmodel::__private01::ViewItem >::read::< true > (& self.bytes[self
    .offsets[3usize]..self.offsets[4usize] - 0_usize]) } }, view_len = { 0 + 0_usize + <
    u32 as ::slotmodel::__private01::ViewItem >::SIZE + 0_usize + < [u8; 4] as
    ::slotmodel::__private01::ViewItem >::SIZE + 0_usize + self.data.len() * < u8 as
    ::slotmodel::__private01::ViewItem >::SIZE + 2 + < u32 as
    ::slotmodel::__private01::ViewItem >::SIZE }, write = { __out[__at..__at + 0_usize]
    .fill(0); __at += 0_usize; ::slotmodel::__private01::view_length_agrees(self.length,
    self.data.len(), < u8 as ::slotmodel::__private01::ViewItem >::SIZE, "Chunk",
    ("length", "data"), __at) ?; let __size = < u32 as ::slotmodel::__private01::ViewItem
    >::SIZE; < u32 as ::slotmodel::__private01::ViewItem >::write::< true > (& self
    .length, & mut __out[__at..__at + __size]); __at += __size; __out[__at..__at +
    0_usize].fill(0); __at += 0_usize; let __size = < [u8; 4] as
    ::slotmodel::__private01::ViewItem >::SIZE; < [u8; 4] as
    ::slotmodel::__private01::ViewItem >::write::< true > (& self.kind, & mut __out[__at
    ..__at + __size]); __at += __size; __out[__at..__at + 0_usize].fill(0); __at +=
    0_usize; for __value in & self.data { let __size = < u8 as
    ::slotmodel::__private01::ViewItem >::SIZE; < u8 as
    ::slotmodel::__private01::ViewItem >::write::< true > (__value, & mut __out[__at
    ..__at + __size]); __at += __size; } __out[__at..__at + 2].fill(0); __at += 2; let
    __size = < u32 as ::slotmodel::__private01::ViewItem >::SIZE; < u32 as
    ::slotmodel::__private01::ViewItem >::write::< true > (& self.crc, & mut __out[__at
    ..__at + __size]); __at += __size; },
}
::slotmodel::__private01::view_payload! {
    order = fixed, ident = Chunk, view = ChunkView, rest = false
}
#[automatically_derived]
impl ::core::fmt::Debug for ChunkView<'_> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct(::core::stringify!(ChunkView))
            .field("length", &self.length())
            .field("kind", &self.kind())
            .field("data", &self.data())
            .field("crc", &self.crc())
            .finish()
    }
}
::slotmodel::__private01::view_var_mut! {
    order = fixed, vis = [pub], ident = Chunk, view = ChunkView, view_mut = ChunkViewMut,
    count = 4usize, locals = [self, value, __field, __start], setters = [("length",
    set_length, u32, u32, 0usize, 0_usize, { < u32 as ::slotmodel::__private01::ViewItem
    >::fits(& value, "Chunk", "length", __start) ?; < u32 as
    ::slotmodel::__private01::ViewItem >::write::< true > (& value, __field); }),
    ("kind", set_kind, [u8; 4], [u8; 4], 1usize, 0_usize, { < [u8; 4] as
    ::slotmodel::__private01::ViewItem >::fits(& value, "Chunk", "kind", __start) ?; <
    [u8; 4] as ::slotmodel::__private01::ViewItem >::write::< true > (& value, __field);
    }), ("crc", set_crc, u32, u32, 3usize, 0_usize, { < u32 as
    ::slotmodel::__private01::ViewItem >::fits(& value, "Chunk", "crc", __start) ?; < u32
    as ::slotmodel::__private01::ViewItem >::write::< true > (& value, __field); }),],
    bytes = [("data", data_mut, 2usize, 2),],
}
#[automatically_derived]
impl ::slotmodel::__private01::DerivesView for Chunk {}
