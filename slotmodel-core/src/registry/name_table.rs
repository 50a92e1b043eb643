//! A read-only map from plugin names to indices, built once and probed on every `create`.
//!
//! Names are short and fixed when the program is built, so each is kept as its length and first
//! 16 bytes packed in two words: a lookup hashes those words and compares them directly, and only
//! names longer than 16 bytes fall back to comparing strings.
//!
//! Kept because the standard maps measure slower in `interop/benches/registry.rs` ("name map", 10
//! lookups of 11-byte names): about 5-6 ns a lookup here, 12-24 ns for `HashMap` with its
//! default hasher, 20-70 ns for `BTreeMap`. (`HashMap` with the `foldhash` crate's hasher
//! measured within a nanosecond of this table; with that dependency, this file could go.)

use std::vec::Vec;

/// The packed form of a name: length and the first 16 bytes, little-endian, zero-padded.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Key {
    len: usize,
    head: [u64; 2],
}

impl Key {
    /// Packs with overlapping fixed-size reads, which compile to plain loads: for a known
    /// length, the words still determine every byte of the first 16.
    #[inline]
    fn of(name: &str) -> Key {
        let bytes = name.as_bytes();
        let len = bytes.len();
        let head = if len >= 8 {
            let end = len.min(16);
            [word8(&bytes[..8]), word8(&bytes[end - 8..end])]
        } else if len >= 4 {
            [
                u64::from(word4(&bytes[..4])) | (u64::from(word4(&bytes[len - 4..])) << 32),
                0,
            ]
        } else {
            [
                bytes
                    .iter()
                    .rev()
                    .fold(0_u64, |acc, &byte| (acc << 8) | u64::from(byte)),
                0,
            ]
        };
        Key { len, head }
    }

    #[inline]
    fn hash(self, name: &str) -> u64 {
        const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mix = |hash: u64, word: u64| (hash.rotate_left(5) ^ word).wrapping_mul(SEED);
        let mut hash = mix(mix(mix(0, self.len as u64), self.head[0]), self.head[1]);
        if self.len > 16 {
            for chunk in name.as_bytes()[16..].chunks(8) {
                hash = mix(hash, pack(chunk));
            }
        }
        hash
    }
}

#[inline]
fn word8(bytes: &[u8]) -> u64 {
    let mut word = [0; 8];
    word.copy_from_slice(bytes);
    u64::from_le_bytes(word)
}

#[inline]
fn word4(bytes: &[u8]) -> u32 {
    let mut word = [0; 4];
    word.copy_from_slice(bytes);
    u32::from_le_bytes(word)
}

/// Up to 8 bytes as one little-endian word, zero-padded.
#[inline]
fn pack(chunk: &[u8]) -> u64 {
    match <[u8; 8]>::try_from(chunk) {
        Ok(full) => u64::from_le_bytes(full),
        // Byte by byte: a variable-length copy would call `memmove`, slower than the lookup.
        Err(_) => chunk
            .iter()
            .rev()
            .fold(0_u64, |acc, &byte| (acc << 8) | u64::from(byte)),
    }
}

/// A stored name: its packed key and the name itself, for names longer than 16 bytes.
struct Stored {
    key: Key,
    name: &'static str,
}

/// Open addressing with linear probing, at most half full. Each bucket is one word: the hash's
/// high half beside the value, so probing touches a small array and reads a stored key only when
/// the hashes agree.
pub struct NameTable {
    buckets: Vec<u64>,
    stored: Vec<Stored>,
    values: Vec<u32>,
    mask: usize,
}

const EMPTY: u64 = u64::MAX;

impl NameTable {
    /// A table of `(name, value)` pairs; names must be distinct.
    pub fn new(pairs: &[(&'static str, u32)]) -> NameTable {
        let capacity = (pairs.len() * 2).next_power_of_two().max(4);
        let mut buckets = std::vec![EMPTY; capacity];
        let mask = capacity - 1;
        let mut stored = Vec::with_capacity(pairs.len());
        let mut values = Vec::with_capacity(pairs.len());
        for (position, &(name, value)) in pairs.iter().enumerate() {
            let key = Key::of(name);
            let hash = key.hash(name);
            let mut index = bucket_of(hash, mask);
            while buckets[index] != EMPTY {
                index = (index + 1) & mask;
            }
            buckets[index] = (hash & !0xffff_ffff) | position as u64;
            stored.push(Stored { key, name });
            values.push(value);
        }
        NameTable {
            buckets,
            stored,
            values,
            mask,
        }
    }

    /// The value stored for `name`.
    #[inline]
    pub fn get(&self, name: &str) -> Option<u32> {
        let key = Key::of(name);
        let hash = key.hash(name);
        let mut index = bucket_of(hash, self.mask);
        loop {
            let bucket = self.buckets[index];
            if bucket == EMPTY {
                return None;
            }
            if (bucket ^ hash) >> 32 == 0 {
                // The low half is a position in `stored`, below `u32::MAX` by construction.
                #[allow(clippy::cast_possible_truncation)]
                let position = (bucket & 0xffff_ffff) as usize;
                if let Some(candidate) = self.stored.get(position) {
                    if candidate.key == key && (key.len <= 16 || candidate.name == name) {
                        return self.values.get(position).copied();
                    }
                }
            }
            index = (index + 1) & self.mask;
        }
    }
}

/// The bucket of a hash: its top bits. A multiplication carries every input bit upward, so the
/// top bits depend on all of the name, while the low bits ignore its last bytes.
#[inline]
fn bucket_of(hash: u64, mask: usize) -> usize {
    // `mask + 1` is a power of two no larger than the table, so the shifted value fits.
    #[allow(clippy::cast_possible_truncation)]
    let top = (hash >> (64 - (mask + 1).trailing_zeros())) as usize;
    top & mask
}

#[cfg(test)]
mod tests {
    use super::NameTable;
    use std::format;
    use std::string::String;
    use std::vec::Vec;

    #[test]
    fn finds_every_name_and_nothing_else() {
        let names: Vec<String> = (0..300).map(|i| format!("{}{i}", "n".repeat(i % 40))).collect();
        let leaked: Vec<&'static str> = names
            .iter()
            .map(|n| &*std::boxed::Box::leak(n.clone().into_boxed_str()))
            .collect();
        let pairs: Vec<(&'static str, u32)> = leaked
            .iter()
            .enumerate()
            .map(|(i, n)| (*n, u32::try_from(i).unwrap()))
            .collect();
        let table = NameTable::new(&pairs);
        for (name, value) in &pairs {
            assert_eq!(table.get(name), Some(*value), "{name}");
        }
        for missing in ["", "x", "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn", "0n", "é"] {
            assert_eq!(table.get(missing), None, "{missing}");
        }
        assert_eq!(NameTable::new(&[]).get("a"), None);
    }

    #[test]
    fn names_differing_after_sixteen_bytes_are_told_apart() {
        let table = NameTable::new(&[("abcdefghijklmnop-one", 1), ("abcdefghijklmnop-two", 2)]);
        assert_eq!(table.get("abcdefghijklmnop-two"), Some(2));
        assert_eq!(table.get("abcdefghijklmnop-one"), Some(1));
        assert_eq!(table.get("abcdefghijklmnop-six"), None);
    }
}
