::slotmodel::__private01::view_var! {
    vis = [pub], ident = Tlv, view = TlvView, count = 3usize, pad_to = 1_usize, rest =
    false, locals = [self, __bytes, __offsets, __at, __field, __k, __out], steps = [{ one
    "kind" 0usize skip = 0_usize size = { < u8 as ::slotmodel::__private01::ViewItem
    >::SIZE } check = { < u8 as ::slotmodel::__private01::ViewItem >::check::< true > }
    rules = {} } { one "length" 1usize skip = 0_usize size = { < u16 as
    ::slotmodel::__private01::ViewItem >::SIZE } check = { < u16 as
    ::slotmodel::__private01::ViewItem >::check::< true > } rules = {} } { union "value"
    2usize skip = 0_usize tag = { ::slotmodel::__private01::view_tag(< u8 as
    ::slotmodel::__private01::ViewItem >::read::< true > (& __bytes[__offsets[0usize]
    ..__offsets[0usize] + < u8 as ::slotmodel::__private01::ViewItem >::SIZE])) } check =
    { < Value as ::slotmodel::__private01::ViewUnion > ::check_prefix::< true, __CHECK >
    } len = { ::slotmodel::__private01::view_count(< u16 as
    ::slotmodel::__private01::ViewItem >::read::< true > (& __bytes[__offsets[1usize]
    ..__offsets[1usize] + < u16 as ::slotmodel::__private01::ViewItem >::SIZE]), "Tlv",
    "length", __offsets[1usize]) ? } tags = { < Value as
    ::slotmodel::__private01::ViewUnion > ::TAGS } }], getters = [("kind", { pub fn
    kind(& self) -> u8 } { < u8 as ::slotmodel::__private01::ViewItem >::get::< true > (&
    self.bytes[self.offsets[0usize]..self.offsets[1usize] - 0_usize]) }), ("length", {
    pub fn length(& self) -> u16 } { < u16 as ::slotmodel::__private01::ViewItem
    >::get::< true > (& self.bytes[self.offsets[1usize]..self.offsets[2usize] - 0_usize])
    }), ("value", { pub fn value(& self) -> < Value as
    ::slotmodel::__private01::ViewUnion > ::Ref < 'a > } { < Value as
    ::slotmodel::__private01::ViewUnion > ::get::< true >
    (::slotmodel::__private01::view_tag(< u8 as ::slotmodel::__private01::ViewItem
    >::read::< true > (& self.bytes[self.offsets[0usize]..self.offsets[0usize] + < u8 as
    ::slotmodel::__private01::ViewItem >::SIZE])), & self.bytes[self.offsets[2usize]
    ..self.offsets[3usize] - 0_usize]) }),], to_owned = { Tlv { kind : < u8 as
    ::slotmodel::__private01::ViewItem >::read::< true > (& self.bytes[self
    .offsets[0usize]..self.offsets[1usize] - 0_usize]), length : < u16 as
    ::slotmodel::__private01::ViewItem >::read::< true > (& self.bytes[self
    .offsets[1usize]..self.offsets[2usize] - 0_usize]), value : < Value as
    ::slotmodel::__private01::ViewUnion > ::read::< true >
    (::slotmodel::__private01::view_tag(< u8 as ::slotmodel::__private01::ViewItem
    >::read::< true > (& self.bytes[self.offsets[0usize]..self.offsets[0usize] + < u8 as
    ::slotmodel::__private01::ViewItem >::SIZE])), & self.bytes[self.offsets[2usize]
    ..self.offsets[3usize] - 0_usize]) } }, view_len = { 0 + 0_usize + < u8 as
    ::slotmodel::__private01::ViewItem >::SIZE + 0_usize + < u16 as
    ::slotmodel::__private01::ViewItem >::SIZE + 0_usize + < Value as
    ::slotmodel::__private01::ViewUnion > ::view_len(& self.value) }, write = {
    __out[__at..__at + 0_usize].fill(0); __at += 0_usize; let __size = < u8 as
    ::slotmodel::__private01::ViewItem >::SIZE; < u8 as
    ::slotmodel::__private01::ViewItem >::write::< true > (& self.kind, & mut __out[__at
    ..__at + __size]); __at += __size; __out[__at..__at + 0_usize].fill(0); __at +=
    0_usize; ::slotmodel::__private01::view_length_agrees(self.length, < Value as
    ::slotmodel::__private01::ViewUnion > ::view_len(& self.value), 0_usize, "Tlv",
    ("length", "value"), __at) ?; let __size = < u16 as
    ::slotmodel::__private01::ViewItem >::SIZE; < u16 as
    ::slotmodel::__private01::ViewItem >::write::< true > (& self.length, & mut
    __out[__at..__at + __size]); __at += __size; __out[__at..__at + 0_usize].fill(0);
    __at += 0_usize; let __tag = ::slotmodel::__private01::view_tag(self.kind);
    ::slotmodel::__private01::check_tag(__tag, < Value as
    ::slotmodel::__private01::ViewUnion > ::tag(& self.value), < Value as
    ::slotmodel::__private01::ViewUnion > ::TAGS.contains(& __tag), < Value as
    ::slotmodel::__private01::ViewUnion > ::TAGS_WRITTEN, ["value", "Tlv", "kind"],) ?; <
    Value as ::slotmodel::__private01::ViewUnion > ::fits(& self.value, "Tlv", "value",
    __at) ?; let __size = < Value as ::slotmodel::__private01::ViewUnion > ::view_len(&
    self.value); < Value as ::slotmodel::__private01::ViewUnion > ::write::< true > (&
    self.value, & mut __out[__at..__at + __size], "Tlv", "value", __at) ?; __at +=
    __size; },
}
::slotmodel::__private01::view_payload! {
    order = fixed, ident = Tlv, view = TlvView, rest = false
}
#[automatically_derived]
impl ::core::fmt::Debug for TlvView<'_> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct(::core::stringify!(TlvView))
            .field("kind", &self.kind())
            .field("length", &self.length())
            .field("value", &Self::value(self))
            .finish()
    }
}
::slotmodel::__private01::view_var_mut! {
    order = fixed, vis = [pub], ident = Tlv, view = TlvView, view_mut = TlvViewMut, count
    = 3usize, locals = [self, value, __field, __start], setters = [("kind", set_kind, u8,
    u8, 0usize, 0_usize, { < u8 as ::slotmodel::__private01::ViewItem >::fits(& value,
    "Tlv", "kind", __start) ?; < u8 as ::slotmodel::__private01::ViewItem >::write::<
    true > (& value, __field); }), ("length", set_length, u16, u16, 1usize, 0_usize, { <
    u16 as ::slotmodel::__private01::ViewItem >::fits(& value, "Tlv", "length", __start)
    ?; < u16 as ::slotmodel::__private01::ViewItem >::write::< true > (& value, __field);
    }),], bytes = [],
}
const _: () = ::slotmodel::__private01::const_check::tags_fit(
    <Value as ::slotmodel::__private01::ViewUnion>::TAGS,
    u8::BITS,
    false,
    "Tlv",
    "kind",
    "u8",
);
#[automatically_derived]
impl ::slotmodel::__private01::DerivesView for Tlv {}
