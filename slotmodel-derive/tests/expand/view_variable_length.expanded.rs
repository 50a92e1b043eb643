impl Chunk {
    /// Checks a record at the start of `__bytes`: where each field starts, then where
    /// the record ends.
    #[doc(hidden)]
    pub fn __slotmodel_view_layout(
        __bytes: &[u8],
    ) -> ::slotmodel::__private::Result<
        [usize; 4usize + 1],
        ::slotmodel::__private::ViewError,
    > {
        let mut __offsets = [0_usize; 4usize + 1];
        let mut __at = 0_usize;
        __at += 0_usize;
        __offsets[0usize] = __at;
        {
            let __size = <u32 as ::slotmodel::__private::ViewItem>::SIZE;
            let __count = 1_usize;
            let __end = ::slotmodel::__private::view_run_end(
                __at,
                __count,
                __size,
                __bytes.len(),
                "Chunk",
                "length",
            )?;
            for __k in 0..__count {
                let __field = &__bytes[__at + __k * __size..__at + (__k + 1) * __size];
                <u32 as ::slotmodel::__private::ViewItem>::check::<
                    true,
                >(__field, "Chunk", "length", __at + __k * __size)?;
            }
            __at = __end;
        }
        __at += 0_usize;
        __offsets[1usize] = __at;
        {
            let __size = <[u8; 4] as ::slotmodel::__private::ViewItem>::SIZE;
            let __count = 1_usize;
            let __end = ::slotmodel::__private::view_run_end(
                __at,
                __count,
                __size,
                __bytes.len(),
                "Chunk",
                "kind",
            )?;
            for __k in 0..__count {
                let __field = &__bytes[__at + __k * __size..__at + (__k + 1) * __size];
                <[u8; 4] as ::slotmodel::__private::ViewItem>::check::<
                    true,
                >(__field, "Chunk", "kind", __at + __k * __size)?;
            }
            __at = __end;
        }
        __at += 0_usize;
        __offsets[2usize] = __at;
        __at = ::slotmodel::__private::view_run_end(
            __at,
            ::slotmodel::__private::view_count(
                <u32 as ::slotmodel::__private::ViewItem>::read::<
                    true,
                >(
                    &__bytes[__offsets[0usize]..__offsets[0usize]
                        + <u32 as ::slotmodel::__private::ViewItem>::SIZE],
                ),
                "Chunk",
                "length",
                __offsets[0usize],
            )?,
            1,
            __bytes.len(),
            "Chunk",
            "data",
        )?;
        __at += 2;
        __offsets[3usize] = __at;
        {
            let __size = <u32 as ::slotmodel::__private::ViewItem>::SIZE;
            let __count = 1_usize;
            let __end = ::slotmodel::__private::view_run_end(
                __at,
                __count,
                __size,
                __bytes.len(),
                "Chunk",
                "crc",
            )?;
            for __k in 0..__count {
                let __field = &__bytes[__at + __k * __size..__at + (__k + 1) * __size];
                <u32 as ::slotmodel::__private::ViewItem>::check::<
                    true,
                >(__field, "Chunk", "crc", __at + __k * __size)?;
            }
            __at = __end;
        }
        __offsets[4usize] = __at;
        ::slotmodel::__private::Ok(__offsets)
    }
}
///A checked, zero-copy view of a variable-length `Chunk` record in a byte buffer: `new` checks every length and field once, and getters read in place. `ChunkView::new(&bytes)`, or `ChunkView::records(&stream)`.
#[derive(::core::clone::Clone, ::core::marker::Copy)]
pub struct ChunkView<'a> {
    bytes: &'a [u8],
    offsets: [usize; 4usize + 1],
}
impl<'a> ChunkView<'a> {
    /// Checks `bytes` (exactly one record) and views it.
    ///
    /// # Errors
    ///
    /// A field that runs past the end, bytes left after the record, or a field holding
    /// an invalid value.
    pub fn new(
        bytes: &'a [u8],
    ) -> ::slotmodel::__private::Result<Self, ::slotmodel::__private::ViewError> {
        let (view, rest) = Self::new_prefix(bytes)?;
        if rest.is_empty() {
            ::slotmodel::__private::Ok(view)
        } else {
            ::slotmodel::__private::Err(
                ::slotmodel::__private::ViewError::length(
                    "Chunk",
                    view.bytes.len(),
                    bytes.len(),
                ),
            )
        }
    }
    /// Views the record at the start of `bytes` and returns the rest.
    ///
    /// # Errors
    ///
    /// A field that runs past the end, or a field holding an invalid value.
    pub fn new_prefix(
        bytes: &'a [u8],
    ) -> ::slotmodel::__private::Result<
        (Self, &'a [u8]),
        ::slotmodel::__private::ViewError,
    > {
        let offsets = Chunk::__slotmodel_view_layout(bytes)?;
        let (record, rest) = bytes.split_at(offsets[4usize]);
        ::slotmodel::__private::Ok((
            ChunkView {
                bytes: record,
                offsets,
            },
            rest,
        ))
    }
    /// The consecutive records of `bytes`, each checked and viewed in place.
    #[must_use]
    pub fn records(bytes: &'a [u8]) -> ::slotmodel::__private::VarRecords<'a, Self> {
        ::slotmodel::__private::VarRecords::new(bytes)
    }
    /// The record's bytes.
    #[must_use]
    pub fn as_bytes(&self) -> &'a [u8] {
        self.bytes
    }
    /// Copies the record into an owned value, releasing the buffer.
    #[must_use]
    #[allow(
        clippy::should_implement_trait,
        reason = "the explicit copy that detaches from the buffer"
    )]
    pub fn to_owned(&self) -> Chunk {
        Chunk {
            length: <u32 as ::slotmodel::__private::ViewItem>::read::<
                true,
            >(&self.bytes[self.offsets[0usize]..self.offsets[1usize] - 0_usize]),
            kind: <[u8; 4] as ::slotmodel::__private::ViewItem>::read::<
                true,
            >(&self.bytes[self.offsets[1usize]..self.offsets[2usize] - 0_usize]),
            data: self
                .bytes[self.offsets[2usize]..self.offsets[3usize] - 2]
                .chunks_exact(<u8 as ::slotmodel::__private::ViewItem>::SIZE.max(1))
                .map(<u8 as ::slotmodel::__private::ViewItem>::read::<true>)
                .collect(),
            crc: <u32 as ::slotmodel::__private::ViewItem>::read::<
                true,
            >(&self.bytes[self.offsets[3usize]..self.offsets[4usize] - 0_usize]),
        }
    }
    ///The `length` field, read from the buffer.
    #[must_use]
    #[inline]
    pub fn length(&self) -> u32 {
        <u32 as ::slotmodel::__private::ViewItem>::get::<
            true,
        >(&self.bytes[self.offsets[0usize]..self.offsets[1usize] - 0_usize])
    }
    ///The `kind` field, read from the buffer.
    #[must_use]
    #[inline]
    pub fn kind(&self) -> &'a [u8; 4] {
        <[u8; 4] as ::slotmodel::__private::ViewItem>::get::<
            true,
        >(&self.bytes[self.offsets[1usize]..self.offsets[2usize] - 0_usize])
    }
    ///The `data` field, read from the buffer.
    #[must_use]
    #[inline]
    pub fn data(&self) -> &'a [u8] {
        &self.bytes[self.offsets[2usize]..self.offsets[3usize] - 2]
    }
    ///The `crc` field, read from the buffer.
    #[must_use]
    #[inline]
    pub fn crc(&self) -> u32 {
        <u32 as ::slotmodel::__private::ViewItem>::get::<
            true,
        >(&self.bytes[self.offsets[3usize]..self.offsets[4usize] - 0_usize])
    }
}
#[automatically_derived]
impl<'a> ::slotmodel::__private::VarRecordView<'a> for ChunkView<'a> {
    fn from_prefix(
        bytes: &'a [u8],
    ) -> ::slotmodel::__private::Result<
        (Self, &'a [u8]),
        ::slotmodel::__private::ViewError,
    > {
        Self::new_prefix(bytes)
    }
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
impl Chunk {
    ///Bytes this `Chunk` takes in the form its view reads.
    #[must_use]
    pub fn view_len(&self) -> usize {
        0 + 0_usize + <u32 as ::slotmodel::__private::ViewItem>::SIZE + 0_usize
            + <[u8; 4] as ::slotmodel::__private::ViewItem>::SIZE + 0_usize
            + self.data.len() * <u8 as ::slotmodel::__private::ViewItem>::SIZE + 2
            + <u32 as ::slotmodel::__private::ViewItem>::SIZE
    }
    /**Writes this `Chunk` at the start of `out` in the form its view reads, and returns the bytes written. The written record is checked as `ChunkView::new` checks it, so a length field that disagrees with its `Vec`, or a field that breaks a rule, is an error.

# Errors

An `out` shorter than `view_len()`, or a record its view would refuse.*/
    pub fn write_to(
        &self,
        out: &mut [u8],
    ) -> ::slotmodel::__private::Result<usize, ::slotmodel::__private::ViewError> {
        let __len = self.view_len();
        let __given = out.len();
        let ::slotmodel::__private::Some(__out) = out.get_mut(..__len) else {
            return ::slotmodel::__private::Err(
                ::slotmodel::__private::ViewError::length("Chunk", __len, __given),
            );
        };
        let mut __at = 0_usize;
        __out[__at..__at + 0_usize].fill(0);
        __at += 0_usize;
        let __size = <u32 as ::slotmodel::__private::ViewItem>::SIZE;
        <u32 as ::slotmodel::__private::ViewItem>::write::<
            true,
        >(&self.length, &mut __out[__at..__at + __size]);
        __at += __size;
        __out[__at..__at + 0_usize].fill(0);
        __at += 0_usize;
        let __size = <[u8; 4] as ::slotmodel::__private::ViewItem>::SIZE;
        <[u8; 4] as ::slotmodel::__private::ViewItem>::write::<
            true,
        >(&self.kind, &mut __out[__at..__at + __size]);
        __at += __size;
        __out[__at..__at + 0_usize].fill(0);
        __at += 0_usize;
        for __value in &self.data {
            let __size = <u8 as ::slotmodel::__private::ViewItem>::SIZE;
            <u8 as ::slotmodel::__private::ViewItem>::write::<
                true,
            >(__value, &mut __out[__at..__at + __size]);
            __at += __size;
        }
        __out[__at..__at + 2].fill(0);
        __at += 2;
        let __size = <u32 as ::slotmodel::__private::ViewItem>::SIZE;
        <u32 as ::slotmodel::__private::ViewItem>::write::<
            true,
        >(&self.crc, &mut __out[__at..__at + __size]);
        __at += __size;
        let __offsets = Chunk::__slotmodel_view_layout(__out)?;
        if __offsets[4usize] == __len {
            ::slotmodel::__private::Ok(__len)
        } else {
            ::slotmodel::__private::Err(
                ::slotmodel::__private::ViewError::length(
                    "Chunk",
                    __offsets[4usize],
                    __len,
                ),
            )
        }
    }
}
