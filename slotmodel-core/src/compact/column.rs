//! [`Column`]: one field of a `<Name>Columns`, its values bit-packed back to back.

use core::marker::PhantomData;

use crate::compact::block::{blocked, unpack_block, unpack_words, BLOCK};

/// One field's values in a `<Name>Columns` (`#[derive(Compact)]` with
/// `#[slotmodel(columns)]`), stored at the field's packed width and decoded on access. A scan
/// reads only this field's bits; columns zip like any iterators.
///
/// # Examples
///
/// ```
/// use slotmodel::Compact;
///
/// #[derive(Compact, Clone, Copy, Debug, PartialEq)]
/// #[slotmodel(columns)]
/// struct Reading {
///     #[bounded(max = 4_294_967_295)]
///     timestamp: u64,
///     value: f32,
///     ok: bool,
/// }
///
/// let readings = ReadingColumns::try_from_iter((0..100_u16).map(|i| Reading {
///     timestamp: 1_700_000_000 + u64::from(i),
///     value: f32::from(i) / 2.0,
///     ok: i % 10 != 0,
/// }))?;
/// assert_eq!(readings.value().iter().sum::<f32>(), 2475.0);
/// assert_eq!(readings.ok().as_bytes().len(), 13); // 100 bits
/// let failed_at: Vec<u64> = readings.timestamp().iter().zip(readings.ok()).filter(|(_, ok)| !ok).map(|(t, _)| t).take(2).collect();
/// assert_eq!(failed_at, [1_700_000_000, 1_700_000_010]);
/// # Ok::<(), slotmodel::ValidationErrors>(())
/// ```
pub struct Column<'a, T, F, const WIDTH: usize> {
    bytes: &'a [u8],
    len: usize,
    decode: F,
    value: PhantomData<fn() -> T>,
}

impl<'a, T, F: Fn(&[u8], usize) -> T + Copy, const WIDTH: usize> Column<'a, T, F, WIDTH> {
    /// A column of `len` values of `WIDTH` bits in `bytes`, each read by `decode(bytes, bit)`.
    #[doc(hidden)]
    pub fn new(bytes: &'a [u8], len: usize, decode: F) -> Self {
        Column {
            bytes,
            len,
            decode,
            value: PhantomData,
        }
    }

    /// How many values it holds.
    ///
    /// # Examples
    ///
    /// See [`Column`].
    #[must_use]
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether it holds no value.
    ///
    /// # Examples
    ///
    /// See [`Column`].
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The value of record `row`, or `None` past the end.
    ///
    /// # Examples
    ///
    /// See [`Column`].
    #[must_use]
    #[inline]
    pub fn get(&self, row: usize) -> Option<T> {
        (row < self.len).then(|| (self.decode)(self.bytes, row * WIDTH))
    }

    /// The column's packed bits.
    ///
    /// # Examples
    ///
    /// See [`Column`].
    #[must_use]
    pub fn as_bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// The values, in record order.
    ///
    /// # Examples
    ///
    /// See [`Column`].
    #[must_use]
    pub fn iter(&self) -> ColumnIter<'a, T, F, WIDTH> {
        ColumnIter::new(*self)
    }
}

// By hand: a derive would ask `T: Copy`, which the values need not be.
impl<T, F: Copy, const WIDTH: usize> Clone for Column<'_, T, F, WIDTH> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T, F: Copy, const WIDTH: usize> Copy for Column<'_, T, F, WIDTH> {}

impl<'a, T, F: Fn(&[u8], usize) -> T + Copy, const WIDTH: usize> IntoIterator for Column<'a, T, F, WIDTH> {
    type Item = T;
    type IntoIter = ColumnIter<'a, T, F, WIDTH>;
    fn into_iter(self) -> ColumnIter<'a, T, F, WIDTH> {
        self.iter()
    }
}

impl<'a, T, F: Fn(&[u8], usize) -> T + Copy, const WIDTH: usize> IntoIterator for &Column<'a, T, F, WIDTH> {
    type Item = T;
    type IntoIter = ColumnIter<'a, T, F, WIDTH>;
    fn into_iter(self) -> ColumnIter<'a, T, F, WIDTH> {
        self.iter()
    }
}

/// The values of a [`Column`], in record order: [`Column::iter`]. Values of 1 to 64 bits are
/// unpacked 64 at a time from whole words and handed out from that block, so a zip of columns
/// costs a compare and a load per value and column.
pub struct ColumnIter<'a, T, F, const WIDTH: usize> {
    column: Column<'a, T, F, WIDTH>,
    front: usize,
    back: usize,
    /// The rows `front..ready` are unpacked in `raw`, row `r` at `raw[r % BLOCK]`; `ready`
    /// stays within `front`'s block and below `back`. None are before the first `next`.
    ready: usize,
    raw: [u64; BLOCK],
}

