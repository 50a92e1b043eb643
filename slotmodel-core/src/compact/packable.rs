//! Bit packing for `#[derive(Compact)]`: the [`Packable`] trait, the bit-level readers and
//! writers generated code calls, and the [`LayoutReport`] of a struct.

use core::fmt;

/// A value that `#[derive(Compact)]` can store in a fixed number of bits: every primitive
/// number, `bool`, `char`, enums and structs that derive `Compact`, and `Option`s and arrays of
/// these.
///
/// # Examples
///
/// ```
/// use slotmodel::{Compact, Packable};
///
/// #[derive(Compact, Clone, Copy, Debug, PartialEq)]
/// enum Unit { Celsius, Fahrenheit, Kelvin }
///
/// assert_eq!(Unit::BITS, 2);
/// assert_eq!(<bool as Packable>::BITS, 1);
/// assert_eq!(<char as Packable>::BITS, 21);
/// let mut bytes = [0_u8; 1];
/// Unit::Kelvin.write_bits(&mut bytes, 3);
/// assert_eq!(Unit::read_bits(&bytes, 3), Unit::Kelvin);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be packed into bits",
    label = "this field's type has no fixed bit width",
    note = "`#[derive(Compact)]` packs numbers, `bool`, `char`, enums and structs that derive `Compact`, and `Option`s and arrays of these; derive `Compact` on `{Self}`, or keep this field outside the compact struct"
)]
pub trait Packable: Sized {
    /// How many bits a value takes.
    const BITS: u32;
    /// The struct's fields and their widths (`Name::LAYOUT`), which a file of these records
    /// describes in its header; `None` for numbers and enums, named by their type alone.
    const LAYOUT: Option<&'static LayoutReport> = None;
    /// What the setter of a packed field of this type returns: `()` when every value of the type
    /// packs, `Result<(), ValidationErrors>` when some are refused (structs, enums whose variants
    /// hold fields with rules).
    type SetResult;
    /// Writes the value's bits at `bit_offset` (bit 0 is the lowest bit of `bytes[0]`).
    fn write_bits(&self, bytes: &mut [u8], bit_offset: usize);
    /// Reads a value written by [`write_bits`](Packable::write_bits).
    fn read_bits(bytes: &[u8], bit_offset: usize) -> Self;
    /// Checks the rules a packed value relies on (bounds of nested fields).
    ///
    /// # Errors
    ///
    /// Every field whose value cannot be packed.
    fn check_packable(&self) -> Result<(), crate::ValidationErrors> {
        Ok(())
    }
    /// Whether the bits at `bit_offset` are a value's stored form: `false` for bits that
    /// [`write_bits`](Packable::write_bits) never writes (an enum's unused codes, a `char`'s
    /// surrogates). Bytes read from outside (`from_bytes`) are checked with it, then with
    /// [`check_packable`](Packable::check_packable), before anything is unpacked from them.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::{Compact, Packable};
    ///
    /// #[derive(Compact, Clone, Copy, Debug, PartialEq)]
    /// enum Unit { Celsius, Fahrenheit, Kelvin }
    ///
    /// assert!(Unit::bits_valid(&[0b10], 0));
    /// assert!(!Unit::bits_valid(&[0b11], 0)); // 2 bits, 3 variants: code 3 is no `Unit`
    /// ```
    #[must_use]
    fn bits_valid(bytes: &[u8], bit_offset: usize) -> bool {
        let _ = (bytes, bit_offset);
        true
    }
    /// Turns the outcome of [`check_packable`](Packable::check_packable) into a setter's result.
    fn set_result(outcome: Result<(), crate::ValidationErrors>) -> Self::SetResult;
}

