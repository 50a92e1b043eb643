//! [`PackedVec`]: records stored back to back at their packed width, not rounded to bytes.

use alloc::vec::Vec;
use core::borrow::Borrow;
use core::fmt;
use core::marker::PhantomData;

use crate::{Packable, ValidationErrors};

/// A growable sequence of `T` stored at [`T::BITS`](Packable::BITS) bits each, back to back: a
/// record of 66 bits takes 66 bits, so a million take 8.25 MB where `Vec<TPacked>` rounds each
/// to 9 bytes. Every value entering it passes all of its rules first.
///
/// The storage format is stable: record `i` starts at bit `i * T::BITS` of [`as_bytes`], bit 0
/// being the lowest bit of byte 0 (the same order as one `<Name>Packed`), and the bits after the
/// last record are zero.
///
/// [`as_bytes`]: PackedVec::as_bytes
///
/// # Examples
///
/// ```
/// use slotmodel::{Compact, PackedVec};
///
/// #[derive(Compact, Clone, Copy, Debug, PartialEq)]
/// struct Reading {
///     #[bounded(max = 1000)]
///     value: u16,
///     ok: bool,
/// }
///
/// let mut readings = PackedVec::new();
/// readings.push(Reading { value: 250, ok: true })?;
/// readings.push(&Reading { value: 999, ok: false })?;
/// assert_eq!(readings.len(), 2);
/// assert_eq!(readings.get(1), Some(Reading { value: 999, ok: false }));
/// assert_eq!(readings.as_bytes().len(), 3); // 2 x 11 bits
///
/// let refused = readings.push(Reading { value: 1001, ok: true }).unwrap_err();
/// assert_eq!(refused.to_string(), "Reading.value must be <= 1000, got 1001");
/// assert_eq!(readings.len(), 2);
/// # Ok::<(), slotmodel::ValidationErrors>(())
/// ```
pub struct PackedVec<T> {
    bytes: Vec<u8>,
    len: usize,
    // Only packed bits are stored; `fn() -> T` keeps the vector `Send` and `Sync` like the bytes.
    record: PhantomData<fn() -> T>,
}