impl<'a, T, F: Fn(&[u8], usize) -> T + Copy, const WIDTH: usize> ColumnIter<'a, T, F, WIDTH> {
    fn new(column: Column<'a, T, F, WIDTH>) -> Self {
        ColumnIter {
            column,
            front: 0,
            back: column.len,
            ready: 0,
            raw: [0; BLOCK],
        }
    }

    /// The value of `row`, read in place.
    #[inline]
    fn value(&self, row: usize) -> T {
        (self.column.decode)(self.column.bytes, row * WIDTH)
    }

    /// Unpacks the block of `front`, which is not unpacked yet and below `back` (widths of 1
    /// to 64 bits).
    #[cold]
    fn refill(&mut self) {
        let block = self.front / BLOCK;
        unpack_block::<WIDTH>(self.column.bytes, block, &mut self.raw);
        self.ready = self.back.min((block + 1) * BLOCK);
    }
}

impl<T, F: Fn(&[u8], usize) -> T + Copy, const WIDTH: usize> Iterator for ColumnIter<'_, T, F, WIDTH> {
    type Item = T;

    // One path hands out every value, the refill of a block left out of it: a value decoded
    // on two paths, one of them a call, reached the caller as an opaque merge of the two, and
    // a test on it (`unit == Kelvin` in a zip of columns) was not folded into the decoding.
    #[inline]
    fn next(&mut self) -> Option<T> {
        if self.front >= self.ready {
            if self.front == self.back {
                return None;
            }
            if !blocked(WIDTH) {
                self.front += 1;
                return Some(self.value(self.front - 1));
            }
            self.refill();
        }
        self.front += 1;
        Some((self.column.decode)(
            &self.raw[(self.front - 1) % BLOCK].to_le_bytes(),
            0,
        ))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.back - self.front, Some(self.back - self.front))
    }

    #[inline]
    fn nth(&mut self, n: usize) -> Option<T> {
        self.front += n.min(self.back - self.front);
        self.next()
    }

    // Sums, counts and other folds over a whole-byte width take the values as fixed-size
    // chunks, which the compiler turns into vector code. Other widths up to 64 bits unpack a
    // block of 64 values at a time, then fold over it.
    fn fold<B, G: FnMut(B, T) -> B>(mut self, init: B, mut step: G) -> B {
        let mut acc = init;
        let size = WIDTH / 8;
        if WIDTH % 8 == 0 && (1..=8).contains(&size) {
            let bytes = self
                .column
                .bytes
                .get(self.front * size..self.back * size)
                .unwrap_or_default();
            for chunk in bytes.chunks_exact(size) {
                let mut word = [0_u8; 8];
                word[..size].copy_from_slice(chunk);
                acc = step(acc, (self.column.decode)(&word, 0));
            }
            return acc;
        }
        if blocked(WIDTH) {
            while self.front % BLOCK != 0 && self.front < self.back {
                acc = step(acc, self.value(self.front));
                self.front += 1;
            }
            // The whole blocks before `back` as fixed-length chunks: no bounds check and no
            // offset arithmetic is left in the loop, and the unpacking, inlined, vectorizes.
            let size = 8 * WIDTH;
            let blocks = (self.back - self.front) / BLOCK;
            let start = self.front / BLOCK * size;
            let whole = self.column.bytes.get(start..start + blocks * size).unwrap_or_default();
            let mut raw = [0; BLOCK];
            for block in whole.chunks_exact(size) {
                unpack_words::<WIDTH>(block, &mut raw);
                for bits in raw {
                    acc = step(acc, (self.column.decode)(&bits.to_le_bytes(), 0));
                }
                self.front += BLOCK;
            }
        }
        for value in self.by_ref() {
            acc = step(acc, value);
        }
        acc
    }
}

impl<T, F: Fn(&[u8], usize) -> T + Copy, const WIDTH: usize> DoubleEndedIterator for ColumnIter<'_, T, F, WIDTH> {
    fn next_back(&mut self) -> Option<T> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        self.ready = self.ready.min(self.back);
        Some(self.value(self.back))
    }
}

impl<T, F: Fn(&[u8], usize) -> T + Copy, const WIDTH: usize> ExactSizeIterator for ColumnIter<'_, T, F, WIDTH> {}
