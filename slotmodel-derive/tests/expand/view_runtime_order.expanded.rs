::slotmodel::__private01::view_ordered! {
    vis = [pub], ident = Record, view = RecordView, count = 4usize, pad_to = 1_usize,
    rest = false, big = BIG, locals = [self, __bytes, __offsets, __at, __field, __k,
    __out], order = given, steps = [{ one "ts_sec" 0usize skip = 0_usize size = { < u32
    as ::slotmodel::__private01::ViewItem >::SIZE } check = { < u32 as
    ::slotmodel::__private01::ViewItem >::check::< BIG > } rules = {} } { one "ts_frac"
    1usize skip = 0_usize size = { < u32 as ::slotmodel::__private01::ViewItem >::SIZE }
    check = { < u32 as ::slotmodel::__private01::ViewItem >::check::< BIG > } rules = {
    let __value = < u32 as ::slotmodel::__private01::ViewItem >::read::< BIG > (__field);
    ::slotmodel::__private01::view_rule(::slotmodel::__private01::range(& __value,
    ::slotmodel::__private01::None, true, ::slotmodel::__private01::Some(999_999_999),
    true, & ["Record", "ts_frac"]), "Record", "ts_frac", __at) ?; } } { one "incl_len"
    2usize skip = 0_usize size = { < u32 as ::slotmodel::__private01::ViewItem >::SIZE }
    check = { < u32 as ::slotmodel::__private01::ViewItem >::check::< BIG > } rules = {}
    } { bytes "data" 3usize skip = 0_usize count = {
    ::slotmodel::__private01::view_count(< u32 as ::slotmodel::__private01::ViewItem
    >::read::< BIG > (& __bytes[__offsets[2usize]..__offsets[2usize] + < u32 as
    ::slotmodel::__private01::ViewItem >::SIZE]), "Record", "incl_len",
    __offsets[2usize]) ? } }], getters = [("ts_sec", { pub fn ts_sec(& self) -> u32 } {
    if self.big { const BIG : bool = true; < u32 as ::slotmodel::__private01::ViewItem
    >::get::< BIG > (& self.bytes[self.offsets[0usize]..self.offsets[1usize] - 0_usize])
    } else { const BIG : bool = false; < u32 as ::slotmodel::__private01::ViewItem
    >::get::< BIG > (& self.bytes[self.offsets[0usize]..self.offsets[1usize] - 0_usize])
    } }), ("ts_frac", { pub fn ts_frac(& self) -> u32 } { if self.big { const BIG : bool
    = true; < u32 as ::slotmodel::__private01::ViewItem >::get::< BIG > (& self
    .bytes[self.offsets[1usize]..self.offsets[2usize] - 0_usize]) } else { const BIG :
    bool = false; < u32 as ::slotmodel::__private01::ViewItem >::get::< BIG > (& self
    .bytes[self.offsets[1usize]..self.offsets[2usize] - 0_usize]) } }), ("incl_len", {
    pub fn incl_len(& self) -> u32 } { if self.big { const BIG : bool = true; < u32 as
    ::slotmodel::__private01::ViewItem >::get::< BIG > (& self.bytes[self.offsets[2usize]
    ..self.offsets[3usize] - 0_usize]) } else { const BIG : bool = false; < u32 as
    ::slotmodel::__private01::ViewItem >::get::< BIG > (& self.bytes[self.offsets[2usize]
    ..self.offsets[3usize] - 0_usize]) } }), ("data", { pub fn data(& self) -> &'a[u8] }
    { & self.bytes[self.offsets[3usize]..self.offsets[4usize] - 0_usize] }),], to_owned =
    { if self.big { const BIG : bool = true; Record { ts_sec : < u32 as
    ::slotmodel::__private01::ViewItem >::read::< BIG > (& self.bytes[self
    .offsets[0usize]..self.offsets[1usize] - 0_usize]), ts_frac : < u32 as
    ::slotmodel::__private01::ViewItem >::read::< BIG > (& self.bytes[self
    .offsets[1usize]..self.offsets[2usize] - 0_usize]), incl_len : < u32 as
    ::slotmodel::__private01::ViewItem >::read::< BIG > (& self.bytes[self
    .offsets[2usize]..self.offsets[3usize] - 0_usize]), data :
    ::core::iter::Iterator::collect(::core::iter::Iterator::map(self.bytes[self
    .offsets[3usize]..self.offsets[4usize] - 0_usize]
    .chunks_exact(::core::cmp::Ord::max(< u8 as ::slotmodel::__private01::ViewItem
    >::SIZE, 1)), < u8 as ::slotmodel::__private01::ViewItem >::read::< BIG >,)) } } else
    { const BIG : bool = false; Record { ts_sec : < u32 as
    ::slotmodel::__private01::ViewItem >::read::< BIG > (& self.bytes[self
    .offsets[0usize]..self.offsets[1usize] - 0_usize]), ts_frac : < u32 as
    ::slotmodel::__private01::ViewItem >::read::< BIG > (& self.bytes[self
    .offsets[1usize]..self.offsets[2usize] - 0_usize]), incl_len : < u32 as
    ::slotmodel::__private01::ViewItem >::read::< BIG > (& self.bytes[self
    .offsets[2usize]..self.offsets[3usize] - 0_usize]), data :
    ::core::iter::Iterator::collect(::core::iter::Iterator::map(self.bytes[self
    .offsets[3usize]..self.offsets[4usize] - 0_usize]
    .chunks_exact(::core::cmp::Ord::max(< u8 as ::slotmodel::__private01::ViewItem
    >::SIZE, 1)), < u8 as ::slotmodel::__private01::ViewItem >::read::< BIG >,)) } } },
    view_len = { 0 + 0_usize + < u32 as ::slotmodel::__private01::ViewItem >::SIZE +
    0_usize + < u32 as ::slotmodel::__private01::ViewItem >::SIZE + 0_usize + < u32 as
    ::slotmodel::__private01::ViewItem >::SIZE + 0_usize + self.data.len() * < u8 as
    ::slotmodel::__private01::ViewItem >::SIZE }, write = { __out[__at..__at + 0_usize]
    .fill(0); __at += 0_usize; let __size = < u32 as ::slotmodel::__private01::ViewItem
    >::SIZE; < u32 as ::slotmodel::__private01::ViewItem >::write::< BIG > (& self
    .ts_sec, & mut __out[__at..__at + __size]); __at += __size; __out[__at..__at +
    0_usize].fill(0); __at += 0_usize; let __size = < u32 as
    ::slotmodel::__private01::ViewItem >::SIZE; < u32 as
    ::slotmodel::__private01::ViewItem >::write::< BIG > (& self.ts_frac, & mut
    __out[__at..__at + __size]); __at += __size; __out[__at..__at + 0_usize].fill(0);
    __at += 0_usize; ::slotmodel::__private01::view_length_agrees(self.incl_len, self
    .data.len(), < u8 as ::slotmodel::__private01::ViewItem >::SIZE, "Record",
    ("incl_len", "data"), __at) ?; let __size = < u32 as
    ::slotmodel::__private01::ViewItem >::SIZE; < u32 as
    ::slotmodel::__private01::ViewItem >::write::< BIG > (& self.incl_len, & mut
    __out[__at..__at + __size]); __at += __size; __out[__at..__at + 0_usize].fill(0);
    __at += 0_usize; for __value in & self.data { let __size = < u8 as
    ::slotmodel::__private01::ViewItem >::SIZE; < u8 as
    ::slotmodel::__private01::ViewItem >::write::< BIG > (__value, & mut __out[__at..__at
    + __size]); __at += __size; } },
}
::slotmodel::__private01::view_payload! {
    order = given, ident = Record, view = RecordView, rest = false
}
#[automatically_derived]
impl ::core::fmt::Debug for RecordView<'_> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct(::core::stringify!(RecordView))
            .field("ts_sec", &self.ts_sec())
            .field("ts_frac", &self.ts_frac())
            .field("incl_len", &self.incl_len())
            .field("data", &self.data())
            .finish()
    }
}
::slotmodel::__private01::view_var_mut! {
    order = given, vis = [pub], ident = Record, view = RecordView, view_mut =
    RecordViewMut, count = 4usize, locals = [self, value, __field, __start], setters =
    [("ts_sec", set_ts_sec, u32, u32, 0usize, 0_usize, { if self.big { const BIG : bool =
    true; < u32 as ::slotmodel::__private01::ViewItem >::fits(& value, "Record",
    "ts_sec", __start) ?; < u32 as ::slotmodel::__private01::ViewItem >::write::< BIG >
    (& value, __field); } else { const BIG : bool = false; < u32 as
    ::slotmodel::__private01::ViewItem >::fits(& value, "Record", "ts_sec", __start) ?; <
    u32 as ::slotmodel::__private01::ViewItem >::write::< BIG > (& value, __field); } }),
    ("ts_frac", set_ts_frac, u32, u32, 1usize, 0_usize, { if self.big { const BIG : bool
    = true; < u32 as ::slotmodel::__private01::ViewItem >::fits(& value, "Record",
    "ts_frac", __start) ?; < u32 as ::slotmodel::__private01::ViewItem >::write::< BIG >
    (& value, __field); } else { const BIG : bool = false; < u32 as
    ::slotmodel::__private01::ViewItem >::fits(& value, "Record", "ts_frac", __start) ?;
    < u32 as ::slotmodel::__private01::ViewItem >::write::< BIG > (& value, __field); }
    }), ("incl_len", set_incl_len, u32, u32, 2usize, 0_usize, { if self.big { const BIG :
    bool = true; < u32 as ::slotmodel::__private01::ViewItem >::fits(& value, "Record",
    "incl_len", __start) ?; < u32 as ::slotmodel::__private01::ViewItem >::write::< BIG >
    (& value, __field); } else { const BIG : bool = false; < u32 as
    ::slotmodel::__private01::ViewItem >::fits(& value, "Record", "incl_len", __start) ?;
    < u32 as ::slotmodel::__private01::ViewItem >::write::< BIG > (& value, __field); }
    }),], bytes = [("data", data_mut, 3usize, 0_usize),],
}
#[automatically_derived]
impl ::slotmodel::__private01::DerivesView for Record {}
