//! Block decoding: the values of one width unpacked [`BLOCK`] at a time from whole 64-bit
//! words, as the `bitpacking` crate and the `FastLanes` layout do, instead of one bit window per
//! value. 64 values of `W` bits fill exactly `W` words, so block `b` of a column starts at
//! byte `b * 8 * W` and the shifts inside a block are the same for every block: constants once
//! the width is (`W` is a const parameter), which leaves a shift, an `or` and a mask per value.

/// Values per block.
pub(crate) const BLOCK: usize = 64;

/// Whether values of `width` bits decode in blocks: 1 to 64 bits. Wider values (nested records,
/// `u128`) are read one bit window at a time.
#[inline]
pub(crate) const fn blocked(width: usize) -> bool {
    width >= 1 && width <= 64
}

/// The raw bits of the [`BLOCK`] values of `WIDTH` bits (1 to 64) in block `block` of `bytes`,
/// each in the low bits of one `u64`, in order; the bits past the end of `bytes` read as zero,
/// so the last block may be ragged.
///
/// Unpacking into a buffer, then folding over it in a second loop, measured faster than
/// handing each value to a fold's `step` as it is unpacked (6-8 ms against 15 ms for
/// 10,000,000 values of 10 bits): the compiler vectorizes the second loop, not the fused one.
#[inline]
pub(crate) fn unpack_block<const WIDTH: usize>(bytes: &[u8], block: usize, out: &mut [u64; BLOCK]) {
    let size = WIDTH * 8;
    let src = bytes.get(block * size..).unwrap_or_default();
    if let Some(whole) = src.get(..size) {
        unpack_words::<WIDTH>(whole, out);
    } else {
        let mut padded = [0_u8; 8 * BLOCK];
        padded[..src.len()].copy_from_slice(src);
        unpack_words::<WIDTH>(&padded[..size], out);
    }
}

/// Value `i` of a block, its `WIDTH` words (`8 * WIDTH` bytes), is the `WIDTH` bits from bit
/// `i * WIDTH`. The values are written out one by one so that every index and shift is a
/// constant: a value inside one word is a load, a shift and a mask, one across two words a
/// load, a shift and an `or` more.
///
/// Always inlined: a call per block keeps the loop that consumes `out` from being fused with
/// it, and the sum of a 10-bit column took over twice the instructions (5.6 against 2.3 per
/// value, callgrind); `#[inline]` alone leaves the call, the function being large.
#[allow(clippy::inline_always, reason = "measured: the call costs more than the unpacking")]
#[inline(always)]
pub(crate) fn unpack_words<const WIDTH: usize>(block: &[u8], out: &mut [u64; BLOCK]) {
    // Its length known, the bounds checks of the constant indices below fold away.
    let block = &block[..8 * WIDTH];
    let word = |k: usize| u64::from_le_bytes(block[8 * k..][..8].try_into().unwrap_or_default());
    // `% 64` only keeps the shift in range for widths that never come here (0, over 64).
    let mask = u64::MAX >> ((64 - WIDTH.min(64)) % 64);
    macro_rules! values {
        ($($i:literal)*) => {$({
            let (k, shift) = ($i * WIDTH / 64, $i * WIDTH % 64);
            let low = word(k) >> shift;
            // A value that crosses into word `k + 1` (`shift > 0` then, and `k + 1 < WIDTH` as
            // value 63 ends in the last word).
            let value = if shift + WIDTH > 64 { low | word(k + 1) << ((64 - shift) % 64) } else { low };
            out[$i] = value & mask;
        })*};
    }
    values!(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31
        32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60 61 62 63);
}

#[cfg(test)]
mod tests {
    use super::{unpack_block, BLOCK};
    use crate::compact::packable::get_bits;

    /// Every width's blocks against one bit window per value, on bytes of every length.
    fn check<const WIDTH: usize>(bytes: &[u8]) {
        let mut out = [0; BLOCK];
        for block in 0..=bytes.len() / (8 * WIDTH) + 1 {
            unpack_block::<WIDTH>(bytes, block, &mut out);
            for (i, &raw) in out.iter().enumerate() {
                let expected = get_bits(bytes, (block * BLOCK + i) * WIDTH, u32::try_from(WIDTH).unwrap());
                assert_eq!(u128::from(raw), expected, "width {WIDTH}, block {block}, value {i}");
            }
        }
    }

    macro_rules! every_width {
        ($bytes:expr; $($w:literal)*) => {$(check::<$w>($bytes);)*};
    }

    #[test]
    fn blocks_equal_bit_windows() {
        // A xorshift sequence: every bit pattern is likely somewhere.
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let bytes: alloc::vec::Vec<u8> = (0..1200)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state.to_le_bytes()[0]
            })
            .collect();
        for len in [0, 1, 7, 8, 9, 100, 511, 512, 513, 1200] {
            every_width!(&bytes[..len]; 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26
                27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57
                58 59 60 61 62 63 64);
        }
    }
}
