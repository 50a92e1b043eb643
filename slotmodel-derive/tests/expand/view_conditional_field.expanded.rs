::slotmodel::__private01::view_var! {
    vis = [], ident = Format, view = FormatView, count = 3usize, pad_to = 1_usize, rest =
    false, locals = [self, __bytes, __offsets, __at, __field, __k, __out], steps = [{ one
    "size" 0usize skip = 0_usize size = { < u32 as ::slotmodel::__private01::ViewItem
    >::SIZE } check = { < u32 as ::slotmodel::__private01::ViewItem >::check::< false > }
    rules = {} } { one "audio_format" 1usize skip = 0_usize size = { < u16 as
    ::slotmodel::__private01::ViewItem >::SIZE } check = { < u16 as
    ::slotmodel::__private01::ViewItem >::check::< false > } rules = {} } { maybe
    "extra_size" 2usize skip = 0_usize count = { <::core::primitive::usize as
    ::core::convert::From <::core::primitive::bool
    >>::from(::slotmodel::__private01::view_when(::slotmodel::__private01::expr_both(::slotmodel::__private01::expr_ge(::slotmodel::__private01::expr_value(<
    u32 as ::slotmodel::__private01::ViewItem >::read::< false > (&
    __bytes[__offsets[0usize]..__offsets[0usize] + < u32 as
    ::slotmodel::__private01::ViewItem >::SIZE])),
    ::slotmodel::__private01::Some(18i128)),
    ::slotmodel::__private01::expr_ne(::slotmodel::__private01::expr_value(< u16 as
    ::slotmodel::__private01::ViewItem >::read::< false > (& __bytes[__offsets[1usize]
    ..__offsets[1usize] + < u16 as ::slotmodel::__private01::ViewItem >::SIZE])),
    ::slotmodel::__private01::Some(1i128))), "size >= 18 && audio_format != 1", "Format",
    "extra_size", __at) ?) } size = { < u16 as ::slotmodel::__private01::ViewItem >::SIZE
    } check = { < u16 as ::slotmodel::__private01::ViewItem >::check::< false > } rules =
    {} }], getters = [("size", { pub fn size(& self) -> u32 } { < u32 as
    ::slotmodel::__private01::ViewItem >::get::< false > (& self.bytes[self
    .offsets[0usize]..self.offsets[1usize] - 0_usize]) }), ("audio_format", { pub fn
    audio_format(& self) -> u16 } { < u16 as ::slotmodel::__private01::ViewItem >::get::<
    false > (& self.bytes[self.offsets[1usize]..self.offsets[2usize] - 0_usize]) }),
    ("extra_size", { pub fn extra_size(& self) -> ::slotmodel::__private01::Option << u16
    as ::slotmodel::__private01::ViewItem >::Ref < 'a >> } { { let __field = & self
    .bytes[self.offsets[2usize]..self.offsets[3usize] - 0_usize]; (! __field.is_empty())
    .then(|| < u16 as ::slotmodel::__private01::ViewItem >::get::< false > (__field)) }
    }),], to_owned = { Format { size : < u32 as ::slotmodel::__private01::ViewItem
    >::read::< false > (& self.bytes[self.offsets[0usize]..self.offsets[1usize] -
    0_usize]), audio_format : < u16 as ::slotmodel::__private01::ViewItem >::read::<
    false > (& self.bytes[self.offsets[1usize]..self.offsets[2usize] - 0_usize]),
    extra_size : { let __field = & self.bytes[self.offsets[2usize]..self.offsets[3usize]
    - 0_usize]; (! __field.is_empty()).then(|| < u16 as
    ::slotmodel::__private01::ViewItem >::read::< false > (__field)) } } }, view_len = {
    0 + 0_usize + < u32 as ::slotmodel::__private01::ViewItem >::SIZE + 0_usize + < u16
    as ::slotmodel::__private01::ViewItem >::SIZE + 0_usize + self.extra_size.as_ref()
    .map_or(0, | _ | < u16 as ::slotmodel::__private01::ViewItem >::SIZE) }, write = {
    __out[__at..__at + 0_usize].fill(0); __at += 0_usize; let __size = < u32 as
    ::slotmodel::__private01::ViewItem >::SIZE; < u32 as
    ::slotmodel::__private01::ViewItem >::write::< false > (& self.size, & mut __out[__at
    ..__at + __size]); __at += __size; __out[__at..__at + 0_usize].fill(0); __at +=
    0_usize; let __size = < u16 as ::slotmodel::__private01::ViewItem >::SIZE; < u16 as
    ::slotmodel::__private01::ViewItem >::write::< false > (& self.audio_format, & mut
    __out[__at..__at + __size]); __at += __size; __out[__at..__at + 0_usize].fill(0);
    __at += 0_usize;
    ::slotmodel::__private01::view_when_agrees(::slotmodel::__private01::expr_both(::slotmodel::__private01::expr_ge(::slotmodel::__private01::expr_value(self
    .size), ::slotmodel::__private01::Some(18i128)),
    ::slotmodel::__private01::expr_ne(::slotmodel::__private01::expr_value(self
    .audio_format), ::slotmodel::__private01::Some(1i128))), self.extra_size.is_some(),
    "size >= 18 && audio_format != 1", "Format", "extra_size", __at) ?; if let
    ::slotmodel::__private01::Some(__value) = & self.extra_size { < u16 as
    ::slotmodel::__private01::ViewItem >::fits(__value, "Format", "extra_size", __at) ?;
    let __size = < u16 as ::slotmodel::__private01::ViewItem >::SIZE; < u16 as
    ::slotmodel::__private01::ViewItem >::write::< false > (__value, & mut __out[__at
    ..__at + __size]); __at += __size; } },
}
::slotmodel::__private01::view_payload! {
    order = fixed, ident = Format, view = FormatView, rest = false
}
#[automatically_derived]
impl ::core::fmt::Debug for FormatView<'_> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct(::core::stringify!(FormatView))
            .field("size", &self.size())
            .field("audio_format", &self.audio_format())
            .field("extra_size", &self.extra_size())
            .finish()
    }
}
::slotmodel::__private01::view_var_mut! {
    order = fixed, vis = [], ident = Format, view = FormatView, view_mut = FormatViewMut,
    count = 3usize, locals = [self, value, __field, __start], setters = [("size",
    set_size, u32, u32, 0usize, 0_usize, { < u32 as ::slotmodel::__private01::ViewItem
    >::fits(& value, "Format", "size", __start) ?; < u32 as
    ::slotmodel::__private01::ViewItem >::write::< false > (& value, __field); }),
    ("audio_format", set_audio_format, u16, u16, 1usize, 0_usize, { < u16 as
    ::slotmodel::__private01::ViewItem >::fits(& value, "Format", "audio_format",
    __start) ?; < u16 as ::slotmodel::__private01::ViewItem >::write::< false > (& value,
    __field); }),], bytes = [],
}
#[automatically_derived]
impl ::slotmodel::__private01::DerivesView for Format {}
