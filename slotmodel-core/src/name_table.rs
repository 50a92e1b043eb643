//! A read-only map from plugin names to indices, built once and probed on every `create`.
//!
//! Names are short and fixed when the program is built, so each is kept as its length and first
//! 16 bytes packed in two words: a lookup hashes those words and compares them directly, and only
//! names longer than 16 bytes fall back to comparing strings.

use std::vec::Vec;

/// The packed form of a name: length and the first 16 bytes, little-endian, zero-padded.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Key {
    len: usize,
    head: [u64; 2],
}

impl Key {
    #[inline]
    fn of(name: &str) -> Key {
        let bytes = name.as_bytes();
        let mut head = [0_u64; 2];
        for (word, chunk) in head.iter_mut().zip(bytes.chunks(8)) {
            *word = pack(chunk);
        }
        Key { len: bytes.len(), head }
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

struct Bucket {
    key: Key,
    hash: u64,
    name: &'static str,
    /// `u32::MAX` marks an empty bucket.
    value: u32,
}

/// Open addressing with linear probing, at most half full.
pub struct NameTable {
    buckets: Vec<Bucket>,
    mask: usize,
}

impl NameTable {
    /// A table of `(name, value)` pairs; names must be distinct.
    pub fn new(pairs: &[(&'static str, u32)]) -> NameTable {
        let capacity = (pairs.len() * 2).next_power_of_two().max(4);
        let mut buckets: Vec<Bucket> = (0..capacity)
            .map(|_| Bucket {
                key: Key::of(""),
                hash: 0,
                name: "",
                value: u32::MAX,
            })
            .collect();
        let mask = capacity - 1;
        for &(name, value) in pairs {
            let key = Key::of(name);
            let hash = key.hash(name);
            // Truncation keeps the low bits, which are the ones the mask uses.
            #[allow(clippy::cast_possible_truncation)]
            let mut index = hash as usize & mask;
            while buckets[index].value != u32::MAX {
                index = (index + 1) & mask;
            }
            buckets[index] = Bucket { key, hash, name, value };
        }
        NameTable { buckets, mask }
    }

    /// The value stored for `name`.
    #[inline]
    pub fn get(&self, name: &str) -> Option<u32> {
        let key = Key::of(name);
        let hash = key.hash(name);
        #[allow(clippy::cast_possible_truncation)]
        let mut index = hash as usize & self.mask;
        loop {
            let bucket = &self.buckets[index];
            if bucket.value == u32::MAX {
                return None;
            }
            if bucket.hash == hash && bucket.key == key && (key.len <= 16 || bucket.name == name) {
                return Some(bucket.value);
            }
            index = (index + 1) & self.mask;
        }
    }
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
