//! Typed values read off the front of a fuzz input.
//!
//! Decoding by hand rather than through `arbitrary` keeps the checks free of dependencies, so the
//! stable corpus replay compiles them as they are. An exhausted input reads as zeros: every input
//! decodes, and a short one still reaches the setters.

/// The unread part of a fuzz input.
pub struct Input<'a> {
    bytes: &'a [u8],
}

macro_rules! numbers {
    ($($name:ident: $t:ty),*) => {$(
        /// The next little-endian value of this type.
        pub fn $name(&mut self) -> $t {
            <$t>::from_le_bytes(self.array())
        }
    )*};
}

impl<'a> Input<'a> {
    /// Reads `bytes` from the start.
    #[must_use]
    pub fn new(bytes: &'a [u8]) -> Self {
        Input { bytes }
    }

    /// Whether every byte has been read.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// The next `N` bytes, zero-padded past the end.
    pub fn array<const N: usize>(&mut self) -> [u8; N] {
        let mut out = [0; N];
        let taken = N.min(self.bytes.len());
        out[..taken].copy_from_slice(&self.bytes[..taken]);
        self.bytes = &self.bytes[taken..];
        out
    }

    numbers!(u8: u8, u16: u16, u32: u32, u64: u64, u128: u128, i8: i8, i16: i16, i32: i32, i64: i64, i128: i128);

    /// The next byte's low bit.
    pub fn bool(&mut self) -> bool {
        self.u8() & 1 == 1
    }

    /// A `char`: a 32-bit value that is no scalar value becomes U+FFFD.
    pub fn char(&mut self) -> char {
        char::from_u32(self.u32()).unwrap_or(char::REPLACEMENT_CHARACTER)
    }

    /// An `f64` from a selector byte: the edge cases a range check must get right come straight
    /// from one byte instead of waiting for the fuzzer to hit their bit patterns.
    pub fn f64(&mut self) -> f64 {
        match self.u8() {
            0 => f64::NAN,
            1 => -f64::NAN,
            2 => f64::INFINITY,
            3 => f64::NEG_INFINITY,
            4 => -0.0,
            5 => f64::MIN_POSITIVE,
            6 => f64::EPSILON,
            7 => f64::from(self.i16()) / 8.0,
            _ => f64::from_bits(self.u64()),
        }
    }

    /// An `f32`, as [`f64`](Input::f64).
    pub fn f32(&mut self) -> f32 {
        match self.u8() {
            0 => f32::NAN,
            1 => -f32::NAN,
            2 => f32::INFINITY,
            3 => f32::NEG_INFINITY,
            4 => -0.0,
            5 => f32::MIN_POSITIVE,
            6 => f32::EPSILON,
            7 => f32::from(self.i16()) / 8.0,
            _ => f32::from_bits(self.u32()),
        }
    }
}