/// Writes the low `width` bits of `value` at `bit_offset`.
///
/// # Examples
///
/// ```
/// let mut bytes = [0_u8; 3];
/// slotmodel::put_bits(&mut bytes, 4, 12, 0xABC);
/// assert_eq!(bytes, [0xC0, 0xAB, 0x00]);
/// assert_eq!(slotmodel::get_bits(&bytes, 4, 12), 0xABC);
/// ```
#[inline]
pub fn put_bits(bytes: &mut [u8], bit_offset: usize, width: u32, value: u128) {
    let (byte, lead) = (bit_offset / 8, bit_offset % 8);
    if let Some(word) = bytes.get_mut(byte..).and_then(<[u8]>::first_chunk_mut::<8>) {
        if lead + width as usize <= 64 {
            let mask = low_mask64(width) << lead;
            // `width + lead <= 64`, so the truncation keeps every bit of the field.
            #[allow(clippy::cast_possible_truncation)]
            let bits = (value as u64) << lead;
            *word = ((u64::from_le_bytes(*word) & !mask) | (bits & mask)).to_le_bytes();
            return;
        }
    }
    if let Some((start, end, lead)) = window(bytes.len(), bit_offset, width) {
        let mut word = [0; 8];
        word[..end - start].copy_from_slice(&bytes[start..end]);
        let mask = low_mask64(width) << lead;
        // `width + lead <= 64`, so the truncation keeps every bit of the field.
        #[allow(clippy::cast_possible_truncation)]
        let bits = (value as u64) << lead;
        let merged = (u64::from_le_bytes(word) & !mask) | (bits & mask);
        bytes[start..end].copy_from_slice(&merged.to_le_bytes()[..end - start]);
        return;
    }
    let mut remaining = width as usize;
    let mut position = bit_offset;
    let mut value = value;
    while remaining > 0 {
        let (index, shift) = (position / 8, position % 8);
        let take = (8 - shift).min(remaining);
        let mask = low_mask8(take);
        if let Some(slot) = bytes.get_mut(index) {
            // `value & mask` keeps at most 8 bits.
            #[allow(clippy::cast_possible_truncation)]
            let part = (value as u8) & mask;
            *slot = (*slot & !(mask << shift)) | (part << shift);
        }
        value = value.checked_shr(u32::try_from(take).unwrap_or(u32::MAX)).unwrap_or(0);
        position += take;
        remaining -= take;
    }
}

/// Reads `width` bits at `bit_offset`.
///
/// # Examples
///
/// ```
/// let bytes = [0b1010_0000, 0b0000_0001];
/// assert_eq!(slotmodel::get_bits(&bytes, 5, 4), 0b1101);
/// ```
#[inline]
#[must_use]
pub fn get_bits(bytes: &[u8], bit_offset: usize, width: u32) -> u128 {
    if let Some((word, lead)) = word_at(bytes, bit_offset, width) {
        return u128::from((u64::from_le_bytes(*word) >> lead) & low_mask64(width));
    }
    get_bits_spanning(bytes, bit_offset, width)
}

/// [`get_bits`] of a field that is not within the 8 bytes from its first byte (near the end of
/// the buffer, or wider than 57 bits). Kept out of line so that `get_bits` stays small enough
/// to inline everywhere, where the common case folds to a load, a shift and a mask.
#[inline(never)]
fn get_bits_spanning(bytes: &[u8], bit_offset: usize, width: u32) -> u128 {
    if let Some((start, end, lead)) = window(bytes.len(), bit_offset, width) {
        let mut word = [0; 8];
        word[..end - start].copy_from_slice(&bytes[start..end]);
        return u128::from((u64::from_le_bytes(word) >> lead) & low_mask64(width));
    }
    let mut value = 0_u128;
    let mut read = 0_usize;
    let mut position = bit_offset;
    while read < width as usize {
        let (index, shift) = (position / 8, position % 8);
        let take = (8 - shift).min(width as usize - read);
        let part = bytes.get(index).map_or(0, |b| (b >> shift) & low_mask8(take));
        value |= u128::from(part) << read;
        position += take;
        read += take;
    }
    value
}

/// The 8 bytes from the field's first byte, when the buffer has them and they hold the whole
/// field, and the field's first bit within them: one unaligned load, the common case.
#[inline]
fn word_at(bytes: &[u8], bit_offset: usize, width: u32) -> Option<(&[u8; 8], usize)> {
    let lead = bit_offset % 8;
    let word = bytes.get(bit_offset / 8..)?.first_chunk::<8>()?;
    (lead + width as usize <= 64).then_some((word, lead))
}

/// The bytes `start..end` (at most 8) of a 64-bit window holding the whole field, and the field's
/// first bit within it. The window ends at the buffer's end when the field is near it, so that
/// most fields of most layouts are one load, a shift and a mask.
#[inline]
fn window(len: usize, bit_offset: usize, width: u32) -> Option<(usize, usize, usize)> {
    let byte = bit_offset / 8;
    if byte >= len {
        return None;
    }
    let start = if byte + 8 <= len { byte } else { len.saturating_sub(8) };
    let lead = (byte - start) * 8 + bit_offset % 8;
    (lead + width as usize <= 64).then_some((start, (start + 8).min(len), lead))
}

/// The low `bits` bits of a byte set (`bits <= 8`).
#[inline]
fn low_mask8(bits: usize) -> u8 {
    u8::MAX.checked_shr(u32::try_from(8 - bits).unwrap_or(8)).unwrap_or(0)
}

