impl Header {
    #[doc(hidden)]
    pub const __SLOTMODEL_VIEW_SIZES: [usize; 2usize] = [
        <Kind as ::slotmodel::__private::ViewItem>::SIZE,
        <i16 as ::slotmodel::__private::ViewItem>::SIZE,
    ];
    #[doc(hidden)]
    pub const __SLOTMODEL_VIEW_OFFSETS: [usize; 2usize] = ::slotmodel::__private::view_offsets(
        Header::__SLOTMODEL_VIEW_SIZES,
        [0, 2],
    );
    #[doc(hidden)]
    pub const __SLOTMODEL_VIEW_SIZE: usize = ::slotmodel::__private::view_end(
        Header::__SLOTMODEL_VIEW_OFFSETS,
        Header::__SLOTMODEL_VIEW_SIZES,
    );
    #[doc(hidden)]
    pub fn __slotmodel_view_check(
        __bytes: &[u8; Header::__SLOTMODEL_VIEW_SIZE],
    ) -> ::slotmodel::__private::Result<(), ::slotmodel::__private::ViewError> {
        <Kind as ::slotmodel::__private::ViewItem>::check::<
            false,
        >(
            &__bytes[Header::__SLOTMODEL_VIEW_OFFSETS[0usize]..Header::__SLOTMODEL_VIEW_OFFSETS[0usize]
                + <Kind as ::slotmodel::__private::ViewItem>::SIZE],
            "Header",
            "kind",
            Header::__SLOTMODEL_VIEW_OFFSETS[0usize],
        )?;
        <i16 as ::slotmodel::__private::ViewItem>::check::<
            false,
        >(
            &__bytes[Header::__SLOTMODEL_VIEW_OFFSETS[1usize]..Header::__SLOTMODEL_VIEW_OFFSETS[1usize]
                + <i16 as ::slotmodel::__private::ViewItem>::SIZE],
            "Header",
            "level",
            Header::__SLOTMODEL_VIEW_OFFSETS[1usize],
        )?;
        {
            let __value = <i16 as ::slotmodel::__private::ViewItem>::read::<
                false,
            >(
                &__bytes[Header::__SLOTMODEL_VIEW_OFFSETS[1usize]..Header::__SLOTMODEL_VIEW_OFFSETS[1usize]
                    + <i16 as ::slotmodel::__private::ViewItem>::SIZE],
            );
            if let ::slotmodel::__private::Err(__refused) = ::slotmodel::__private::within(
                &__value,
                -100,
                100,
                &["Header", "level"],
            ) {
                return ::slotmodel::__private::Err(
                    ::slotmodel::__private::ViewError::invalid(
                        "Header",
                        "level",
                        Header::__SLOTMODEL_VIEW_OFFSETS[1usize],
                        __refused.kind(),
                    ),
                );
            }
        }
        ::slotmodel::__private::Ok(())
    }
}
::slotmodel::__private::view_fixed! {
    vis = [], ident = Header, view = HeaderView, view_mut = HeaderViewMut, docs =
    ["A checked, zero-copy view of a `Header` record in a byte buffer: fields are decoded on access, and the borrow keeps the buffer alive. `HeaderView::new(&bytes)`.",
    "A checked, writable view of a `Header` record: setters encode in place. `HeaderViewMut::new(&mut bytes)`.",
    "This `Header` in the form its view reads, checked as `HeaderView::new` checks it.\n\n# Errors\n\nA field that breaks a rule.",
    "Writes this `Header` at the start of `out` in the form its view reads, and returns the bytes written.\n\n# Errors\n\nAn `out` shorter than the record, or a field that breaks a rule."],
    view_fns = { #[doc = "The `kind` field, read from the buffer."] #[must_use] #[inline]
    pub fn kind(& self) -> < Kind as ::slotmodel::__private::ViewItem > ::Ref < 'a > { <
    Kind as ::slotmodel::__private::ViewItem > ::get:: < false > (& self
    .bytes[Header::__SLOTMODEL_VIEW_OFFSETS[0usize]
    ..Header::__SLOTMODEL_VIEW_OFFSETS[0usize] + < Kind as
    ::slotmodel::__private::ViewItem > ::SIZE]) } #[doc =
    "The `level` field, read from the buffer."] #[must_use] #[inline] pub fn level(&
    self) -> i16 { < i16 as ::slotmodel::__private::ViewItem > ::get:: < false > (& self
    .bytes[Header::__SLOTMODEL_VIEW_OFFSETS[1usize]
    ..Header::__SLOTMODEL_VIEW_OFFSETS[1usize] + < i16 as
    ::slotmodel::__private::ViewItem > ::SIZE]) } #[doc =
    r" Copies the record into an owned value, releasing the buffer."] #[must_use]
    #[allow(clippy::should_implement_trait, reason =
    "the explicit copy that detaches from the buffer")] pub fn to_owned(& self) -> Header
    { Header { kind : < Kind as ::slotmodel::__private::ViewItem > ::read:: < false > (&
    self.bytes[Header::__SLOTMODEL_VIEW_OFFSETS[0usize]
    ..Header::__SLOTMODEL_VIEW_OFFSETS[0usize] + < Kind as
    ::slotmodel::__private::ViewItem > ::SIZE]), level : < i16 as
    ::slotmodel::__private::ViewItem > ::read:: < false > (& self
    .bytes[Header::__SLOTMODEL_VIEW_OFFSETS[1usize]
    ..Header::__SLOTMODEL_VIEW_OFFSETS[1usize] + < i16 as
    ::slotmodel::__private::ViewItem > ::SIZE]) } } }, mut_fns = { #[doc =
    "The `kind` field, read from the buffer."] #[must_use] #[inline] pub fn kind(& self)
    -> < Kind as ::slotmodel::__private::ViewItem > ::Ref < '_ > { self.as_view().kind()
    } #[doc = "The `level` field, read from the buffer."] #[must_use] #[inline] pub fn
    level(& self) -> i16 { self.as_view().level() } #[doc =
    "Writes the `kind` field after checking the encoded value; a refused value leaves the buffer as it was.\n\n# Errors\n\nThe nested field that holds an invalid value."]
    pub fn set_kind(& mut self, value : Kind) -> ::slotmodel::__private::Result < (),
    ::slotmodel::__private::ViewError > { let mut __encoded = [0_u8; < Kind as
    ::slotmodel::__private::ViewItem > ::SIZE]; < Kind as
    ::slotmodel::__private::ViewItem > ::write:: < false > (& value, & mut __encoded); <
    Kind as ::slotmodel::__private::ViewItem > ::check:: < false > (& __encoded,
    "Header", "kind", Header::__SLOTMODEL_VIEW_OFFSETS[0usize]) ?; self
    .bytes[Header::__SLOTMODEL_VIEW_OFFSETS[0usize]
    ..Header::__SLOTMODEL_VIEW_OFFSETS[0usize] + < Kind as
    ::slotmodel::__private::ViewItem > ::SIZE].copy_from_slice(& __encoded);
    ::slotmodel::__private::Ok(()) } #[doc =
    "Writes the `level` field if the value passes its rules; a refused value leaves the buffer as it was.\n\n# Errors\n\nThe rule the value breaks."]
    pub fn set_level(& mut self, value : i16) -> ::slotmodel::__private::Result < (),
    ::slotmodel::__private::FieldError > { ::slotmodel::__private::within(& value, - 100,
    100, & ["Header", "level"]) ?; < i16 as ::slotmodel::__private::ViewItem > ::write::
    < false > (& value, & mut self.bytes[Header::__SLOTMODEL_VIEW_OFFSETS[1usize]
    ..Header::__SLOTMODEL_VIEW_OFFSETS[1usize] + < i16 as
    ::slotmodel::__private::ViewItem > ::SIZE]); ::slotmodel::__private::Ok(()) } },
    write = { fn write < const BIG : bool > (& self, __bytes : & mut [u8]) { < Kind as
    ::slotmodel::__private::ViewItem > ::write:: < false > (& self.kind, & mut
    __bytes[Header::__SLOTMODEL_VIEW_OFFSETS[0usize]
    ..Header::__SLOTMODEL_VIEW_OFFSETS[0usize] + < Kind as
    ::slotmodel::__private::ViewItem > ::SIZE]); < i16 as
    ::slotmodel::__private::ViewItem > ::write:: < false > (& self.level, & mut
    __bytes[Header::__SLOTMODEL_VIEW_OFFSETS[1usize]
    ..Header::__SLOTMODEL_VIEW_OFFSETS[1usize] + < i16 as
    ::slotmodel::__private::ViewItem > ::SIZE]); } },
}
#[automatically_derived]
impl ::core::fmt::Debug for HeaderView<'_> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct(::core::stringify!(HeaderView))
            .field("kind", &self.kind())
            .field("level", &self.level())
            .finish()
    }
}