impl<T: Packable> PackedVec<T> {
    /// An empty vector; allocates nothing until the first push.
    ///
    /// # Examples
    ///
    /// ```
    /// let empty = slotmodel::PackedVec::<u8>::new();
    /// assert!(empty.is_empty());
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        PackedVec {
            bytes: Vec::new(),
            len: 0,
            record: PhantomData,
        }
    }

    /// An empty vector with room for exactly `records` records.
    ///
    /// # Examples
    ///
    /// ```
    /// let flags = slotmodel::PackedVec::<bool>::with_capacity(1000);
    /// assert_eq!(flags.heap_bytes(), 125);
    /// ```
    #[must_use]
    pub fn with_capacity(records: usize) -> Self {
        PackedVec {
            bytes: Vec::with_capacity(bytes_for::<T>(records)),
            len: 0,
            record: PhantomData,
        }
    }

    /// How many records it holds.
    ///
    /// # Examples
    ///
    /// ```
    /// let digits: slotmodel::PackedVec<u8> = (0..10).collect();
    /// assert_eq!(digits.len(), 10);
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether it holds no record.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(slotmodel::PackedVec::<u8>::new().is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The bytes allocated for the records: what the vector costs on the heap.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut flags: slotmodel::PackedVec<bool> = [true; 9].into_iter().collect();
    /// flags.shrink_to_fit();
    /// assert_eq!(flags.heap_bytes(), 2);
    /// ```
    #[must_use]
    pub fn heap_bytes(&self) -> usize {
        self.bytes.capacity()
    }

    /// The packed records, in the stable format described on [`PackedVec`].
    ///
    /// # Examples
    ///
    /// ```
    /// let nibbles: slotmodel::PackedVec<bool> = [true, false, true].into_iter().collect();
    /// assert_eq!(nibbles.as_bytes(), [0b101]);
    /// ```
    #[must_use]
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// Appends `value` if it passes all of its rules; a refused value leaves the vector as it was.
    ///
    /// # Errors
    ///
    /// Every rule the value breaks.
    ///
    /// # Examples
    ///
    /// See [`PackedVec`].
    pub fn push(&mut self, value: impl Borrow<T>) -> Result<(), ValidationErrors> {
        let value = value.borrow();
        value.check_packable()?;
        self.append(value);
        Ok(())
    }

    fn append(&mut self, value: &T) {
        self.bytes.resize(bytes_for::<T>(self.len + 1), 0);
        let at = bit_offset::<T>(self.len);
        value.write_bits(&mut self.bytes, at);
        self.len += 1;
    }

    /// The record at `index`, or `None` past the end.
    ///
    /// # Examples
    ///
    /// ```
    /// let small: slotmodel::PackedVec<u8> = [7, 9].into_iter().collect();
    /// assert_eq!(small.get(1), Some(9));
    /// assert_eq!(small.get(2), None);
    /// ```
    #[must_use]
    #[inline]
    pub fn get(&self, index: usize) -> Option<T> {
        (index < self.len).then(|| T::read_bits(&self.bytes, bit_offset::<T>(index)))
    }

    /// Replaces the record at `index` if `value` passes all of its rules; a refused value leaves
    /// the old record in place.
    ///
    /// # Errors
    ///
    /// Every rule the value breaks.
    ///
    /// # Panics
    ///
    /// When `index` is not below [`len`](PackedVec::len), as slice indexing does.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut small: slotmodel::PackedVec<u8> = [7, 9].into_iter().collect();
    /// small.set(0, 3)?;
    /// assert_eq!(small.get(0), Some(3));
    /// # Ok::<(), slotmodel::ValidationErrors>(())
    /// ```
    pub fn set(&mut self, index: usize, value: impl Borrow<T>) -> Result<(), ValidationErrors> {
        assert!(
            index < self.len,
            "index {index} out of range for a PackedVec of {} records",
            self.len
        );
        let value = value.borrow();
        value.check_packable()?;
        let at = bit_offset::<T>(index);
        value.write_bits(&mut self.bytes, at);
        Ok(())
    }

    /// Removes and returns the last record.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut small: slotmodel::PackedVec<u8> = [7, 9].into_iter().collect();
    /// assert_eq!(small.pop(), Some(9));
    /// assert_eq!(small.as_bytes(), [7]);
    /// ```
    pub fn pop(&mut self) -> Option<T> {
        let last = self.get(self.len.checked_sub(1)?)?;
        self.truncate(self.len - 1);
        Some(last)
    }

    /// Keeps the first `len` records; the freed bits are zeroed, as the format requires.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut small: slotmodel::PackedVec<u8> = [7, 9, 11].into_iter().collect();
    /// small.truncate(1);
    /// assert_eq!(small.iter().collect::<Vec<_>>(), [7]);
    /// ```
    pub fn truncate(&mut self, len: usize) {
        if len >= self.len {
            return;
        }
        self.len = len;
        self.bytes.truncate(bytes_for::<T>(len));
        let used = bit_offset::<T>(len) % 8;
        if let (Some(last), true) = (self.bytes.last_mut(), used != 0) {
            *last &= (1_u8 << used) - 1;
        }
    }

    /// Frees the capacity beyond the records held.
    ///
    /// # Examples
    ///
    /// See [`heap_bytes`](PackedVec::heap_bytes).
    pub fn shrink_to_fit(&mut self) {
        self.bytes.shrink_to_fit();
    }

    /// The records, unpacked one at a time.
    ///
    /// # Examples
    ///
    /// ```
    /// let small: slotmodel::PackedVec<u8> = [1, 2, 3].into_iter().collect();
    /// assert_eq!(small.iter().rev().map(u32::from).sum::<u32>(), 6);
    /// ```
    #[must_use]
    pub fn iter(&self) -> Iter<'_, T> {
        Iter::new(&self.bytes, self.len)
    }

    /// Appends every value if all pass their rules; otherwise appends none and returns the
    /// errors of the first refused value, its fields prefixed with its position in `values`
    /// (`Reading[3].value`).
    ///
    /// # Errors
    ///
    /// The first refused value's errors.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::{Compact, PackedVec};
    ///
    /// #[derive(Compact, Clone, Copy, Debug, PartialEq)]
    /// struct Level(#[bounded(max = 9)] u8);
    ///
    /// let mut levels = PackedVec::new();
    /// let err = levels.try_extend([Level(1), Level(2), Level(12)]).unwrap_err();
    /// assert_eq!(err.to_string(), "Level[2].0 must be <= 9, got 12");
    /// assert!(levels.is_empty());
    /// levels.try_extend([Level(1), Level(2)])?;
    /// assert_eq!(levels.len(), 2);
    /// # Ok::<(), slotmodel::ValidationErrors>(())
    /// ```
    pub fn try_extend<B: Borrow<T>>(&mut self, values: impl IntoIterator<Item = B>) -> Result<(), ValidationErrors> {
        let values = values.into_iter();
        self.bytes
            .reserve(bytes_for::<T>(self.len + values.size_hint().0).saturating_sub(self.bytes.len()));
        let start = self.len;
        for (position, value) in values.enumerate() {
            if let Err(errors) = self.push(value) {
                self.truncate(start);
                return Err(errors.at_index(position));
            }
        }
        Ok(())
    }

    /// A vector of every value if all pass their rules, sized exactly when the iterator knows
    /// its length.
    ///
    /// # Errors
    ///
    /// As [`try_extend`](PackedVec::try_extend).
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::{Compact, PackedVec};
    ///
    /// #[derive(Compact, Clone, Copy, Debug, PartialEq)]
    /// struct Level(#[bounded(max = 9)] u8);
    ///
    /// let levels = PackedVec::try_from_iter((0..8).map(Level))?;
    /// assert_eq!(levels.as_bytes().len(), 4); // 8 x 4 bits
    /// # Ok::<(), slotmodel::ValidationErrors>(())
    /// ```
    pub fn try_from_iter<B: Borrow<T>>(values: impl IntoIterator<Item = B>) -> Result<Self, ValidationErrors> {
        let mut out = PackedVec::new();
        out.try_extend(values)?;
        Ok(out)
    }
}