#[inline]
fn low_mask64(width: u32) -> u64 {
    if width >= 64 {
        u64::MAX
    } else {
        (1_u64 << width) - 1
    }
}

/// The bits needed for the values `0..=span`: `ceil(log2(span + 1))`.
///
/// # Examples
///
/// ```
/// assert_eq!(slotmodel::span_bits(0), 0);
/// assert_eq!(slotmodel::span_bits(3), 2);
/// assert_eq!(slotmodel::span_bits(4_294_967_295), 32);
/// assert_eq!(slotmodel::span_bits(u128::MAX), 128);
/// ```
#[must_use]
pub const fn span_bits(span: u128) -> u32 {
    128 - span.leading_zeros()
}

/// An integer stored as its distance from a bound, so that `1000..=1003` takes 2 bits.
#[doc(hidden)]
pub trait PackInt: Copy {
    /// `self - min`, as raw bits.
    fn to_raw(self, min: Self) -> u128;
    /// `min + raw`.
    fn from_raw(raw: u128, min: Self) -> Self;
}

macro_rules! pack_ints {
    ($($t:ty => $wide:ty),*) => {$(
        impl PackInt for $t {
            #[inline]
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_possible_wrap, clippy::cast_lossless)]
            fn to_raw(self, min: Self) -> u128 {
                // Two's complement difference: exact for every `self >= min` of the type.
                (self as $wide).wrapping_sub(min as $wide) as u128
            }
            #[inline]
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_possible_wrap, clippy::cast_lossless)]
            fn from_raw(raw: u128, min: Self) -> Self {
                (min as $wide).wrapping_add(raw as $wide) as $t
            }
        }
        impl Packable for $t {
            const BITS: u32 = <$t>::BITS;
            type SetResult = ();
            fn set_result(_: Result<(), crate::ValidationErrors>) {}
            #[inline]
            fn write_bits(&self, bytes: &mut [u8], bit_offset: usize) {
                put_bits(bytes, bit_offset, <Self as Packable>::BITS, self.to_raw(0));
            }
            #[inline]
            fn read_bits(bytes: &[u8], bit_offset: usize) -> Self {
                Self::from_raw(get_bits(bytes, bit_offset, <Self as Packable>::BITS), 0)
            }
        }
    )*};
}

pack_ints!(u8 => u128, u16 => u128, u32 => u128, u64 => u128, u128 => u128, usize => u128,
           i8 => i128, i16 => i128, i32 => i128, i64 => i128, i128 => i128, isize => i128);

impl Packable for bool {
    const BITS: u32 = 1;
    type SetResult = ();
    fn set_result(_: Result<(), crate::ValidationErrors>) {}
    #[inline]
    fn write_bits(&self, bytes: &mut [u8], bit_offset: usize) {
        put_bits(bytes, bit_offset, 1, u128::from(*self));
    }
    #[inline]
    fn read_bits(bytes: &[u8], bit_offset: usize) -> Self {
        get_bits(bytes, bit_offset, 1) == 1
    }
}

impl Packable for char {
    const BITS: u32 = 21;
    type SetResult = ();
    fn set_result(_: Result<(), crate::ValidationErrors>) {}
    #[inline]
    fn write_bits(&self, bytes: &mut [u8], bit_offset: usize) {
        put_bits(bytes, bit_offset, 21, u128::from(u32::from(*self)));
    }
    fn bits_valid(bytes: &[u8], bit_offset: usize) -> bool {
        u32::try_from(get_bits(bytes, bit_offset, 21))
            .ok()
            .and_then(char::from_u32)
            .is_some()
    }
    #[inline]
    fn read_bits(bytes: &[u8], bit_offset: usize) -> Self {
        // `write_bits` or a `bits_valid` check filled these bits; the fallback is never taken.
        u32::try_from(get_bits(bytes, bit_offset, 21))
            .ok()
            .and_then(char::from_u32)
            .unwrap_or(char::REPLACEMENT_CHARACTER)
    }
}

macro_rules! pack_floats {
    ($($t:ty => $bits:ty),*) => {$(
        impl Packable for $t {
            const BITS: u32 = <$bits>::BITS;
            type SetResult = ();
            fn set_result(_: Result<(), crate::ValidationErrors>) {}
            #[inline]
            fn write_bits(&self, bytes: &mut [u8], bit_offset: usize) {
                // The bit pattern, so NaN payloads and signed zeros survive.
                put_bits(bytes, bit_offset, <Self as Packable>::BITS, u128::from(self.to_bits()));
            }
            #[inline]
            fn read_bits(bytes: &[u8], bit_offset: usize) -> Self {
                // `BITS` bits were read, so the value fits.
                #[allow(clippy::cast_possible_truncation)]
                <$t>::from_bits(get_bits(bytes, bit_offset, <Self as Packable>::BITS) as $bits)
            }
        }
    )*};
}

