::slotmodel::__private01::view_fixed! {
    vis = [], ident = Frame, view = FrameView, view_mut = FrameViewMut, count = 4usize,
    locals = [self, value, __bytes], sizes = [< [u8; 4] as
    ::slotmodel::__private01::ViewItem >::SIZE, < u32 as
    ::slotmodel::__private01::ViewItem >::SIZE, < u8 as
    ::slotmodel::__private01::ViewItem >::SIZE, < u16 as
    ::slotmodel::__private01::ViewItem >::SIZE,], skips = [0, 0, 0, 0,], check = { < [u8;
    4] as ::slotmodel::__private01::ViewItem >::check::< true > (&
    __bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[0usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[0usize] + < [u8; 4] as
    ::slotmodel::__private01::ViewItem >::SIZE], "Frame", "magic",
    Frame::__SLOTMODEL_VIEW_OFFSETS[0usize]) ?; < u32 as
    ::slotmodel::__private01::ViewItem >::check::< true > (&
    __bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[1usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[1usize] + < u32 as
    ::slotmodel::__private01::ViewItem >::SIZE], "Frame", "length",
    Frame::__SLOTMODEL_VIEW_OFFSETS[1usize]) ?; < u8 as
    ::slotmodel::__private01::ViewItem >::check::< true > (&
    __bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[2usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[2usize] + < u8 as
    ::slotmodel::__private01::ViewItem >::SIZE], "Frame", "hops",
    Frame::__SLOTMODEL_VIEW_OFFSETS[2usize]) ?; { let __value = < u8 as
    ::slotmodel::__private01::ViewItem >::read::< true > (&
    __bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[2usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[2usize] + < u8 as
    ::slotmodel::__private01::ViewItem >::SIZE]);
    ::slotmodel::__private01::view_rule(::slotmodel::__private01::within(& __value, 1,
    64, & ["Frame", "hops"]), "Frame", "hops", Frame::__SLOTMODEL_VIEW_OFFSETS[2usize])
    ?; } < u16 as ::slotmodel::__private01::ViewItem >::check::< false > (&
    __bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[3usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[3usize] + < u16 as
    ::slotmodel::__private01::ViewItem >::SIZE], "Frame", "crc",
    Frame::__SLOTMODEL_VIEW_OFFSETS[3usize]) ?; }, fits = {}, getters = [("magic", { pub
    fn magic(& self) -> & 'a[u8; 4] } { < [u8; 4] as ::slotmodel::__private01::ViewItem
    >::get::< true > (& self.bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[0usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[0usize] + < [u8; 4] as
    ::slotmodel::__private01::ViewItem >::SIZE]) }, { pub fn magic(& self) -> & '_[u8; 4]
    } { self.as_view().magic() }), ("length", { pub fn length(& self) -> u32 } { < u32 as
    ::slotmodel::__private01::ViewItem >::get::< true > (& self
    .bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[1usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[1usize] + < u32 as
    ::slotmodel::__private01::ViewItem >::SIZE]) }, { pub fn length(& self) -> u32 } {
    self.as_view().length() }), ("hops", { pub fn hops(& self) -> u8 } { < u8 as
    ::slotmodel::__private01::ViewItem >::get::< true > (& self
    .bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[2usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[2usize] + < u8 as
    ::slotmodel::__private01::ViewItem >::SIZE]) }, { pub fn hops(& self) -> u8 } { self
    .as_view().hops() }), ("crc", { pub fn crc(& self) -> u16 } { < u16 as
    ::slotmodel::__private01::ViewItem >::get::< false > (& self
    .bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[3usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[3usize] + < u16 as
    ::slotmodel::__private01::ViewItem >::SIZE]) }, { pub fn crc(& self) -> u16 } { self
    .as_view().crc() }),], to_owned = { Frame { magic : < [u8; 4] as
    ::slotmodel::__private01::ViewItem >::read::< true > (& self
    .bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[0usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[0usize] + < [u8; 4] as
    ::slotmodel::__private01::ViewItem >::SIZE]), length : < u32 as
    ::slotmodel::__private01::ViewItem >::read::< true > (& self
    .bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[1usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[1usize] + < u32 as
    ::slotmodel::__private01::ViewItem >::SIZE]), hops : < u8 as
    ::slotmodel::__private01::ViewItem >::read::< true > (& self
    .bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[2usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[2usize] + < u8 as
    ::slotmodel::__private01::ViewItem >::SIZE]), crc : < u16 as
    ::slotmodel::__private01::ViewItem >::read::< false > (& self
    .bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[3usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[3usize] + < u16 as
    ::slotmodel::__private01::ViewItem >::SIZE]) } }, setters = [{ "magic" bytes
    set_magic([u8; 4]) { < [u8; 4] as ::slotmodel::__private01::ViewItem >::write::< true
    > (& value, & mut self.bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[0usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[0usize] + < [u8; 4] as
    ::slotmodel::__private01::ViewItem >::SIZE]); } magic_mut { self
    .bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[0usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[0usize] + < [u8; 4] as
    ::slotmodel::__private01::ViewItem >::SIZE] } } { "length" plain set_length(u32) { <
    u32 as ::slotmodel::__private01::ViewItem >::write::< true > (& value, & mut self
    .bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[1usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[1usize] + < u32 as
    ::slotmodel::__private01::ViewItem >::SIZE]); } } { "hops" checked set_hops(u8) {
    ::slotmodel::__private01::within(& value, 1, 64, & ["Frame", "hops"]) } { < u8 as
    ::slotmodel::__private01::ViewItem >::write::< true > (& value, & mut self
    .bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[2usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[2usize] + < u8 as
    ::slotmodel::__private01::ViewItem >::SIZE]); } } { "crc" plain set_crc(u16) { < u16
    as ::slotmodel::__private01::ViewItem >::write::< false > (& value, & mut self
    .bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[3usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[3usize] + < u16 as
    ::slotmodel::__private01::ViewItem >::SIZE]); } }], write = { < [u8; 4] as
    ::slotmodel::__private01::ViewItem >::write::< true > (& self.magic, & mut
    __bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[0usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[0usize] + < [u8; 4] as
    ::slotmodel::__private01::ViewItem >::SIZE]); < u32 as
    ::slotmodel::__private01::ViewItem >::write::< true > (& self.length, & mut
    __bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[1usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[1usize] + < u32 as
    ::slotmodel::__private01::ViewItem >::SIZE]); < u8 as
    ::slotmodel::__private01::ViewItem >::write::< true > (& self.hops, & mut
    __bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[2usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[2usize] + < u8 as
    ::slotmodel::__private01::ViewItem >::SIZE]); < u16 as
    ::slotmodel::__private01::ViewItem >::write::< false > (& self.crc, & mut
    __bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[3usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[3usize] + < u16 as
    ::slotmodel::__private01::ViewItem >::SIZE]); },
}
#[automatically_derived]
impl ::core::fmt::Debug for FrameView<'_> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct(::core::stringify!(FrameView))
            .field("magic", &self.magic())
            .field("length", &self.length())
            .field("hops", &self.hops())
            .field("crc", &self.crc())
            .finish()
    }
}
#[automatically_derived]
impl ::slotmodel::__private01::DerivesView for Frame {}
