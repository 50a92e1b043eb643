#![feature(prelude_import)]
//! One small type per derive. `slotmodel-derive/tests/expand_full.rs` expands this crate with
//! `-Zunpretty=expanded` and compares the result with a snapshot, so a change to the code the
//! derives generate, or to a runtime `macro_rules!` helper it calls, shows as a diff.
extern crate std;
#[prelude_import]
use std::prelude::rust_2021::*;

use slotmodel::{Compact, Validate, View};

/// `#[derive(Validate)]`: a range and a length.
pub struct Account {
    #[bounded(1..=120)]
    age: u8,
    #[bounded(len = 1..=16)]
    name: String,
}
#[automatically_derived]
impl ::slotmodel::__private01::Validate for Account {
    fn validate(&self)
        ->
            ::slotmodel::__private01::Result<(),
            ::slotmodel::__private01::ValidationErrors> {
        let mut __errors =
            ::slotmodel::__private01::Collector::new("Account");
        __errors.within_run(Self::FIELDS, 0, &[self.age]);
        __errors.field(::slotmodel::__private01::length(&self.name,
                ::slotmodel::__private01::LengthUnit::Chars,
                ::slotmodel::__private01::Some(1),
                ::slotmodel::__private01::Some(16), true,
                &["Account", "name"]));
        __errors.finish()
    }
}
#[allow(clippy::too_many_arguments, clippy::len_without_is_empty, reason =
"one constructor argument per field, one getter named after each")]
impl Account {
    #[doc = "The fields of `Account` and their rules, in order."]
    pub const FIELDS: &'static [::slotmodel::__private01::FieldSpec] =
        &[::slotmodel::__private01::spec("Account", "age", "u8",
                        &[::slotmodel::__private01::unsigned_range("1", 1, "120",
                                        120)]),
                    ::slotmodel::__private01::spec("Account", "name", "String",
                        &[::slotmodel::__private01::length_rule(::slotmodel::__private01::LengthUnit::Chars,
                                        ::slotmodel::__private01::Some(1),
                                        ::slotmodel::__private01::Some(16), true)])];
    #[doc =
    "Creates a `Account` from its fields in order, checking every rule.\n\n# Errors\n\nEvery rule broken, in field order."]
    #[inline]
    pub fn new(age: u8, name: String)
        ->
            ::slotmodel::__private01::Result<Self,
            ::slotmodel::__private01::ValidationErrors> {
        ::slotmodel::__private01::validated(Self { age, name })
    }
    #[doc = "The `age` field."]
    #[must_use]
    #[inline]
    pub fn age(&self) -> u8 { self.age }
    #[doc =
    "Sets `age` if the value passes its rules, else keeps the old value.\n\n# Errors\n\nThe rule the value breaks."]
    #[inline]
    pub fn set_age(&mut self, value: u8)
        ->
            ::slotmodel::__private01::Result<(),
            ::slotmodel::__private01::FieldError> {
        ::slotmodel::__private01::assign(::slotmodel::__private01::within(&value,
                1, 120, &["Account", "age"]), &mut self.age, value)
    }
    #[doc = "The `name` field."]
    #[must_use]
    #[inline]
    pub fn name(&self) -> &String { &self.name }
    #[doc =
    "Sets `name` if the value passes its rules, else keeps the old value.\n\n# Errors\n\nThe rule the value breaks."]
    #[inline]
    pub fn set_name(&mut self, value: String)
        ->
            ::slotmodel::__private01::Result<(),
            ::slotmodel::__private01::FieldError> {
        ::slotmodel::__private01::assign(::slotmodel::__private01::length(&value,
                ::slotmodel::__private01::LengthUnit::Chars,
                ::slotmodel::__private01::Some(1),
                ::slotmodel::__private01::Some(16), true,
                &["Account", "name"]), &mut self.name, value)
    }
}

/// `#[derive(Compact)]`: two bounded fields packed in 9 bits.
pub struct Reading {
    #[bounded(0..=31)]
    sensor: u8,
    #[bounded(0..=15)]
    level: u8,
}