pack_floats!(f32 => u32, f64 => u64);

/// One field's place in a struct's native layout and in its packed form.
///
/// # Examples
///
/// See [`LayoutReport`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct FieldLayout {
    /// The field's name.
    pub name: &'static str,
    /// Its type, as written.
    pub ty: &'static str,
    /// Its byte offset in the struct as the compiler laid it out.
    pub offset: usize,
    /// Its size in bytes there.
    pub size: usize,
    /// Its first bit in the packed form.
    pub bit_offset: u32,
    /// Its width in bits in the packed form.
    pub bits: u32,
}

/// A struct's layout as the compiler laid it out and as `#[derive(Compact)]` packs it:
/// `Name::LAYOUT`. Its `Display` is a table.
///
/// # Examples
///
/// ```
/// use slotmodel::Compact;
///
/// #[derive(Compact, Debug)]
/// struct Reading {
///     #[bounded(max = 4_294_967_295)]
///     timestamp: u64,
///     value: f32,
///     ok: bool,
/// }
///
/// let layout = Reading::LAYOUT;
/// assert_eq!((layout.size, layout.align), (16, 8));
/// assert_eq!((layout.packed_bits, layout.packed_size), (65, 9));
/// assert_eq!(layout.padding(), 3);
/// assert_eq!(layout.saving(), 7);
/// assert_eq!(layout.fields[1].bit_offset, 32);
/// println!("{layout}");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct LayoutReport {
    /// The struct's name.
    pub type_name: &'static str,
    /// `size_of` the struct.
    pub size: usize,
    /// `align_of` the struct.
    pub align: usize,
    /// Bits of the packed form.
    pub packed_bits: u32,
    /// Bytes of the packed form (alignment 1).
    pub packed_size: usize,
    /// The fields in declaration order.
    pub fields: &'static [FieldLayout],
}

impl LayoutReport {
    /// Bytes of the native layout that hold no field.
    ///
    /// # Examples
    ///
    /// See [`LayoutReport`].
    #[must_use]
    pub fn padding(&self) -> usize {
        self.size - self.fields.iter().map(|f| f.size).sum::<usize>()
    }

    /// Bytes saved per value by packing.
    ///
    /// # Examples
    ///
    /// See [`LayoutReport`].
    #[must_use]
    pub fn saving(&self) -> usize {
        self.size.saturating_sub(self.packed_size)
    }
}

impl fmt::Display for LayoutReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{}: {} bytes, align {}, {} bytes of padding",
            self.type_name,
            self.size,
            self.align,
            self.padding()
        )?;
        writeln!(
            f,
            "  {:<16} {:<12} {:>6} {:>5} {:>6} {:>11}",
            "field", "type", "offset", "size", "bits", "packed bits"
        )?;
        for field in self.fields {
            let bits = BitSpan {
                start: field.bit_offset,
                bits: field.bits,
            };
            writeln!(
                f,
                "  {:<16} {:<12} {:>6} {:>5} {:>6} {:>11}",
                field.name, field.ty, field.offset, field.size, field.bits, bits
            )?;
        }
        let percent = (self.saving() * 100).checked_div(self.size).unwrap_or(0);
        write!(
            f,
            "  packed: {} bits in {} bytes, align 1; saves {} bytes per value ({percent}%)",
            self.packed_bits,
            self.packed_size,
            self.saving()
        )
    }
}

/// A field's packed bits, `start..=end`, padded like any other table cell.
struct BitSpan {
    start: u32,
    bits: u32,
}

impl fmt::Display for BitSpan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.bits == 0 {
            return f.pad("-");
        }
        let mut cell = Cell { bytes: [0; 24], len: 0 };
        fmt::Write::write_fmt(
            &mut cell,
            format_args!("{}..={}", self.start, self.start + self.bits - 1),
        )?;
        f.pad(core::str::from_utf8(&cell.bytes[..cell.len]).map_err(|_| fmt::Error)?)
    }
}

/// A fixed buffer for one table cell, so the report prints without allocating.
struct Cell {
    bytes: [u8; 24],
    len: usize,
}