/// Where record `index` starts.
pub(crate) fn bit_offset<T: Packable>(index: usize) -> usize {
    index * T::BITS as usize
}

/// The bytes that `records` records of `T` take.
pub(crate) fn bytes_for<T: Packable>(records: usize) -> usize {
    records.saturating_mul(T::BITS as usize).div_ceil(8)
}

impl<T: Packable> Default for PackedVec<T> {
    fn default() -> Self {
        PackedVec::new()
    }
}

impl<T> Clone for PackedVec<T> {
    fn clone(&self) -> Self {
        PackedVec {
            bytes: self.bytes.clone(),
            len: self.len,
            record: PhantomData,
        }
    }
}

impl<T> PartialEq for PackedVec<T> {
    fn eq(&self, other: &Self) -> bool {
        self.len == other.len && self.bytes == other.bytes
    }
}

impl<T> Eq for PackedVec<T> {}

impl<T: Packable + fmt::Debug> fmt::Debug for PackedVec<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// Values that always pack (numbers, `bool`, `char`, fieldless enums) collect without a check
/// that could fail; records with rules use [`PackedVec::try_from_iter`].
impl<T: Packable<SetResult = ()>> FromIterator<T> for PackedVec<T> {
    fn from_iter<I: IntoIterator<Item = T>>(values: I) -> Self {
        let mut out = PackedVec::new();
        out.extend(values);
        out
    }
}

/// As [`FromIterator`]: for values that always pack.
impl<T: Packable<SetResult = ()>> Extend<T> for PackedVec<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, values: I) {
        let values = values.into_iter();
        self.bytes
            .reserve(bytes_for::<T>(self.len + values.size_hint().0).saturating_sub(self.bytes.len()));
        for value in values {
            // `SetResult = ()`: every value of the type packs, as its own setters store it unchecked.
            self.append(&value);
        }
    }
}

impl<'a, T: Packable> IntoIterator for &'a PackedVec<T> {
    type Item = T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

/// The records of a [`PackedVec`]: [`PackedVec::iter`]. Folds (`sum`, `count`, `filter(..).count()`,
/// `for_each`, ..) unpack them 8 at a time.
pub struct Iter<'a, T> {
    bytes: &'a [u8],
    front: usize,
    back: usize,
    record: PhantomData<fn() -> T>,
}

impl<'a, T: Packable> Iter<'a, T> {
    /// The `len` records packed in `bytes` (a `PackedVec`'s or a `PackedSlice`'s).
    pub(crate) fn new(bytes: &'a [u8], len: usize) -> Self {
        Iter {
            bytes,
            front: 0,
            back: len,
            record: PhantomData,
        }
    }

    #[inline]
    fn get(&self, index: usize) -> T {
        T::read_bits(self.bytes, bit_offset::<T>(index))
    }
}

impl<T: Packable> Iterator for Iter<'_, T> {
    type Item = T;

    #[inline]
    fn next(&mut self) -> Option<T> {
        if self.front == self.back {
            return None;
        }
        self.front += 1;
        Some(self.get(self.front - 1))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.back - self.front, Some(self.back - self.front))
    }

    // Sums, counts, filters and other folds take the records in blocks of 8 (8 records of
    // `BITS` bits fill exactly `BITS` bytes): each block is one slice whose length is a
    // constant once `T` is, and each record one of 8 constant offsets into it, so every field
    // is one load, shift and mask, with no bounds check and no per-record arithmetic.
    fn fold<B, G: FnMut(B, T) -> B>(mut self, init: B, mut step: G) -> B {
        let mut acc = init;
        let bits = T::BITS as usize;
        if (1..=MAX_BLOCKED_BITS).contains(&bits) {
            while self.front % 8 != 0 && self.front < self.back {
                self.front += 1;
                acc = step(acc, self.get(self.front - 1));
            }
            while self.back - self.front >= 8 {
                // `bits` bytes of records and 8 more, for the load of the last field; the last
                // block, short of those 8 bytes, goes one record at a time below.
                let start = self.front / 8 * bits;
                let Some(block) = self.bytes.get(start..start + bits + 8) else {
                    break;
                };
                for record in 0..8 {
                    acc = step(acc, T::read_bits(block, record * bits));
                }
                self.front += 8;
            }
        }
        for value in self.by_ref() {
            acc = step(acc, value);
        }
        acc
    }
}

/// Records up to this many bits fold in blocks (a block is `BITS` bytes); wider ones one at a
/// time.
pub(crate) const MAX_BLOCKED_BITS: usize = 512;

impl<T: Packable> DoubleEndedIterator for Iter<'_, T> {
    fn next_back(&mut self) -> Option<T> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        Some(self.get(self.back))
    }
}

impl<T: Packable> ExactSizeIterator for Iter<'_, T> {}