impl Reading {
    #[doc =
    "How `Reading` is laid out natively and packed: print it for a table."]
    pub const LAYOUT: ::slotmodel_core::__private01::LayoutReport =
        ::slotmodel_core::__private01::layout_report("Reading",
            ::core::mem::size_of::<Reading>(),
            ::core::mem::align_of::<Reading>(), Reading::__SLOTMODEL_BITS,
            Reading::__SLOTMODEL_SIZE,
            &[::slotmodel_core::__private01::field_layout("sensor", "u8",
                            const { builtin # offset_of(Reading, sensor) },
                            ::core::mem::size_of::<u8>(),
                            Reading::__SLOTMODEL_OFFSETS[0usize],
                            Reading::__SLOTMODEL_WIDTHS[0usize]),
                        ::slotmodel_core::__private01::field_layout("level", "u8",
                            const { builtin # offset_of(Reading, level) },
                            ::core::mem::size_of::<u8>(),
                            Reading::__SLOTMODEL_OFFSETS[1usize],
                            Reading::__SLOTMODEL_WIDTHS[1usize])]);
    /// The first field whose stored bits encode no value of its type.
    #[doc(hidden)]
    #[allow(clippy :: cast_possible_truncation, clippy :: cast_sign_loss,
    clippy :: cast_possible_wrap, clippy :: cast_lossless, reason =
    "bounds are widened to compute offsets")]
    pub fn __slotmodel_invalid_field(__bytes: &[u8], __base: usize)
        -> ::slotmodel_core::__private01::Option<&'static str> {
        ::slotmodel_core::__private01::None
    }
    #[doc(hidden)]
    pub const __SLOTMODEL_WIDTHS: [u32; 2usize] =
        [::slotmodel::__private01::span_bits(((31) as
                                u128).wrapping_sub((0) as u128)),
                ::slotmodel::__private01::span_bits(((15) as
                                u128).wrapping_sub((0) as u128))];
    #[doc(hidden)]
    pub const __SLOTMODEL_OFFSETS: [u32; 2usize] =
        ::slotmodel_core::__private01::bit_offsets(Reading::__SLOTMODEL_WIDTHS);
    #[doc(hidden)]
    pub const __SLOTMODEL_BITS: u32 =
        ::slotmodel_core::__private01::total_bits(Reading::__SLOTMODEL_WIDTHS);
    #[doc(hidden)]
    pub const __SLOTMODEL_SIZE: usize =
        ::slotmodel_core::__private01::bytes_for(Reading::__SLOTMODEL_BITS);
}
#[automatically_derived]
impl ::slotmodel_core::__private01::Packable for Reading {
    const BITS: u32 = Reading::__SLOTMODEL_BITS;
    const LAYOUT:
        ::slotmodel_core::__private01::Option<&'static ::slotmodel_core::__private01::LayoutReport>
        =
        ::slotmodel_core::__private01::Some(&Reading::LAYOUT);
    type SetResult =
        ::slotmodel_core::__private01::Result<(),
        ::slotmodel_core::__private01::ValidationErrors>;
    #[allow(clippy :: cast_possible_truncation, clippy :: cast_sign_loss,
    clippy :: cast_possible_wrap, clippy :: cast_lossless, reason =
    "bounds are widened to compute offsets")]
    fn write_bits(&self, __bytes: &mut [u8], __base: usize) {
        ::slotmodel::__private01::put_bits(__bytes,
            __base + Reading::__SLOTMODEL_OFFSETS[0usize] as usize,
            Reading::__SLOTMODEL_WIDTHS[0usize],
            <u8 as
                    ::slotmodel::__private01::PackInt>::to_raw(self.sensor, 0));
        ::slotmodel::__private01::put_bits(__bytes,
            __base + Reading::__SLOTMODEL_OFFSETS[1usize] as usize,
            Reading::__SLOTMODEL_WIDTHS[1usize],
            <u8 as ::slotmodel::__private01::PackInt>::to_raw(self.level, 0));
    }
    #[allow(clippy :: cast_possible_truncation, clippy :: cast_sign_loss,
    clippy :: cast_possible_wrap, clippy :: cast_lossless, reason =
    "bounds are widened to compute offsets")]
    fn read_bits(__bytes: &[u8], __base: usize) -> Self {
        Reading {
            sensor: <u8 as
                    ::slotmodel::__private01::PackInt>::from_raw(::slotmodel::__private01::get_bits(__bytes,
                    __base + Reading::__SLOTMODEL_OFFSETS[0usize] as usize,
                    Reading::__SLOTMODEL_WIDTHS[0usize]), 0),
            level: <u8 as
                    ::slotmodel::__private01::PackInt>::from_raw(::slotmodel::__private01::get_bits(__bytes,
                    __base + Reading::__SLOTMODEL_OFFSETS[1usize] as usize,
                    Reading::__SLOTMODEL_WIDTHS[1usize]), 0),
        }
    }
    fn bits_valid(__bytes: &[u8], __base: usize) -> bool {
        Reading::__slotmodel_invalid_field(__bytes, __base).is_none()
    }
    fn check_packable(&self)
        ->
            ::slotmodel_core::__private01::Result<(),
            ::slotmodel_core::__private01::ValidationErrors> {
        let mut __errors =
            ::slotmodel_core::__private01::Collector::new("Reading");
        __errors.field(::slotmodel::__private01::within(&self.sensor, 0, 31,
                &["Reading", "sensor"]));
        __errors.field(::slotmodel::__private01::within(&self.level, 0, 15,
                &["Reading", "level"]));
        __errors.finish()
    }
    fn set_result(outcome:
            ::slotmodel_core::__private01::Result<(),
            ::slotmodel_core::__private01::ValidationErrors>)
        -> Self::SetResult {
        outcome
    }
}
#[doc =
"`Reading` packed into `Reading::LAYOUT.packed_size` bytes (alignment 1): each field takes the bits its type and bounds need. Made by `ReadingPacked::try_from(&value)`; equality and hashing compare bit patterns."]
pub struct ReadingPacked {
    bytes: [u8; Reading::__SLOTMODEL_SIZE],
}
#[automatically_derived]
#[doc(hidden)]
unsafe impl ::core::clone::TrivialClone for ReadingPacked { }
#[automatically_derived]
impl ::core::clone::Clone for ReadingPacked {
    #[inline]
    fn clone(&self) -> ReadingPacked {
        let _:
                ::core::clone::AssertParamIsClone<[u8; Reading::__SLOTMODEL_SIZE]>;
        *self
    }
}
#[automatically_derived]
impl ::core::marker::Copy for ReadingPacked { }
#[automatically_derived]
impl ::core::marker::StructuralPartialEq for ReadingPacked { }
#[automatically_derived]
impl ::core::cmp::PartialEq for ReadingPacked {
    #[inline]
    fn eq(&self, other: &ReadingPacked) -> bool { self.bytes == other.bytes }
}
#[automatically_derived]
impl ::core::cmp::Eq for ReadingPacked {
    #[inline]
    #[doc(hidden)]
    #[coverage(off)]
    fn assert_fields_are_eq(&self) {
        let _: ::core::cmp::AssertParamIsEq<[u8; Reading::__SLOTMODEL_SIZE]>;
    }
}
#[automatically_derived]
impl ::core::hash::Hash for ReadingPacked {
    #[inline]
    fn hash<__H: ::core::hash::Hasher>(&self, state: &mut __H) {
        ::core::hash::Hash::hash(&self.bytes, state)
    }
}
#[allow(clippy :: cast_possible_truncation, clippy :: cast_sign_loss, clippy
:: cast_possible_wrap, clippy :: cast_lossless, reason =
"bounds are widened to compute offsets")]
impl ReadingPacked {
    /// Bits of the packed form.
    pub const BITS: u32 = Reading::__SLOTMODEL_BITS;
    /// Bytes of the packed form: `size_of::<Self>()`.
    pub const SIZE: usize = Reading::__SLOTMODEL_SIZE;
    /// The unpacked value.
    #[must_use]
    pub fn unpack(&self) -> Reading {
        <Reading as
                ::slotmodel_core::__private01::Packable>::read_bits(&self.bytes,
            0)
    }
    /// The packed bytes, in a stable format: fields in declaration order from bit 0, the
    /// lowest bit of byte 0 first; a bounded integer as its distance from its minimum, a
    /// float as its IEEE bits, an enum as its variant's index; the bits after the last
    /// field zero.
    #[must_use]
    pub fn to_bytes(&self) -> [u8; Reading::__SLOTMODEL_SIZE] { self.bytes }
    /// A packed record from bytes in the format of `to_bytes`, checked before use: every
    /// field's bits must encode a value of its type, the bits after the last field must
    /// be zero, and the record must pass all of its rules.
    ///
    /// # Errors
    ///
    /// The field whose bits encode no value, or every rule the record breaks.
    pub fn from_bytes(bytes: &[u8; Reading::__SLOTMODEL_SIZE])
        ->
            ::slotmodel_core::__private01::Result<Self,
            ::slotmodel_core::__private01::ValidationErrors> {
        ::slotmodel_core::__private01::check_stored::<Reading>(bytes,
                Reading::__slotmodel_invalid_field(bytes, 0), "Reading")?;
        ::slotmodel_core::__private01::Ok(ReadingPacked { bytes: *bytes })
    }
    #[doc = "The `sensor` field, unpacked."]
    #[must_use]
    #[inline]
    #[allow(clippy :: len_without_is_empty, reason =
    "a getter named after its field")]
    pub fn sensor(&self) -> u8 {
        let __bytes = &self.bytes;
        let __base = 0;
        <u8 as
                ::slotmodel::__private01::PackInt>::from_raw(::slotmodel::__private01::get_bits(__bytes,
                __base + Reading::__SLOTMODEL_OFFSETS[0usize] as usize,
                Reading::__SLOTMODEL_WIDTHS[0usize]), 0)
    }
    #[doc =
    "Sets the `sensor` field if the value passes its rules; a refused value leaves the old one in place.\n\n# Errors\n\nThe rule the value breaks, naming the struct, field, rule and value."]
    #[inline]
    pub fn set_sensor(&mut self, value: u8)
        ->
            ::slotmodel_core::__private01::Result<(),
            ::slotmodel_core::__private01::FieldError> {
        ::slotmodel::__private01::within(&value, 0, 31,
                &["Reading", "sensor"])?;
        let __bytes = &mut self.bytes;
        let __base = 0;
        ::slotmodel::__private01::put_bits(__bytes,
            __base + Reading::__SLOTMODEL_OFFSETS[0usize] as usize,
            Reading::__SLOTMODEL_WIDTHS[0usize],
            <u8 as ::slotmodel::__private01::PackInt>::to_raw(value, 0));
        ::slotmodel_core::__private01::Ok(())
    }
    #[doc = "The `level` field, unpacked."]
    #[must_use]
    #[inline]
    #[allow(clippy :: len_without_is_empty, reason =
    "a getter named after its field")]
    pub fn level(&self) -> u8 {
        let __bytes = &self.bytes;
        let __base = 0;
        <u8 as
                ::slotmodel::__private01::PackInt>::from_raw(::slotmodel::__private01::get_bits(__bytes,
                __base + Reading::__SLOTMODEL_OFFSETS[1usize] as usize,
                Reading::__SLOTMODEL_WIDTHS[1usize]), 0)
    }
    #[doc =
    "Sets the `level` field if the value passes its rules; a refused value leaves the old one in place.\n\n# Errors\n\nThe rule the value breaks, naming the struct, field, rule and value."]
    #[inline]
    pub fn set_level(&mut self, value: u8)
        ->
            ::slotmodel_core::__private01::Result<(),
            ::slotmodel_core::__private01::FieldError> {
        ::slotmodel::__private01::within(&value, 0, 15,
                &["Reading", "level"])?;
        let __bytes = &mut self.bytes;
        let __base = 0;
        ::slotmodel::__private01::put_bits(__bytes,
            __base + Reading::__SLOTMODEL_OFFSETS[1usize] as usize,
            Reading::__SLOTMODEL_WIDTHS[1usize],
            <u8 as ::slotmodel::__private01::PackInt>::to_raw(value, 0));
        ::slotmodel_core::__private01::Ok(())
    }
}
#[automatically_derived]
impl ::core::convert::TryFrom<&Reading> for ReadingPacked {
    type Error = ::slotmodel_core::__private01::ValidationErrors;
    fn try_from(value: &Reading)
        ->
            ::slotmodel_core::__private01::Result<Self,
            ::slotmodel_core::__private01::ValidationErrors> {
        ::slotmodel_core::__private01::Packable::check_packable(value)?;
        let mut bytes = [0_u8; Reading::__SLOTMODEL_SIZE];
        ::slotmodel_core::__private01::Packable::write_bits(value, &mut bytes,
            0);
        ::slotmodel_core::__private01::Ok(ReadingPacked { bytes })
    }
}
#[automatically_derived]
impl ::core::convert::From<ReadingPacked> for Reading {
    fn from(packed: ReadingPacked) -> Self { packed.unpack() }
}
#[automatically_derived]
impl ::core::fmt::Debug for ReadingPacked {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("ReadingPacked").field("sensor",
                    &self.sensor()).field("level", &self.level()).finish()
    }
}
/// `#[derive(View)]`: a fixed-size big-endian header.
#[view(endian = "big")]
pub struct Header {
    kind: u8,
    length: u16,
}
impl Header {
    #[doc(hidden)]
    pub const __SLOTMODEL_VIEW_SIZES: [usize; 2usize] =
        [<u8 as ::slotmodel::__private01::ViewItem>::SIZE,
                <u16 as ::slotmodel::__private01::ViewItem>::SIZE];
    #[doc(hidden)]
    pub const __SLOTMODEL_VIEW_OFFSETS: [usize; 2usize] =
        ::slotmodel_core::__private01::view_offsets(Header::__SLOTMODEL_VIEW_SIZES,
            [0, 0]);
    #[doc(hidden)]
    pub const __SLOTMODEL_VIEW_SIZE: usize =
        ::slotmodel_core::__private01::view_end(Header::__SLOTMODEL_VIEW_OFFSETS,
            Header::__SLOTMODEL_VIEW_SIZES);
    #[doc(hidden)]
    #[inline(always)]
    #[allow(clippy :: inline_always, reason =
    "a scan's loop must see the checks, to keep them as cheap as a hand-written `if`")]
    pub fn __slotmodel_view_check(__bytes:
            &[u8; Header::__SLOTMODEL_VIEW_SIZE])
        ->
            ::slotmodel_core::__private01::Result<(),
            ::slotmodel_core::ViewError> {
        <u8 as
                    ::slotmodel::__private01::ViewItem>::check::<true>(&__bytes[Header::__SLOTMODEL_VIEW_OFFSETS[0usize]..Header::__SLOTMODEL_VIEW_OFFSETS[0usize]
                                + <u8 as ::slotmodel::__private01::ViewItem>::SIZE],
                "Header", "kind", Header::__SLOTMODEL_VIEW_OFFSETS[0usize])?;
        <u16 as
                    ::slotmodel::__private01::ViewItem>::check::<true>(&__bytes[Header::__SLOTMODEL_VIEW_OFFSETS[1usize]..Header::__SLOTMODEL_VIEW_OFFSETS[1usize]
                                + <u16 as ::slotmodel::__private01::ViewItem>::SIZE],
                "Header", "length",
                Header::__SLOTMODEL_VIEW_OFFSETS[1usize])?;
        ::slotmodel_core::__private01::Ok(())
    }
    #[doc(hidden)]
    pub fn __slotmodel_view_fits(&self)
        ->
            ::slotmodel_core::__private01::Result<(),
            ::slotmodel_core::ViewError> {
        ::slotmodel_core::__private01::Ok(())
    }
}
#[doc =
"A checked, zero-copy view of a `Header` record in a byte buffer: fields are decoded on access, and the borrow keeps the buffer alive. `HeaderView::new(&bytes)`."]
pub struct HeaderView<'a> {
    bytes: &'a [u8; Header::__SLOTMODEL_VIEW_SIZE],
}
#[automatically_derived]
#[doc(hidden)]
unsafe impl<'a> ::core::clone::TrivialClone for HeaderView<'a> { }
#[automatically_derived]
impl<'a> ::core::clone::Clone for HeaderView<'a> {
    #[inline]
    fn clone(&self) -> HeaderView<'a> {
        let _:
                ::core::clone::AssertParamIsClone<&'a [u8; Header::__SLOTMODEL_VIEW_SIZE]>;
        *self
    }
}
#[automatically_derived]
impl<'a> ::core::marker::Copy for HeaderView<'a> { }
impl<'a> HeaderView<'a> {
    /// Bytes per record.
    pub const SIZE: usize = Header::__SLOTMODEL_VIEW_SIZE;
    /// Checks `bytes` (exactly one record) and views it.
    ///
    /// # Errors
    ///
    /// A length other than `SIZE`, or a field holding an invalid value.
    #[inline]
    pub fn new(bytes: &'a [u8])
        ->
            ::slotmodel_core::__private01::Result<Self,
            ::slotmodel_core::ViewError> {
        match bytes.first_chunk() {
            ::core::option::Option::Some(record) if bytes.len() == Self::SIZE
                => Self::from_array(record),
            _ =>
                ::core::result::Result::Err(::slotmodel_core::ViewError::length("Header",
                        Self::SIZE, bytes.len())),
        }
    }
    /// Checks a record of the exact size and views it.
    ///
    /// # Errors
    ///
    /// A field holding an invalid value.
    #[inline]
    pub fn from_array(bytes: &'a [u8; Header::__SLOTMODEL_VIEW_SIZE])
        ->
            ::slotmodel_core::__private01::Result<Self,
            ::slotmodel_core::ViewError> {
        Header::__slotmodel_view_check(bytes)?;
        ::core::result::Result::Ok(HeaderView { bytes })
    }
    /// Views the record at the start of `bytes` and returns the rest.
    ///
    /// # Errors
    ///
    /// Fewer than `SIZE` bytes, or a field holding an invalid value.
    #[inline]
    pub fn new_prefix(bytes: &'a [u8])
        ->
            ::slotmodel_core::__private01::Result<(Self, &'a [u8]),
            ::slotmodel_core::ViewError> {
        match bytes.split_first_chunk() {
            ::core::option::Option::Some((record, rest)) =>
                ::core::result::Result::Ok((Self::from_array(record)?, rest)),
            ::core::option::Option::None =>
                ::core::result::Result::Err(::slotmodel_core::ViewError::length("Header",
                        Self::SIZE, bytes.len())),
        }
    }
    /// The consecutive records of `bytes`, each checked and viewed in place.
    #[must_use]
    pub fn records(bytes: &'a [u8]) -> ::slotmodel_core::Records<'a, Self> {
        ::slotmodel_core::Records::new(bytes)
    }
    /// A table of the records of `bytes`, every one checked now, then read by position.
    ///
    /// # Errors
    ///
    /// A length that is not a whole number of records, or the first invalid record.
    pub fn slice(bytes: &'a [u8])
        ->
            ::slotmodel_core::__private01::Result<::slotmodel_core::ViewTable<'a,
            Self>, ::slotmodel_core::ViewError> {
        ::slotmodel_core::ViewTable::new(bytes)
    }
    /// The record's bytes.
    #[must_use]
    pub fn as_bytes(&self) -> &'a [u8; Header::__SLOTMODEL_VIEW_SIZE] {
        self.bytes
    }
    #[doc = "The `kind` field, read from the buffer."]
    #[must_use]
    #[allow(clippy :: len_without_is_empty, reason =
    "a getter named after its field")]
    #[inline]
    pub fn kind(&self) -> u8 {
        <u8 as
                ::slotmodel::__private01::ViewItem>::get::<true>(&self.bytes[Header::__SLOTMODEL_VIEW_OFFSETS[0usize]..Header::__SLOTMODEL_VIEW_OFFSETS[0usize]
                            + <u8 as ::slotmodel::__private01::ViewItem>::SIZE])
    }
    #[doc = "The `length` field, read from the buffer."]
    #[must_use]
    #[allow(clippy :: len_without_is_empty, reason =
    "a getter named after its field")]
    #[inline]
    pub fn length(&self) -> u16 {
        <u16 as
                ::slotmodel::__private01::ViewItem>::get::<true>(&self.bytes[Header::__SLOTMODEL_VIEW_OFFSETS[1usize]..Header::__SLOTMODEL_VIEW_OFFSETS[1usize]
                            + <u16 as ::slotmodel::__private01::ViewItem>::SIZE])
    }
    /// Copies the record into an owned value, releasing the buffer.
    #[must_use]
    #[allow(clippy :: should_implement_trait, reason =
    "the explicit copy that detaches from the buffer")]
    pub fn to_owned(&self) -> Header {
        Header {
            kind: <u8 as
                    ::slotmodel::__private01::ViewItem>::read::<true>(&self.bytes[Header::__SLOTMODEL_VIEW_OFFSETS[0usize]..Header::__SLOTMODEL_VIEW_OFFSETS[0usize]
                                + <u8 as ::slotmodel::__private01::ViewItem>::SIZE]),
            length: <u16 as
                    ::slotmodel::__private01::ViewItem>::read::<true>(&self.bytes[Header::__SLOTMODEL_VIEW_OFFSETS[1usize]..Header::__SLOTMODEL_VIEW_OFFSETS[1usize]
                                + <u16 as ::slotmodel::__private01::ViewItem>::SIZE]),
        }
    }
}
#[automatically_derived]
impl<'a> ::slotmodel_core::__private01::PrefixView<'a> for HeaderView<'a> {
    type Layout = ();
    #[inline]
    fn layout(bytes: &[u8])
        ->
            ::slotmodel_core::__private01::Result<((), usize),
            ::slotmodel_core::ViewError> {
        match bytes.first_chunk() {
            ::core::option::Option::Some(record) =>
                Header::__slotmodel_view_check(record).map(|()|
                        ((), Header::__SLOTMODEL_VIEW_SIZE)),
            ::core::option::Option::None =>
                ::core::result::Result::Err(::slotmodel_core::ViewError::length("Header",
                        Self::SIZE, bytes.len())),
        }
    }
    #[inline]
    fn from_layout(bytes: &'a [u8], (): ()) -> Self {
        HeaderView {
            bytes: bytes.first_chunk().expect("a record's slice has the record's size"),
        }
    }
}
#[automatically_derived]
impl<'a> ::slotmodel_core::__private01::RecordView<'a> for HeaderView<'a> {
    const SIZE: usize = Header::__SLOTMODEL_VIEW_SIZE;
    const NAME: &'static str = "Header";
    #[inline]
    fn from_checked(bytes: &'a [u8]) -> Self {
        HeaderView {
            bytes: bytes.first_chunk().expect("a record's slice has the record's size"),
        }
    }
    #[inline]
    fn from_record(bytes: &'a [u8])
        ->
            ::slotmodel_core::__private01::Result<Self,
            ::slotmodel_core::ViewError> {
        Self::new(bytes)
    }
}
#[doc =
"A checked, writable view of a `Header` record: setters encode in place. `HeaderViewMut::new(&mut bytes)`."]
pub struct HeaderViewMut<'a> {
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
    pub fn new(bytes: &'a mut [u8])
        ->
            ::slotmodel_core::__private01::Result<Self,
            ::slotmodel_core::ViewError> {
        let given = bytes.len();
        match bytes.first_chunk_mut() {
            ::core::option::Option::Some(record) if given == Self::SIZE => {
                Header::__slotmodel_view_check(record)?;
                ::core::result::Result::Ok(HeaderViewMut { bytes: record })
            }
            _ =>
                ::core::result::Result::Err(::slotmodel_core::ViewError::length("Header",
                        Self::SIZE, given)),
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
    #[doc = "The `kind` field, read from the buffer."]
    #[must_use]
    #[allow(clippy :: len_without_is_empty, reason =
    "a getter named after its field")]
    #[inline]
    pub fn kind(&self) -> u8 { self.as_view().kind() }
    #[doc = "The `length` field, read from the buffer."]
    #[must_use]
    #[allow(clippy :: len_without_is_empty, reason =
    "a getter named after its field")]
    #[inline]
    pub fn length(&self) -> u16 { self.as_view().length() }
    #[doc = "Writes the `kind` field in place."]
    #[inline]
    pub fn set_kind(&mut self, value: u8) {
        <u8 as
                ::slotmodel::__private01::ViewItem>::write::<true>(&value,
            &mut self.bytes[Header::__SLOTMODEL_VIEW_OFFSETS[0usize]..Header::__SLOTMODEL_VIEW_OFFSETS[0usize]
                            + <u8 as ::slotmodel::__private01::ViewItem>::SIZE]);
    }
    #[doc = "Writes the `length` field in place."]
    #[inline]
    pub fn set_length(&mut self, value: u16) {
        <u16 as
                ::slotmodel::__private01::ViewItem>::write::<true>(&value,
            &mut self.bytes[Header::__SLOTMODEL_VIEW_OFFSETS[1usize]..Header::__SLOTMODEL_VIEW_OFFSETS[1usize]
                            + <u16 as ::slotmodel::__private01::ViewItem>::SIZE]);
    }
}
#[automatically_derived]
impl ::core::fmt::Debug for HeaderViewMut<'_> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::fmt::Debug::fmt(&self.as_view(), f)
    }
}
#[automatically_derived]
impl ::slotmodel_core::ViewItem for Header {
    const SIZE: usize = Header::__SLOTMODEL_VIEW_SIZE;
    type Ref<'a> = HeaderView<'a>;
    fn get<const BIG : bool>(bytes: &[u8]) -> HeaderView<'_> {
        HeaderView {
            bytes: bytes.first_chunk().expect("a field's slice has the field's size"),
        }
    }
    fn read<const BIG : bool>(bytes: &[u8]) -> Self {
        Self::get::<BIG>(bytes).to_owned()
    }
    fn write<const BIG : bool>(&self, __bytes: &mut [u8]) {
        <u8 as
                ::slotmodel::__private01::ViewItem>::write::<true>(&self.kind,
            &mut __bytes[Header::__SLOTMODEL_VIEW_OFFSETS[0usize]..Header::__SLOTMODEL_VIEW_OFFSETS[0usize]
                            + <u8 as ::slotmodel::__private01::ViewItem>::SIZE]);
        <u16 as
                ::slotmodel::__private01::ViewItem>::write::<true>(&self.length,
            &mut __bytes[Header::__SLOTMODEL_VIEW_OFFSETS[1usize]..Header::__SLOTMODEL_VIEW_OFFSETS[1usize]
                            + <u16 as ::slotmodel::__private01::ViewItem>::SIZE]);
    }
    fn fits(&self, type_name: &'static str, field: &'static str,
        offset: usize)
        ->
            ::slotmodel_core::__private01::Result<(),
            ::slotmodel_core::ViewError> {
        self.__slotmodel_view_fits().map_err(|e|
                e.nested(type_name, field, offset))
    }
    fn check<const BIG :
        bool>(bytes: &[u8], type_name: &'static str, field: &'static str,
        offset: usize)
        ->
            ::slotmodel_core::__private01::Result<(),
            ::slotmodel_core::ViewError> {
        match bytes.first_chunk() {
            ::core::option::Option::Some(record) =>
                Header::__slotmodel_view_check(record).map_err(|e|
                        e.nested(type_name, field, offset)),
            ::core::option::Option::None =>
                ::core::result::Result::Err(::slotmodel_core::ViewError::length(type_name,
                        Header::__SLOTMODEL_VIEW_SIZE, bytes.len())),
        }
    }
}
impl Header {
    /// Bytes this record takes in the form its view reads: always `SIZE`.
    #[must_use]
    pub fn view_len(&self) -> usize { Header::__SLOTMODEL_VIEW_SIZE }
    #[doc =
    "This `Header` in the form its view reads, checked as `HeaderView::new` checks it.\n\n# Errors\n\nA field that breaks a rule."]
    pub fn to_bytes(&self)
        ->
            ::slotmodel_core::__private01::Result<[u8; Header::__SLOTMODEL_VIEW_SIZE],
            ::slotmodel_core::ViewError> {
        self.__slotmodel_view_fits()?;
        let mut bytes = [0_u8; Header::__SLOTMODEL_VIEW_SIZE];
        <Self as
                ::slotmodel_core::ViewItem>::write::<false>(self, &mut bytes);
        Header::__slotmodel_view_check(&bytes)?;
        ::core::result::Result::Ok(bytes)
    }
    #[doc =
    "Writes this `Header` at the start of `out` in the form its view reads, and returns the bytes written.\n\n# Errors\n\nAn `out` shorter than the record, or a field that breaks a rule."]
    pub fn write_to(&self, out: &mut [u8])
        ->
            ::slotmodel_core::__private01::Result<usize,
            ::slotmodel_core::ViewError> {
        let given = out.len();
        let ::core::option::Option::Some(out) =
            out.first_chunk_mut::<{
                    Header::__SLOTMODEL_VIEW_SIZE
                }>() else {
                return ::core::result::Result::Err(::slotmodel_core::ViewError::length("Header",
                            Header::__SLOTMODEL_VIEW_SIZE, given));
            };
        *out = self.to_bytes()?;
        ::core::result::Result::Ok(Header::__SLOTMODEL_VIEW_SIZE)
    }
}
#[automatically_derived]
impl ::core::fmt::Debug for HeaderView<'_> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("HeaderView").field("kind",
                    &self.kind()).field("length", &self.length()).finish()
    }
}
#[automatically_derived]
impl ::slotmodel::__private01::DerivesView for Header { }
/// `#[derive(View)]`: a record whose byte order a field read big-endian gives.
#[view(big_if = magic == 0xFEFF)]
pub struct Tagged {
    #[view(endian = "big")]
    magic: u16,
    length: u32,
}
#[automatically_derived]
impl ::slotmodel_core::ViewItem for Tagged {
    const SIZE: usize =
        0_usize + 0_usize + <u16 as ::slotmodel::__private01::ViewItem>::SIZE
                + 0_usize + <u32 as ::slotmodel::__private01::ViewItem>::SIZE;
    type Ref<'a> = TaggedView<'a>;
    fn get<const BIG : bool>(bytes: &[u8]) -> TaggedView<'_> {
        let offsets =
            Tagged::__slotmodel_view_layout::<BIG,
                        false>(bytes).expect("the enclosing view checked the field");
        TaggedView { bytes, offsets, big: BIG }
    }
    fn read<const BIG : bool>(bytes: &[u8]) -> Self {
        Self::get::<BIG>(bytes).to_owned()
    }
    fn write<const BIG : bool>(&self, bytes: &mut [u8]) {
        let _ = self.__slotmodel_view_encode::<BIG>(bytes);
    }
    fn fits(&self, type_name: &'static str, field: &'static str,
        offset: usize)
        ->
            ::slotmodel_core::__private01::Result<(),
            ::slotmodel_core::ViewError> {
        let mut encoded =
            [0_u8; <Tagged as ::slotmodel_core::ViewItem>::SIZE];
        self.__slotmodel_view_encode::<false>(&mut encoded).and_then(|_|
                        Tagged::__slotmodel_view_layout::<false,
                                true>(&encoded)).map(|_|
                    ()).map_err(|e| e.nested(type_name, field, offset))
    }
    fn check<const BIG :
        bool>(bytes: &[u8], type_name: &'static str, field: &'static str,
        offset: usize)
        ->
            ::slotmodel_core::__private01::Result<(),
            ::slotmodel_core::ViewError> {
        Tagged::__slotmodel_view_layout::<BIG,
                        true>(bytes).map(|_|
                    ()).map_err(|e| e.nested(type_name, field, offset))
    }
}
impl Tagged {
    /// Checks a record at the start of `__bytes` in the byte order `BIG` (or, with
    /// `__CHECK` false, only measures one a view checked before): where each field starts,
    /// then where the record ends.
    #[doc(hidden)]
    pub fn __slotmodel_view_layout<const BIG : bool, const __CHECK :
        bool>(__bytes: &[u8])
        ->
            ::slotmodel_core::__private01::Result<[usize; 2usize + 1],
            ::slotmodel_core::ViewError> {
        let mut __offsets = [0_usize; 2usize + 1];
        let mut __at = 0_usize;
        __at += 0_usize;
        __offsets[0usize] = __at;
        {
            let __size = <u16 as ::slotmodel::__private01::ViewItem>::SIZE;
            let __count = 1_usize;
            let __end =
                if __CHECK {
                    ::slotmodel_core::__private01::view_run_end(__at, __count,
                            __size, __bytes.len(), "Tagged", "magic")?
                } else {
                    __at.saturating_add((__count).saturating_mul(__size))
                };
            if __CHECK {
                for __k in 0..__count {
                    let __field =
                        &__bytes[__at + __k * __size..__at + (__k + 1) * __size];
                    <u16 as
                                ::slotmodel::__private01::ViewItem>::check::<true>(__field,
                            "Tagged", "magic", __at + __k * __size)?;
                }
            }
            __at = __end;
        }
        __at += 0_usize;
        __offsets[1usize] = __at;
        {
            let __size = <u32 as ::slotmodel::__private01::ViewItem>::SIZE;
            let __count = 1_usize;
            let __end =
                if __CHECK {
                    ::slotmodel_core::__private01::view_run_end(__at, __count,
                            __size, __bytes.len(), "Tagged", "length")?
                } else {
                    __at.saturating_add((__count).saturating_mul(__size))
                };
            if __CHECK {
                for __k in 0..__count {
                    let __field =
                        &__bytes[__at + __k * __size..__at + (__k + 1) * __size];
                    <u32 as
                                ::slotmodel::__private01::ViewItem>::check::<BIG>(__field,
                            "Tagged", "length", __at + __k * __size)?;
                }
            }
            __at = __end;
        }
        __offsets[2usize] = __at;
        ::slotmodel_core::__private01::Ok(__offsets)
    }
    /// Checks a record at the start of `bytes` in the order `big`: where each field starts,
    /// with the order, and where the record ends, padding included.
    #[doc(hidden)]
    #[inline]
    pub fn __slotmodel_view_layout_in<const __CHECK :
        bool>(bytes: &[u8], big: bool)
        ->
            ::slotmodel_core::__private01::Result<(([usize; 2usize + 1],
            bool), usize), ::slotmodel_core::ViewError> {
        let offsets =
            if big {
                Tagged::__slotmodel_view_layout::<true, __CHECK>(bytes)?
            } else {
                Tagged::__slotmodel_view_layout::<false, __CHECK>(bytes)?
            };
        let end =
            ::slotmodel_core::__private01::view_pad_end(offsets[2usize],
                    1_usize, bytes.len(), "Tagged")?;
        ::slotmodel_core::__private01::Ok(((offsets, big), end))
    }
    /// Encodes every field into `__out`, which holds `view_len()` bytes, in the byte order
    /// `BIG`, and returns the bytes written.
    fn __slotmodel_view_encode<const BIG : bool>(&self, __out: &mut [u8])
        ->
            ::slotmodel_core::__private01::Result<usize,
            ::slotmodel_core::ViewError> {
        let mut __at = 0_usize;
        __out[__at..__at + 0_usize].fill(0);
        __at += 0_usize;
        let __size = <u16 as ::slotmodel::__private01::ViewItem>::SIZE;
        <u16 as
                ::slotmodel::__private01::ViewItem>::write::<true>(&self.magic,
            &mut __out[__at..__at + __size]);
        __at += __size;
        __out[__at..__at + 0_usize].fill(0);
        __at += 0_usize;
        let __size = <u32 as ::slotmodel::__private01::ViewItem>::SIZE;
        <u32 as
                ::slotmodel::__private01::ViewItem>::write::<BIG>(&self.length,
            &mut __out[__at..__at + __size]);
        __at += __size;
        ::slotmodel_core::__private01::Ok(__at)
    }
    /// Writes the record in the order `big`, then checks it as the view would.
    fn __slotmodel_view_write(&self, out: &mut [u8], big: bool)
        ->
            ::slotmodel_core::__private01::Result<usize,
            ::slotmodel_core::ViewError> {
        let __len = self.view_len();
        let __given = out.len();
        let ::slotmodel_core::__private01::Some(__out) =
            out.get_mut(..__len) else {
                return ::slotmodel_core::__private01::Err(::slotmodel_core::ViewError::length("Tagged",
                            __len, __given));
            };
        let __end =
            if big {
                self.__slotmodel_view_encode::<true>(__out)?
            } else { self.__slotmodel_view_encode::<false>(__out)? };
        __out[__end..].fill(0);
        let __offsets =
            if big {
                Tagged::__slotmodel_view_layout::<true, true>(__out)?
            } else { Tagged::__slotmodel_view_layout::<false, true>(__out)? };
        if __offsets[2usize].next_multiple_of(1_usize) == __len {
            ::slotmodel_core::__private01::Ok(__len)
        } else {
            ::slotmodel_core::__private01::Err(::slotmodel_core::ViewError::length("Tagged",
                    __offsets[2usize], __len))
        }
    }
    #[doc =
    "Bytes this `Tagged` takes in the form its view reads, in either byte order."]
    #[must_use]
    pub fn view_len(&self) -> usize {
        (0 + 0_usize + <u16 as ::slotmodel::__private01::ViewItem>::SIZE +
                        0_usize +
                    <u32 as
                        ::slotmodel::__private01::ViewItem>::SIZE).next_multiple_of(1_usize)
    }
}
#[doc =
"A checked, zero-copy view of a `Tagged` record in a byte buffer, in the byte order it was made in: `new` checks every length and field once, and getters read in place."]
pub struct TaggedView<'a> {
    bytes: &'a [u8],
    offsets: [usize; 2usize + 1],
    big: bool,
}
#[automatically_derived]
#[doc(hidden)]
unsafe impl<'a> ::core::clone::TrivialClone for TaggedView<'a> { }
#[automatically_derived]
impl<'a> ::core::clone::Clone for TaggedView<'a> {
    #[inline]
    fn clone(&self) -> TaggedView<'a> {
        let _: ::core::clone::AssertParamIsClone<&'a [u8]>;
        let _: ::core::clone::AssertParamIsClone<[usize; 2usize + 1]>;
        let _: ::core::clone::AssertParamIsClone<bool>;
        *self
    }
}
#[automatically_derived]
impl<'a> ::core::marker::Copy for TaggedView<'a> { }
impl<'a> TaggedView<'a> {
    /// The byte order the record is read in.
    #[must_use]
    pub fn endian(&self) -> ::slotmodel_core::Endian {
        ::slotmodel_core::Endian::big_if(self.big)
    }
    /// The record's bytes.
    #[must_use]
    pub fn as_bytes(&self) -> &'a [u8] { self.bytes }
    /// Copies the record into an owned value, releasing the buffer.
    #[must_use]
    #[allow(clippy :: should_implement_trait, reason =
    "the explicit copy that detaches from the buffer")]
    pub fn to_owned(&self) -> Tagged {
        if self.big {
            const BIG: bool = true;
            Tagged {
                magic: <u16 as
                        ::slotmodel::__private01::ViewItem>::read::<true>(&self.bytes[self.offsets[0usize]..self.offsets[1usize]
                                    - 0_usize]),
                length: <u32 as
                        ::slotmodel::__private01::ViewItem>::read::<BIG>(&self.bytes[self.offsets[1usize]..self.offsets[2usize]
                                    - 0_usize]),
            }
        } else {
            const BIG: bool = false;
            Tagged {
                magic: <u16 as
                        ::slotmodel::__private01::ViewItem>::read::<true>(&self.bytes[self.offsets[0usize]..self.offsets[1usize]
                                    - 0_usize]),
                length: <u32 as
                        ::slotmodel::__private01::ViewItem>::read::<BIG>(&self.bytes[self.offsets[1usize]..self.offsets[2usize]
                                    - 0_usize]),
            }
        }
    }
    #[doc = "The `magic` field, read from the buffer."]
    #[must_use]
    #[allow(clippy :: len_without_is_empty, reason =
    "a getter named after its field")]
    #[inline]
    pub fn magic(&self) -> u16 {
        <u16 as
                ::slotmodel::__private01::ViewItem>::get::<true>(&self.bytes[self.offsets[0usize]..self.offsets[1usize]
                            - 0_usize])
    }
    #[doc = "The `length` field, read from the buffer."]
    #[must_use]
    #[allow(clippy :: len_without_is_empty, reason =
    "a getter named after its field")]
    #[inline]
    pub fn length(&self) -> u32 {
        if self.big {
            const BIG: bool = true;
            <u32 as
                    ::slotmodel::__private01::ViewItem>::get::<BIG>(&self.bytes[self.offsets[1usize]..self.offsets[2usize]
                                - 0_usize])
        } else {
            const BIG: bool = false;
            <u32 as
                    ::slotmodel::__private01::ViewItem>::get::<BIG>(&self.bytes[self.offsets[1usize]..self.offsets[2usize]
                                - 0_usize])
        }
    }
}
impl Tagged {
    /// Whether the record at the start of `__bytes` is big-endian, by the fields that say so.
    #[doc(hidden)]
    pub fn __slotmodel_view_order(__bytes: &[u8])
        ->
            ::slotmodel_core::__private01::Result<bool,
            ::slotmodel_core::ViewError> {
        let mut __offsets = [0_usize; 2usize + 1];
        __offsets[0usize] = 0_usize + 0_usize;
        ::slotmodel::__private01::view_run_end(__offsets[0usize], 1,
                <u16 as ::slotmodel::__private01::ViewItem>::SIZE,
                __bytes.len(), "Tagged", "magic")?;
        ::slotmodel::__private01::view_when(::slotmodel::__private01::expr_eq(::slotmodel::__private01::expr_value(<u16
                            as
                            ::slotmodel::__private01::ViewItem>::read::<true>(&__bytes[__offsets[0usize]..__offsets[0usize]
                                        + <u16 as ::slotmodel::__private01::ViewItem>::SIZE])),
                ::slotmodel::__private01::Some(65279i128)), "magic == 0xFEFF",
            "Tagged", "magic", 0)
    }
}
impl<'a> TaggedView<'a> {
    #[doc =
    "Checks `bytes` (exactly one record), in the byte order its fields give, and views it.\n\n# Errors\n\nA field that runs past the end, bytes left after the record, or a field holding an invalid value."]
    pub fn new(bytes: &'a [u8])
        ->
            ::slotmodel_core::__private01::Result<Self,
            ::slotmodel_core::ViewError> {
        let (view, rest) = Self::new_prefix(bytes)?;
        if rest.is_empty() {
            ::slotmodel_core::__private01::Ok(view)
        } else {
            ::slotmodel_core::__private01::Err(::slotmodel_core::ViewError::length("Tagged",
                    view.bytes.len(), bytes.len()))
        }
    }
    #[doc =
    "Views the record at the start of `bytes`, in the byte order its fields give, and returns the rest.\n\n# Errors\n\nA field that runs past the end, or a field holding an invalid value."]
    pub fn new_prefix(bytes: &'a [u8])
        ->
            ::slotmodel_core::__private01::Result<(Self, &'a [u8]),
            ::slotmodel_core::ViewError> {
        <Self as
                ::slotmodel_core::__private01::PrefixView<'a>>::from_prefix(bytes)
    }
    #[doc =
    "The consecutive records of `bytes`, each checked in the order it gives and viewed in place."]
    #[must_use]
    pub fn records(bytes: &'a [u8])
        -> ::slotmodel_core::VarRecords<'a, Self> {
        ::slotmodel_core::VarRecords::new(bytes)
    }
}
#[automatically_derived]
impl<'a> ::slotmodel_core::__private01::PrefixView<'a> for TaggedView<'a> {
    type Layout = ([usize; 2usize + 1], bool);
    const REST: bool = false;
    #[inline]
    fn layout(bytes: &[u8])
        ->
            ::slotmodel_core::__private01::Result<(Self::Layout, usize),
            ::slotmodel_core::ViewError> {
        Tagged::__slotmodel_view_layout_in::<true>(bytes,
            Tagged::__slotmodel_view_order(bytes)?)
    }
    #[inline]
    fn from_layout(bytes: &'a [u8], (offsets, big): Self::Layout) -> Self {
        TaggedView { bytes, offsets, big }
    }
}
impl Tagged {
    #[doc =
    "Writes this `Tagged` at the start of `out`, in the byte order its fields give, in the form its view reads, and returns the bytes written. The written record is checked as `TaggedView::new` checks it.\n\n# Errors\n\nAn `out` shorter than `view_len()`, or a record its view would refuse."]
    pub fn write_to(&self, out: &mut [u8])
        ->
            ::slotmodel_core::__private01::Result<usize,
            ::slotmodel_core::ViewError> {
        let big =
            {
                ::slotmodel::__private01::view_when(::slotmodel::__private01::expr_eq(::slotmodel::__private01::expr_value(self.magic),
                            ::slotmodel::__private01::Some(65279i128)),
                        "magic == 0xFEFF", "Tagged", "magic", 0)?
            };
        self.__slotmodel_view_write(out, big)
    }
}
#[automatically_derived]
impl ::core::fmt::Debug for TaggedView<'_> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("TaggedView").field("magic",
                    &self.magic()).field("length", &self.length()).finish()
    }
}
#[doc =
"A checked, writable view of a variable-length `Tagged` record in the byte order it was made in: setters encode in place and keep every length consistent with its data. Read through `as_view()`."]
pub struct TaggedViewMut<'a> {
    bytes: &'a mut [u8],
    offsets: [usize; 2usize + 1],
    big: bool,
}
impl<'a> TaggedViewMut<'a> {
    /// Checks `bytes` (exactly one record) in the byte order its fields give, as the
    /// read-only view does, and views it for writing.
    ///
    /// # Errors
    ///
    /// A field that runs past the end, bytes left after the record, or a field holding
    /// an invalid value.
    pub fn new(bytes: &'a mut [u8])
        ->
            ::slotmodel_core::__private01::Result<Self,
            ::slotmodel_core::ViewError> {
        let view = TaggedView::new(&*bytes)?;
        let (offsets, big) = (view.offsets, view.big);
        ::slotmodel_core::__private01::Ok(TaggedViewMut {
                bytes,
                offsets,
                big,
            })
    }
}
impl<'a> TaggedViewMut<'a> {
    /// A read-only view of the same record, in the same byte order.
    #[must_use]
    pub fn as_view(&self) -> TaggedView<'_> {
        TaggedView { bytes: self.bytes, offsets: self.offsets, big: self.big }
    }
    fn __slotmodel_relayout(&self)
        ->
            ::slotmodel_core::__private01::Result<[usize; 2usize + 1],
            ::slotmodel_core::ViewError> {
        if Tagged::__slotmodel_view_order(self.bytes)? != self.big {
            return ::slotmodel_core::__private01::Err(::slotmodel_core::__private01::view_order_turned("Tagged"));
        }
        if self.big {
            Tagged::__slotmodel_view_layout::<true, true>(self.bytes)
        } else { Tagged::__slotmodel_view_layout::<false, true>(self.bytes) }
    }
}
impl<'a> TaggedViewMut<'a> {
    /// The record's bytes.
    #[must_use]
    pub fn as_bytes(&self) -> &[u8] { self.bytes }
    /// Keeps a field's new bytes if the record, checked again, still has every field
    /// where it was; else puts `old` back.
    fn __slotmodel_keep(&mut self, range: ::core::ops::Range<usize>,
        old: &[u8], field: &'static str)
        ->
            ::slotmodel_core::__private01::Result<(),
            ::slotmodel_core::ViewError> {
        let error =
            match self.__slotmodel_relayout() {
                ::slotmodel_core::__private01::Ok(offsets) if
                    offsets == self.offsets =>
                    return ::slotmodel_core::__private01::Ok(()),
                ::slotmodel_core::__private01::Ok(_) =>
                    ::slotmodel_core::__private01::view_moved("Tagged", field,
                        range.start),
                ::slotmodel_core::__private01::Err(error) => error,
            };
        self.bytes[range].copy_from_slice(old);
        ::slotmodel_core::__private01::Err(error)
    }
    #[doc =
    "Sets `magic` in place if the record, checked again as `new` checks it, keeps its rules and every field where it was; else keeps the old bytes.\n\n# Errors\n\nA value the field\'s bytes cannot hold, one that breaks a rule, or one that would change a length or a tag and so move the fields after it."]
    pub fn set_magic(&mut self, value: u16)
        ->
            ::slotmodel_core::__private01::Result<(),
            ::slotmodel_core::ViewError> {
        let (__from, __to) =
            (self.offsets[0usize], self.offsets[0usize + 1] - 0_usize);
        let mut __old = [0_u8; <u16 as ::slotmodel_core::ViewItem>::SIZE];
        __old.copy_from_slice(&self.bytes[__from..__to]);
        {
            let __start = __from;
            let __field = &mut self.bytes[__from..__to];
            <u16 as
                        ::slotmodel::__private01::ViewItem>::fits(&value, "Tagged",
                    "magic", __start)?;
            <u16 as
                    ::slotmodel::__private01::ViewItem>::write::<true>(&value,
                __field);
        }
        self.__slotmodel_keep(__from..__to, &__old, "magic")
    }
    #[doc =
    "Sets `length` in place if the record, checked again as `new` checks it, keeps its rules and every field where it was; else keeps the old bytes.\n\n# Errors\n\nA value the field\'s bytes cannot hold, one that breaks a rule, or one that would change a length or a tag and so move the fields after it."]
    pub fn set_length(&mut self, value: u32)
        ->
            ::slotmodel_core::__private01::Result<(),
            ::slotmodel_core::ViewError> {
        let (__from, __to) =
            (self.offsets[1usize], self.offsets[1usize + 1] - 0_usize);
        let mut __old = [0_u8; <u32 as ::slotmodel_core::ViewItem>::SIZE];
        __old.copy_from_slice(&self.bytes[__from..__to]);
        {
            let __start = __from;
            let __field = &mut self.bytes[__from..__to];
            if self.big {
                const BIG: bool = true;
                <u32 as
                            ::slotmodel::__private01::ViewItem>::fits(&value, "Tagged",
                        "length", __start)?;
                <u32 as
                        ::slotmodel::__private01::ViewItem>::write::<BIG>(&value,
                    __field);
            } else {
                const BIG: bool = false;
                <u32 as
                            ::slotmodel::__private01::ViewItem>::fits(&value, "Tagged",
                        "length", __start)?;
                <u32 as
                        ::slotmodel::__private01::ViewItem>::write::<BIG>(&value,
                    __field);
            }
        }
        self.__slotmodel_keep(__from..__to, &__old, "length")
    }
}
#[automatically_derived]
impl ::core::fmt::Debug for TaggedViewMut<'_> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::fmt::Debug::fmt(&self.as_view(), f)
    }
}
#[automatically_derived]
impl ::slotmodel::__private01::DerivesView for Tagged { }
