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
#[automatically_derived]
impl ::slotmodel::__private::ViewItem for Header {
    const SIZE: usize = Header::__SLOTMODEL_VIEW_SIZE;
    type Ref<'a> = HeaderView<'a>;
    fn get<const BIG: bool>(__bytes: &[u8]) -> HeaderView<'_> {
        HeaderView {
            bytes: __bytes.first_chunk().expect("a field's slice has the field's size"),
        }
    }
    fn read<const BIG: bool>(__bytes: &[u8]) -> Self {
        Self::get::<BIG>(__bytes).to_owned()
    }
    fn write<const BIG: bool>(&self, __bytes: &mut [u8]) {
        <Kind as ::slotmodel::__private::ViewItem>::write::<
            false,
        >(
            &self.kind,
            &mut __bytes[Header::__SLOTMODEL_VIEW_OFFSETS[0usize]..Header::__SLOTMODEL_VIEW_OFFSETS[0usize]
                + <Kind as ::slotmodel::__private::ViewItem>::SIZE],
        );
        <i16 as ::slotmodel::__private::ViewItem>::write::<
            false,
        >(
            &self.level,
            &mut __bytes[Header::__SLOTMODEL_VIEW_OFFSETS[1usize]..Header::__SLOTMODEL_VIEW_OFFSETS[1usize]
                + <i16 as ::slotmodel::__private::ViewItem>::SIZE],
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
                Header::__slotmodel_view_check(record)
                    .map_err(|e| e.nested(type_name, field, offset))
            }
            ::slotmodel::__private::None => {
                ::slotmodel::__private::Err(
                    ::slotmodel::__private::ViewError::length(
                        type_name,
                        Header::__SLOTMODEL_VIEW_SIZE,
                        __bytes.len(),
                    ),
                )
            }
        }
    }
}
///A checked, zero-copy view of a `Header` record in a byte buffer: fields are decoded on access, and the borrow keeps the buffer alive. `HeaderView::new(&bytes)`.
#[derive(::core::clone::Clone, ::core::marker::Copy)]
struct HeaderView<'a> {
    bytes: &'a [u8; Header::__SLOTMODEL_VIEW_SIZE],
}
impl<'a> HeaderView<'a> {
    /// Bytes per record.
    pub const SIZE: usize = Header::__SLOTMODEL_VIEW_SIZE;
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
            ) if bytes.len() == Header::__SLOTMODEL_VIEW_SIZE => Self::from_array(record),
            _ => {
                ::slotmodel::__private::Err(
                    ::slotmodel::__private::ViewError::length(
                        "Header",
                        Header::__SLOTMODEL_VIEW_SIZE,
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
        bytes: &'a [u8; Header::__SLOTMODEL_VIEW_SIZE],
    ) -> ::slotmodel::__private::Result<Self, ::slotmodel::__private::ViewError> {
        Header::__slotmodel_view_check(bytes)?;
        ::slotmodel::__private::Ok(HeaderView { bytes })
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
                        "Header",
                        Header::__SLOTMODEL_VIEW_SIZE,
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
    pub fn as_bytes(&self) -> &'a [u8; Header::__SLOTMODEL_VIEW_SIZE] {
        self.bytes
    }
    /// Copies the record into an owned value, releasing the buffer.
    #[must_use]
    #[allow(
        clippy::should_implement_trait,
        reason = "the explicit copy that detaches from the buffer"
    )]
    pub fn to_owned(&self) -> Header {
        Header {
            kind: <Kind as ::slotmodel::__private::ViewItem>::read::<
                false,
            >(
                &self
                    .bytes[Header::__SLOTMODEL_VIEW_OFFSETS[0usize]..Header::__SLOTMODEL_VIEW_OFFSETS[0usize]
                    + <Kind as ::slotmodel::__private::ViewItem>::SIZE],
            ),
            level: <i16 as ::slotmodel::__private::ViewItem>::read::<
                false,
            >(
                &self
                    .bytes[Header::__SLOTMODEL_VIEW_OFFSETS[1usize]..Header::__SLOTMODEL_VIEW_OFFSETS[1usize]
                    + <i16 as ::slotmodel::__private::ViewItem>::SIZE],
            ),
        }
    }
    ///The `kind` field, read from the buffer.
    #[must_use]
    #[inline]
    pub fn kind(&self) -> <Kind as ::slotmodel::__private::ViewItem>::Ref<'a> {
        <Kind as ::slotmodel::__private::ViewItem>::get::<
            false,
        >(
            &self
                .bytes[Header::__SLOTMODEL_VIEW_OFFSETS[0usize]..Header::__SLOTMODEL_VIEW_OFFSETS[0usize]
                + <Kind as ::slotmodel::__private::ViewItem>::SIZE],
        )
    }
    ///The `level` field, read from the buffer.
    #[must_use]
    #[inline]
    pub fn level(&self) -> i16 {
        <i16 as ::slotmodel::__private::ViewItem>::get::<
            false,
        >(
            &self
                .bytes[Header::__SLOTMODEL_VIEW_OFFSETS[1usize]..Header::__SLOTMODEL_VIEW_OFFSETS[1usize]
                + <i16 as ::slotmodel::__private::ViewItem>::SIZE],
        )
    }
}
#[automatically_derived]
impl<'a> ::slotmodel::__private::RecordView<'a> for HeaderView<'a> {
    const SIZE: usize = Header::__SLOTMODEL_VIEW_SIZE;
    const NAME: &'static str = "Header";
    fn from_checked(bytes: &'a [u8]) -> Self {
        HeaderView {
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
impl ::core::fmt::Debug for HeaderView<'_> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct(::core::stringify!(HeaderView))
            .field("kind", &self.kind())
            .field("level", &self.level())
            .finish()
    }
}
///A checked, writable view of a `Header` record: setters encode in place. `HeaderViewMut::new(&mut bytes)`.
struct HeaderViewMut<'a> {
    bytes: &'a mut [u8; Header::__SLOTMODEL_VIEW_SIZE],
}
impl<'a> HeaderViewMut<'a> {
    /// Bytes per record.
    pub const SIZE: usize = Header::__SLOTMODEL_VIEW_SIZE;
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
            ) if given == Header::__SLOTMODEL_VIEW_SIZE => {
                Header::__slotmodel_view_check(record)?;
                ::slotmodel::__private::Ok(HeaderViewMut { bytes: record })
            }
            _ => {
                ::slotmodel::__private::Err(
                    ::slotmodel::__private::ViewError::length(
                        "Header",
                        Header::__SLOTMODEL_VIEW_SIZE,
                        given,
                    ),
                )
            }
        }
    }
    /// A read-only view of the same record.
    #[must_use]
    pub fn as_view(&self) -> HeaderView<'_> {
        HeaderView { bytes: self.bytes }
    }
    /// The record's bytes.
    #[must_use]
    pub fn as_bytes(&self) -> &[u8; Header::__SLOTMODEL_VIEW_SIZE] {
        self.bytes
    }
    ///The `kind` field, read from the buffer.
    #[must_use]
    #[inline]
    pub fn kind(&self) -> <Kind as ::slotmodel::__private::ViewItem>::Ref<'_> {
        self.as_view().kind()
    }
    ///The `level` field, read from the buffer.
    #[must_use]
    #[inline]
    pub fn level(&self) -> i16 {
        self.as_view().level()
    }
    /**Writes the `kind` field after checking the encoded value; a refused value leaves the buffer as it was.

# Errors

The nested field that holds an invalid value.*/
    pub fn set_kind(
        &mut self,
        value: Kind,
    ) -> ::slotmodel::__private::Result<(), ::slotmodel::__private::ViewError> {
        let mut __encoded = [0_u8; <Kind as ::slotmodel::__private::ViewItem>::SIZE];
        <Kind as ::slotmodel::__private::ViewItem>::write::<
            false,
        >(&value, &mut __encoded);
        <Kind as ::slotmodel::__private::ViewItem>::check::<
            false,
        >(&__encoded, "Header", "kind", Header::__SLOTMODEL_VIEW_OFFSETS[0usize])?;
        self.bytes[Header::__SLOTMODEL_VIEW_OFFSETS[0usize]..Header::__SLOTMODEL_VIEW_OFFSETS[0usize]
                + <Kind as ::slotmodel::__private::ViewItem>::SIZE]
            .copy_from_slice(&__encoded);
        ::slotmodel::__private::Ok(())
    }
    /**Writes the `level` field if the value passes its rules; a refused value leaves the buffer as it was.

# Errors

The rule the value breaks.*/
    pub fn set_level(
        &mut self,
        value: i16,
    ) -> ::slotmodel::__private::Result<(), ::slotmodel::__private::FieldError> {
        ::slotmodel::__private::within(&value, -100, 100, &["Header", "level"])?;
        <i16 as ::slotmodel::__private::ViewItem>::write::<
            false,
        >(
            &value,
            &mut self
                .bytes[Header::__SLOTMODEL_VIEW_OFFSETS[1usize]..Header::__SLOTMODEL_VIEW_OFFSETS[1usize]
                + <i16 as ::slotmodel::__private::ViewItem>::SIZE],
        );
        ::slotmodel::__private::Ok(())
    }
}
#[automatically_derived]
impl ::core::fmt::Debug for HeaderViewMut<'_> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::fmt::Debug::fmt(&self.as_view(), f)
    }
}
impl Header {
    /// Bytes this record takes in the form its view reads: always `SIZE`.
    #[must_use]
    pub fn view_len(&self) -> usize {
        Header::__SLOTMODEL_VIEW_SIZE
    }
    /**This `Header` in the form its view reads, checked as `HeaderView::new` checks it.

# Errors

A field that breaks a rule.*/
    pub fn to_bytes(
        &self,
    ) -> ::slotmodel::__private::Result<
        [u8; Header::__SLOTMODEL_VIEW_SIZE],
        ::slotmodel::__private::ViewError,
    > {
        let mut __bytes = [0_u8; Header::__SLOTMODEL_VIEW_SIZE];
        <Self as ::slotmodel::__private::ViewItem>::write::<false>(self, &mut __bytes);
        Header::__slotmodel_view_check(&__bytes)?;
        ::slotmodel::__private::Ok(__bytes)
    }
    /**Writes this `Header` at the start of `out` in the form its view reads, and returns the bytes written.

# Errors

An `out` shorter than the record, or a field that breaks a rule.*/
    pub fn write_to(
        &self,
        out: &mut [u8],
    ) -> ::slotmodel::__private::Result<usize, ::slotmodel::__private::ViewError> {
        let __given = out.len();
        let ::slotmodel::__private::Some(__out) = out
            .first_chunk_mut::<{ Header::__SLOTMODEL_VIEW_SIZE }>() else {
            return ::slotmodel::__private::Err(
                ::slotmodel::__private::ViewError::length(
                    "Header",
                    Header::__SLOTMODEL_VIEW_SIZE,
                    __given,
                ),
            );
        };
        *__out = self.to_bytes()?;
        ::slotmodel::__private::Ok(Header::__SLOTMODEL_VIEW_SIZE)
    }
}