impl fmt::Write for Cell {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len + s.len();
        self.bytes
            .get_mut(self.len..end)
            .ok_or(fmt::Error)?
            .copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// `Some` as a presence bit followed by the value, `None` as all bits zero; a bounded integer
/// field of a compact struct stores `None` in a spare value of its range instead.
impl<T: Packable> Packable for Option<T> {
    const BITS: u32 = T::BITS + 1;
    type SetResult = T::SetResult;
    #[inline]
    fn write_bits(&self, bytes: &mut [u8], bit_offset: usize) {
        put_bits(bytes, bit_offset, 1, u128::from(self.is_some()));
        match self {
            Some(value) => value.write_bits(bytes, bit_offset + 1),
            None => clear_bits(bytes, bit_offset + 1, T::BITS),
        }
    }
    #[inline]
    fn read_bits(bytes: &[u8], bit_offset: usize) -> Self {
        (get_bits(bytes, bit_offset, 1) == 1).then(|| T::read_bits(bytes, bit_offset + 1))
    }
    fn bits_valid(bytes: &[u8], bit_offset: usize) -> bool {
        if get_bits(bytes, bit_offset, 1) == 1 {
            T::bits_valid(bytes, bit_offset + 1)
        } else {
            bits_zero(bytes, bit_offset + 1, T::BITS)
        }
    }
    fn check_packable(&self) -> Result<(), crate::ValidationErrors> {
        self.as_ref().map_or(Ok(()), Packable::check_packable)
    }
    fn set_result(outcome: Result<(), crate::ValidationErrors>) -> Self::SetResult {
        T::set_result(outcome)
    }
}

/// The elements one after another, element `i` at `i * T::BITS`.
impl<T: Packable, const N: usize> Packable for [T; N] {
    #[allow(clippy::cast_possible_truncation, reason = "a packed record's width fits in u32")]
    const BITS: u32 = T::BITS * N as u32;
    type SetResult = T::SetResult;
    #[inline]
    fn write_bits(&self, bytes: &mut [u8], bit_offset: usize) {
        for (i, value) in self.iter().enumerate() {
            value.write_bits(bytes, bit_offset + i * T::BITS as usize);
        }
    }
    #[inline]
    fn read_bits(bytes: &[u8], bit_offset: usize) -> Self {
        core::array::from_fn(|i| T::read_bits(bytes, bit_offset + i * T::BITS as usize))
    }
    fn bits_valid(bytes: &[u8], bit_offset: usize) -> bool {
        (0..N).all(|i| T::bits_valid(bytes, bit_offset + i * T::BITS as usize))
    }
    fn check_packable(&self) -> Result<(), crate::ValidationErrors> {
        let mut errors: Option<crate::ValidationErrors> = None;
        for (i, value) in self.iter().enumerate() {
            if let Err(found) = value.check_packable() {
                let found = found.at_index(i);
                match &mut errors {
                    Some(all) => found.into_iter().for_each(|error| all.push(error)),
                    None => errors = Some(found),
                }
            }
        }
        errors.map_or(Ok(()), Err)
    }
    fn set_result(outcome: Result<(), crate::ValidationErrors>) -> Self::SetResult {
        T::set_result(outcome)
    }
}

/// Zeroes `width` bits at `bit_offset`, in chunks that `put_bits` takes.
pub fn clear_bits(bytes: &mut [u8], bit_offset: usize, width: u32) {
    for start in (0..width).step_by(64) {
        put_bits(bytes, bit_offset + start as usize, (width - start).min(64), 0);
    }
}

/// Whether the `width` bits at `bit_offset` are all zero.
#[must_use]
pub fn bits_zero(bytes: &[u8], bit_offset: usize, width: u32) -> bool {
    (0..width)
        .step_by(64)
        .all(|start| get_bits(bytes, bit_offset + start as usize, (width - start).min(64)) == 0)
}

/// The widest of the variants of an enum with data, each variant's fields' total.
#[must_use]
pub const fn widest<const N: usize>(bits: [u32; N]) -> u32 {
    let mut widest = 0;
    let mut i = 0;
    while i < N {
        if bits[i] > widest {
            widest = bits[i];
        }
        i += 1;
    }
    widest
}

/// The first bit of each field of an enum's variant: after the `tag` bits, in declaration order.
#[must_use]
pub const fn offsets_after<const N: usize>(tag: u32, widths: [u32; N]) -> [u32; N] {
    let mut offsets = [0; N];
    let mut at = tag;
    let mut i = 0;
    while i < N {
        offsets[i] = at;
        at += widths[i];
        i += 1;
    }
    offsets
}
