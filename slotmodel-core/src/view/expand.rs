//! The functions that `#[derive(View)]`'s output calls, through `__private`: byte offsets and
//! sizes computed in constants.

/// Each view field's first byte, from the sizes and the reserved bytes before each field.
#[must_use]
pub const fn view_offsets<const N: usize>(sizes: [usize; N], skips: [usize; N]) -> [usize; N] {
    let mut offsets = [0; N];
    let mut at = 0;
    let mut i = 0;
    while i < N {
        at += skips[i];
        offsets[i] = at;
        at += sizes[i];
        i += 1;
    }
    offsets
}

/// A record's size: the end of its last field.
#[must_use]
pub const fn view_end<const N: usize>(offsets: [usize; N], sizes: [usize; N]) -> usize {
    if N == 0 {
        0
    } else {
        offsets[N - 1] + sizes[N - 1]
    }
}
