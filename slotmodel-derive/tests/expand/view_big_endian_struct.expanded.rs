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
#[automatically_derived]
impl ::slotmodel::__private::ViewItem for Frame {
    const SIZE: usize = Frame::__SLOTMODEL_VIEW_SIZE;
    type Ref<'a> = FrameView<'a>;
    fn get<const BIG: bool>(__bytes: &[u8]) -> FrameView<'_> {
        FrameView {
            bytes: __bytes.first_chunk().expect("a field's slice has the field's size"),
        }
    }
    fn read<const BIG: bool>(__bytes: &[u8]) -> Self {
        Self::get::<BIG>(__bytes).to_owned()
    }
    fn write<const BIG: bool>(&self, __bytes: &mut [u8]) {
        <[u8; 4] as ::slotmodel::__private::ViewItem>::write::<
            true,
        >(
            &self.magic,
            &mut __bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[0usize]..Frame::__SLOTMODEL_VIEW_OFFSETS[0usize]
                + <[u8; 4] as ::slotmodel::__private::ViewItem>::SIZE],
        );
        <u32 as ::slotmodel::__private::ViewItem>::write::<
            true,
        >(
            &self.length,
            &mut __bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[1usize]..Frame::__SLOTMODEL_VIEW_OFFSETS[1usize]
                + <u32 as ::slotmodel::__private::ViewItem>::SIZE],
        );
        <u8 as ::slotmodel::__private::ViewItem>::write::<
            true,
        >(
            &self.hops,
            &mut __bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[2usize]..Frame::__SLOTMODEL_VIEW_OFFSETS[2usize]
                + <u8 as ::slotmodel::__private::ViewItem>::SIZE],
        );
        <u16 as ::slotmodel::__private::ViewItem>::write::<
            false,
        >(
            &self.crc,
            &mut __bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[3usize]..Frame::__SLOTMODEL_VIEW_OFFSETS[3usize]
                + <u16 as ::slotmodel::__private::ViewItem>::SIZE],
        );
    }
    fn check<const BIG: bool>(
        __bytes: &[u8],
        type_name: &'static str,
        field: &'static str,
        offset: usize,
    ) -> ::slotmodel::__private::Result<(), ::slotmodel::__private::ViewError> {
        match __bytes.first_chunk() {
            ::slotmodel::__private::Some(record) => {
                Frame::__slotmodel_view_check(record)
                    .map_err(|e| e.nested(type_name, field, offset))
            }
            ::slotmodel::__private::None => {
                ::slotmodel::__private::Err(
                    ::slotmodel::__private::ViewError::length(
                        type_name,
                        Frame::__SLOTMODEL_VIEW_SIZE,
                        __bytes.len(),
                    ),
                )
            }
        }
    }
}
///A checked, zero-copy view of a `Frame` record in a byte buffer: fields are decoded on access, and the borrow keeps the buffer alive. `FrameView::new(&bytes)`.
#[derive(::core::clone::Clone, ::core::marker::Copy)]
struct FrameView<'a> {
    bytes: &'a [u8; Frame::__SLOTMODEL_VIEW_SIZE],
}
impl<'a> FrameView<'a> {
    /// Bytes per record.
    pub const SIZE: usize = Frame::__SLOTMODEL_VIEW_SIZE;
    /// Checks `bytes` (exactly one record) and views it.
    ///
    /// # Errors
    ///
    /// A length other than `SIZE`, or a field holding an invalid value.
    pub fn new(
        bytes: &'a [u8],
    ) -> ::slotmodel::__private::Result<Self, ::slotmodel::__private::ViewError> {
        match bytes.first_chunk() {
            ::slotmodel::__private::Some(
                record,
            ) if bytes.len() == Frame::__SLOTMODEL_VIEW_SIZE => Self::from_array(record),
            _ => {
                ::slotmodel::__private::Err(
                    ::slotmodel::__private::ViewError::length(
                        "Frame",
                        Frame::__SLOTMODEL_VIEW_SIZE,
                        bytes.len(),
                    ),
                )
            }
        }
    }
    /// Checks a record of the exact size and views it.
    ///
    /// # Errors
    ///
    /// A field holding an invalid value.
    pub fn from_array(
        bytes: &'a [u8; Frame::__SLOTMODEL_VIEW_SIZE],
    ) -> ::slotmodel::__private::Result<Self, ::slotmodel::__private::ViewError> {
        Frame::__slotmodel_view_check(bytes)?;
        ::slotmodel::__private::Ok(FrameView { bytes })
    }
    /// Views the record at the start of `bytes` and returns the rest.
    ///
    /// # Errors
    ///
    /// Fewer than `SIZE` bytes, or a field holding an invalid value.
    pub fn new_prefix(
        bytes: &'a [u8],
    ) -> ::slotmodel::__private::Result<
        (Self, &'a [u8]),
        ::slotmodel::__private::ViewError,
    > {
        match bytes.split_first_chunk() {
            ::slotmodel::__private::Some((record, rest)) => {
                ::slotmodel::__private::Ok((Self::from_array(record)?, rest))
            }
            ::slotmodel::__private::None => {
                ::slotmodel::__private::Err(
                    ::slotmodel::__private::ViewError::length(
                        "Frame",
                        Frame::__SLOTMODEL_VIEW_SIZE,
                        bytes.len(),
                    ),
                )
            }
        }
    }
    /// The consecutive records of `bytes`, each checked and viewed in place.
    #[must_use]
    pub fn records(bytes: &'a [u8]) -> ::slotmodel::__private::Records<'a, Self> {
        ::slotmodel::__private::Records::new(bytes)
    }
    /// A table of the records of `bytes`, every one checked now, then read by position.
    ///
    /// # Errors
    ///
    /// A length that is not a whole number of records, or the first invalid record.
    pub fn slice(
        bytes: &'a [u8],
    ) -> ::slotmodel::__private::Result<
        ::slotmodel::__private::ViewTable<'a, Self>,
        ::slotmodel::__private::ViewError,
    > {
        ::slotmodel::__private::ViewTable::new(bytes)
    }
    /// The record's bytes.
    #[must_use]
    pub fn as_bytes(&self) -> &'a [u8; Frame::__SLOTMODEL_VIEW_SIZE] {
        self.bytes
    }
    /// Copies the record into an owned value, releasing the buffer.
    #[must_use]
    #[allow(
        clippy::should_implement_trait,
        reason = "the explicit copy that detaches from the buffer"
    )]
    pub fn to_owned(&self) -> Frame {
        Frame {
            magic: <[u8; 4] as ::slotmodel::__private::ViewItem>::read::<
                true,
            >(
                &self
                    .bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[0usize]..Frame::__SLOTMODEL_VIEW_OFFSETS[0usize]
                    + <[u8; 4] as ::slotmodel::__private::ViewItem>::SIZE],
            ),
            length: <u32 as ::slotmodel::__private::ViewItem>::read::<
                true,
            >(
                &self
                    .bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[1usize]..Frame::__SLOTMODEL_VIEW_OFFSETS[1usize]
                    + <u32 as ::slotmodel::__private::ViewItem>::SIZE],
            ),
            hops: <u8 as ::slotmodel::__private::ViewItem>::read::<
                true,
            >(
                &self
                    .bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[2usize]..Frame::__SLOTMODEL_VIEW_OFFSETS[2usize]
                    + <u8 as ::slotmodel::__private::ViewItem>::SIZE],
            ),
            crc: <u16 as ::slotmodel::__private::ViewItem>::read::<
                false,
            >(
                &self
                    .bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[3usize]..Frame::__SLOTMODEL_VIEW_OFFSETS[3usize]
                    + <u16 as ::slotmodel::__private::ViewItem>::SIZE],
            ),
        }
    }
    ///The `magic` field, read from the buffer.
    #[must_use]
    #[inline]
    pub fn magic(&self) -> &'a [u8; 4] {
        <[u8; 4] as ::slotmodel::__private::ViewItem>::get::<
            true,
        >(
            &self
                .bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[0usize]..Frame::__SLOTMODEL_VIEW_OFFSETS[0usize]
                + <[u8; 4] as ::slotmodel::__private::ViewItem>::SIZE],
        )
    }
    ///The `length` field, read from the buffer.
    #[must_use]
    #[inline]
    pub fn length(&self) -> u32 {
        <u32 as ::slotmodel::__private::ViewItem>::get::<
            true,
        >(
            &self
                .bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[1usize]..Frame::__SLOTMODEL_VIEW_OFFSETS[1usize]
                + <u32 as ::slotmodel::__private::ViewItem>::SIZE],
        )
    }
    ///The `hops` field, read from the buffer.
    #[must_use]
    #[inline]
    pub fn hops(&self) -> u8 {
        <u8 as ::slotmodel::__private::ViewItem>::get::<
            true,
        >(
            &self
                .bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[2usize]..Frame::__SLOTMODEL_VIEW_OFFSETS[2usize]
                + <u8 as ::slotmodel::__private::ViewItem>::SIZE],
        )
    }
    ///The `crc` field, read from the buffer.
    #[must_use]
    #[inline]
    pub fn crc(&self) -> u16 {
        <u16 as ::slotmodel::__private::ViewItem>::get::<
            false,
        >(
            &self
                .bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[3usize]..Frame::__SLOTMODEL_VIEW_OFFSETS[3usize]
                + <u16 as ::slotmodel::__private::ViewItem>::SIZE],
        )
    }
}
#[automatically_derived]
impl<'a> ::slotmodel::__private::RecordView<'a> for FrameView<'a> {
    const SIZE: usize = Frame::__SLOTMODEL_VIEW_SIZE;
    const NAME: &'static str = "Frame";
    fn from_checked(bytes: &'a [u8]) -> Self {
        FrameView {
            bytes: bytes.first_chunk().expect("a record's slice has the record's size"),
        }
    }
    fn from_record(
        bytes: &'a [u8],
    ) -> ::slotmodel::__private::Result<Self, ::slotmodel::__private::ViewError> {
        Self::new(bytes)
    }
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
///A checked, writable view of a `Frame` record: setters encode in place. `FrameViewMut::new(&mut bytes)`.
struct FrameViewMut<'a> {
    bytes: &'a mut [u8; Frame::__SLOTMODEL_VIEW_SIZE],
}
impl<'a> FrameViewMut<'a> {
    /// Bytes per record.
    pub const SIZE: usize = Frame::__SLOTMODEL_VIEW_SIZE;
    /// Checks `bytes` (exactly one record) and views it for writing.
    ///
    /// # Errors
    ///
    /// A length other than `SIZE`, or a field holding an invalid value.
    pub fn new(
        bytes: &'a mut [u8],
    ) -> ::slotmodel::__private::Result<Self, ::slotmodel::__private::ViewError> {
        let given = bytes.len();
        match bytes.first_chunk_mut() {
            ::slotmodel::__private::Some(
                record,
            ) if given == Frame::__SLOTMODEL_VIEW_SIZE => {
                Frame::__slotmodel_view_check(record)?;
                ::slotmodel::__private::Ok(FrameViewMut { bytes: record })
            }
            _ => {
                ::slotmodel::__private::Err(
                    ::slotmodel::__private::ViewError::length(
                        "Frame",
                        Frame::__SLOTMODEL_VIEW_SIZE,
                        given,
                    ),
                )
            }
        }
    }
    /// A read-only view of the same record.
    #[must_use]
    pub fn as_view(&self) -> FrameView<'_> {
        FrameView { bytes: self.bytes }
    }
    /// The record's bytes.
    #[must_use]
    pub fn as_bytes(&self) -> &[u8; Frame::__SLOTMODEL_VIEW_SIZE] {
        self.bytes
    }
    ///The `magic` field, read from the buffer.
    #[must_use]
    #[inline]
    pub fn magic(&self) -> &'_ [u8; 4] {
        self.as_view().magic()
    }
    ///The `length` field, read from the buffer.
    #[must_use]
    #[inline]
    pub fn length(&self) -> u32 {
        self.as_view().length()
    }
    ///The `hops` field, read from the buffer.
    #[must_use]
    #[inline]
    pub fn hops(&self) -> u8 {
        self.as_view().hops()
    }
    ///The `crc` field, read from the buffer.
    #[must_use]
    #[inline]
    pub fn crc(&self) -> u16 {
        self.as_view().crc()
    }
    ///Writes the `magic` field in place.
    #[inline]
    pub fn set_magic(&mut self, value: [u8; 4]) {
        <[u8; 4] as ::slotmodel::__private::ViewItem>::write::<
            true,
        >(
            &value,
            &mut self
                .bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[0usize]..Frame::__SLOTMODEL_VIEW_OFFSETS[0usize]
                + <[u8; 4] as ::slotmodel::__private::ViewItem>::SIZE],
        );
    }
    ///The `magic` bytes, to modify in place.
    #[inline]
    pub fn magic_mut(&mut self) -> &mut [u8; 4] {
        self.bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[0usize]..Frame::__SLOTMODEL_VIEW_OFFSETS[0usize]
                + <[u8; 4] as ::slotmodel::__private::ViewItem>::SIZE]
            .first_chunk_mut()
            .expect("a field's slice has the field's size")
    }
    ///Writes the `length` field in place.
    #[inline]
    pub fn set_length(&mut self, value: u32) {
        <u32 as ::slotmodel::__private::ViewItem>::write::<
            true,
        >(
            &value,
            &mut self
                .bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[1usize]..Frame::__SLOTMODEL_VIEW_OFFSETS[1usize]
                + <u32 as ::slotmodel::__private::ViewItem>::SIZE],
        );
    }
    /**Writes the `hops` field if the value passes its rules; a refused value leaves the buffer as it was.

# Errors

The rule the value breaks.*/
    pub fn set_hops(
        &mut self,
        value: u8,
    ) -> ::slotmodel::__private::Result<(), ::slotmodel::__private::FieldError> {
        ::slotmodel::__private::within(&value, 1, 64, &["Frame", "hops"])?;
        <u8 as ::slotmodel::__private::ViewItem>::write::<
            true,
        >(
            &value,
            &mut self
                .bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[2usize]..Frame::__SLOTMODEL_VIEW_OFFSETS[2usize]
                + <u8 as ::slotmodel::__private::ViewItem>::SIZE],
        );
        ::slotmodel::__private::Ok(())
    }
    ///Writes the `crc` field in place.
    #[inline]
    pub fn set_crc(&mut self, value: u16) {
        <u16 as ::slotmodel::__private::ViewItem>::write::<
            false,
        >(
            &value,
            &mut self
                .bytes[Frame::__SLOTMODEL_VIEW_OFFSETS[3usize]..Frame::__SLOTMODEL_VIEW_OFFSETS[3usize]
                + <u16 as ::slotmodel::__private::ViewItem>::SIZE],
        );
    }
}
#[automatically_derived]
impl ::core::fmt::Debug for FrameViewMut<'_> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::fmt::Debug::fmt(&self.as_view(), f)
    }
}
impl Frame {
    /// Bytes this record takes in the form its view reads: always `SIZE`.
    #[must_use]
    pub fn view_len(&self) -> usize {
        Frame::__SLOTMODEL_VIEW_SIZE
    }
    /**This `Frame` in the form its view reads, checked as `FrameView::new` checks it.

# Errors

A field that breaks a rule.*/
    pub fn to_bytes(
        &self,
    ) -> ::slotmodel::__private::Result<
        [u8; Frame::__SLOTMODEL_VIEW_SIZE],
        ::slotmodel::__private::ViewError,
    > {
        let mut __bytes = [0_u8; Frame::__SLOTMODEL_VIEW_SIZE];
        <Self as ::slotmodel::__private::ViewItem>::write::<false>(self, &mut __bytes);
        Frame::__slotmodel_view_check(&__bytes)?;
        ::slotmodel::__private::Ok(__bytes)
    }
    /**Writes this `Frame` at the start of `out` in the form its view reads, and returns the bytes written.

# Errors

An `out` shorter than the record, or a field that breaks a rule.*/
    pub fn write_to(
        &self,
        out: &mut [u8],
    ) -> ::slotmodel::__private::Result<usize, ::slotmodel::__private::ViewError> {
        let __given = out.len();
        let ::slotmodel::__private::Some(__out) = out
            .first_chunk_mut::<{ Frame::__SLOTMODEL_VIEW_SIZE }>() else {
            return ::slotmodel::__private::Err(
                ::slotmodel::__private::ViewError::length(
                    "Frame",
                    Frame::__SLOTMODEL_VIEW_SIZE,
                    __given,
                ),
            );
        };
        *__out = self.to_bytes()?;
        ::slotmodel::__private::Ok(Frame::__SLOTMODEL_VIEW_SIZE)
    }
}
