impl Frame {
    #[doc(hidden)]
    pub const __SLOTMODEL_VIEW_SIZES: [usize; 4usize] = [
        <[u8; 4] as ::slotmodel::__private::ViewItem>::SIZE,
        <u32 as ::slotmodel::__private::ViewItem>::SIZE,
        <u8 as ::slotmodel::__private::ViewItem>::SIZE,
        <u16 as ::slotmodel::__private::ViewItem>::SIZE,
    ];
    #[doc(hidden)]
    pub const __SLOTMODEL_VIEW_OFFSETS: [usize; 4usize] = ::slotmodel::__private::view_offsets(
        Frame::__SLOTMODEL_VIEW_SIZES,
        [0, 0, 0, 0],
    );
    #[doc(hidden)]
    pub const __SLOTMODEL_VIEW_SIZE: usize = ::slotmodel::__private::view_end(
        Frame::__SLOTMODEL_VIEW_OFFSETS,
        Frame::__SLOTMODEL_VIEW_SIZES,
    );
    #[doc(hidden)]
    pub fn __slotmodel_view_check(
        __bytes: &[u8; Frame::__SLOTMODEL_VIEW_SIZE],
    ) -> ::slotmodel::__private::Result<(), ::slotmodel::__private::ViewError> {
        <[u8; 4] as ::slotmodel::__private::ViewItem>::check::<
            true,
        >(
            &__bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[0usize]..Frame::__SLOTMODEL_VIEW_OFFSETS[0usize]
                + <[u8; 4] as ::slotmodel::__private::ViewItem>::SIZE],
            "Frame",
            "magic",
            Frame::__SLOTMODEL_VIEW_OFFSETS[0usize],
        )?;
        <u32 as ::slotmodel::__private::ViewItem>::check::<
            true,
        >(
            &__bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[1usize]..Frame::__SLOTMODEL_VIEW_OFFSETS[1usize]
                + <u32 as ::slotmodel::__private::ViewItem>::SIZE],
            "Frame",
            "length",
            Frame::__SLOTMODEL_VIEW_OFFSETS[1usize],
        )?;
        <u8 as ::slotmodel::__private::ViewItem>::check::<
            true,
        >(
            &__bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[2usize]..Frame::__SLOTMODEL_VIEW_OFFSETS[2usize]
                + <u8 as ::slotmodel::__private::ViewItem>::SIZE],
            "Frame",
            "hops",
            Frame::__SLOTMODEL_VIEW_OFFSETS[2usize],
        )?;
        {
            let __value = <u8 as ::slotmodel::__private::ViewItem>::read::<
                true,
            >(
                &__bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[2usize]..Frame::__SLOTMODEL_VIEW_OFFSETS[2usize]
                    + <u8 as ::slotmodel::__private::ViewItem>::SIZE],
            );
            if let ::slotmodel::__private::Err(__refused) = ::slotmodel::__private::within(
                &__value,
                1,
                64,
                &["Frame", "hops"],
            ) {
                return ::slotmodel::__private::Err(
                    ::slotmodel::__private::ViewError::invalid(
                        "Frame",
                        "hops",
                        Frame::__SLOTMODEL_VIEW_OFFSETS[2usize],
                        __refused.kind(),
                    ),
                );
            }
        }
        <u16 as ::slotmodel::__private::ViewItem>::check::<
            false,
        >(
            &__bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[3usize]..Frame::__SLOTMODEL_VIEW_OFFSETS[3usize]
                + <u16 as ::slotmodel::__private::ViewItem>::SIZE],
            "Frame",
            "crc",
            Frame::__SLOTMODEL_VIEW_OFFSETS[3usize],
        )?;
        ::slotmodel::__private::Ok(())
    }
}
::slotmodel::__private::view_fixed! {
    vis = [], ident = Frame, view = FrameView, view_mut = FrameViewMut, docs =
    ["A checked, zero-copy view of a `Frame` record in a byte buffer: fields are decoded on access, and the borrow keeps the buffer alive. `FrameView::new(&bytes)`.",
    "A checked, writable view of a `Frame` record: setters encode in place. `FrameViewMut::new(&mut bytes)`.",
    "This `Frame` in the form its view reads, checked as `FrameView::new` checks it.\n\n# Errors\n\nA field that breaks a rule.",
    "Writes this `Frame` at the start of `out` in the form its view reads, and returns the bytes written.\n\n# Errors\n\nAn `out` shorter than the record, or a field that breaks a rule."],
    view_fns = { #[doc = "The `magic` field, read from the buffer."] #[must_use]
    #[inline] pub fn magic(& self) -> & 'a[u8; 4] { < [u8; 4] as
    ::slotmodel::__private::ViewItem > ::get:: < true > (& self
    .bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[0usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[0usize] + < [u8; 4] as
    ::slotmodel::__private::ViewItem > ::SIZE]) } #[doc =
    "The `length` field, read from the buffer."] #[must_use] #[inline] pub fn length(&
    self) -> u32 { < u32 as ::slotmodel::__private::ViewItem > ::get:: < true > (& self
    .bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[1usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[1usize] + < u32 as ::slotmodel::__private::ViewItem
    > ::SIZE]) } #[doc = "The `hops` field, read from the buffer."] #[must_use] #[inline]
    pub fn hops(& self) -> u8 { < u8 as ::slotmodel::__private::ViewItem > ::get:: < true
    > (& self.bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[2usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[2usize] + < u8 as ::slotmodel::__private::ViewItem
    > ::SIZE]) } #[doc = "The `crc` field, read from the buffer."] #[must_use] #[inline]
    pub fn crc(& self) -> u16 { < u16 as ::slotmodel::__private::ViewItem > ::get:: <
    false > (& self.bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[3usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[3usize] + < u16 as ::slotmodel::__private::ViewItem
    > ::SIZE]) } #[doc =
    r" Copies the record into an owned value, releasing the buffer."] #[must_use]
    #[allow(clippy::should_implement_trait, reason =
    "the explicit copy that detaches from the buffer")] pub fn to_owned(& self) -> Frame
    { Frame { magic : < [u8; 4] as ::slotmodel::__private::ViewItem > ::read:: < true >
    (& self.bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[0usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[0usize] + < [u8; 4] as
    ::slotmodel::__private::ViewItem > ::SIZE]), length : < u32 as
    ::slotmodel::__private::ViewItem > ::read:: < true > (& self
    .bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[1usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[1usize] + < u32 as ::slotmodel::__private::ViewItem
    > ::SIZE]), hops : < u8 as ::slotmodel::__private::ViewItem > ::read:: < true > (&
    self.bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[2usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[2usize] + < u8 as ::slotmodel::__private::ViewItem
    > ::SIZE]), crc : < u16 as ::slotmodel::__private::ViewItem > ::read:: < false > (&
    self.bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[3usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[3usize] + < u16 as ::slotmodel::__private::ViewItem
    > ::SIZE]) } } }, mut_fns = { #[doc = "The `magic` field, read from the buffer."]
    #[must_use] #[inline] pub fn magic(& self) -> & '_[u8; 4] { self.as_view().magic() }
    #[doc = "The `length` field, read from the buffer."] #[must_use] #[inline] pub fn
    length(& self) -> u32 { self.as_view().length() } #[doc =
    "The `hops` field, read from the buffer."] #[must_use] #[inline] pub fn hops(& self)
    -> u8 { self.as_view().hops() } #[doc = "The `crc` field, read from the buffer."]
    #[must_use] #[inline] pub fn crc(& self) -> u16 { self.as_view().crc() } #[doc =
    "Writes the `magic` field in place."] #[inline] pub fn set_magic(& mut self, value :
    [u8; 4]) { < [u8; 4] as ::slotmodel::__private::ViewItem > ::write:: < true > (&
    value, & mut self.bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[0usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[0usize] + < [u8; 4] as
    ::slotmodel::__private::ViewItem > ::SIZE]); } #[doc =
    "The `magic` bytes, to modify in place."] #[inline] pub fn magic_mut(& mut self) -> &
    mut [u8; 4] { self.bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[0usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[0usize] + < [u8; 4] as
    ::slotmodel::__private::ViewItem > ::SIZE].first_chunk_mut()
    .expect("a field's slice has the field's size") } #[doc =
    "Writes the `length` field in place."] #[inline] pub fn set_length(& mut self, value
    : u32) { < u32 as ::slotmodel::__private::ViewItem > ::write:: < true > (& value, &
    mut self.bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[1usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[1usize] + < u32 as ::slotmodel::__private::ViewItem
    > ::SIZE]); } #[doc =
    "Writes the `hops` field if the value passes its rules; a refused value leaves the buffer as it was.\n\n# Errors\n\nThe rule the value breaks."]
    pub fn set_hops(& mut self, value : u8) -> ::slotmodel::__private::Result < (),
    ::slotmodel::__private::FieldError > { ::slotmodel::__private::within(& value, 1, 64,
    & ["Frame", "hops"]) ?; < u8 as ::slotmodel::__private::ViewItem > ::write:: < true >
    (& value, & mut self.bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[2usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[2usize] + < u8 as ::slotmodel::__private::ViewItem
    > ::SIZE]); ::slotmodel::__private::Ok(()) } #[doc =
    "Writes the `crc` field in place."] #[inline] pub fn set_crc(& mut self, value : u16)
    { < u16 as ::slotmodel::__private::ViewItem > ::write:: < false > (& value, & mut
    self.bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[3usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[3usize] + < u16 as ::slotmodel::__private::ViewItem
    > ::SIZE]); } }, write = { fn write < const BIG : bool > (& self, __bytes : & mut
    [u8]) { < [u8; 4] as ::slotmodel::__private::ViewItem > ::write:: < true > (& self
    .magic, & mut __bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[0usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[0usize] + < [u8; 4] as
    ::slotmodel::__private::ViewItem > ::SIZE]); < u32 as
    ::slotmodel::__private::ViewItem > ::write:: < true > (& self.length, & mut
    __bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[1usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[1usize] + < u32 as ::slotmodel::__private::ViewItem
    > ::SIZE]); < u8 as ::slotmodel::__private::ViewItem > ::write:: < true > (& self
    .hops, & mut __bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[2usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[2usize] + < u8 as ::slotmodel::__private::ViewItem
    > ::SIZE]); < u16 as ::slotmodel::__private::ViewItem > ::write:: < false > (& self
    .crc, & mut __bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[3usize]
    ..Frame::__SLOTMODEL_VIEW_OFFSETS[3usize] + < u16 as ::slotmodel::__private::ViewItem
    > ::SIZE]); } },
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
