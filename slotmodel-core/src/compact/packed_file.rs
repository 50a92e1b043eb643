//! The file form of a [`PackedVec`]: a self-describing header, then the records bit-packed as in
//! memory, so that a file (memory-mapped, or read whole) is read in place through a
//! [`PackedSlice`] after one check of its header and records.
//!
//! Layout, all numbers little-endian:
//!
//! | bytes | content |
//! | --- | --- |
//! | 8 | magic `SLOTMODL` |
//! | 2 | format version, `1` |
//! | 2 | zero |
//! | 4 | header length `H` in bytes, a multiple of 8 |
//! | 8 | record count `N` |
//! | 4 | bits per record `B` |
//! | 4 | field count |
//! | .. | the type's name, then per field its name, its type as written and its bit width; each text a `u16` length and UTF-8 bytes, each width a `u32` |
//! | .. | zeros up to `H` |
//! | `ceil(N * B / 8)` | the records, as [`PackedVec::as_bytes`] holds them |

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use crate::compact::packed_vec::{bit_offset, bytes_for, MAX_BLOCKED_BITS};
use crate::{FieldLayout, LayoutReport, Packable, PackedVec, ValidationErrors};

const MAGIC: &[u8; 8] = b"SLOTMODL";
const VERSION: u16 = 1;

/// Records of `T` read in place from bytes in the file form: what [`PackedSlice::from_file`]
/// returns for a file's bytes, typically a memory map. Every record passed all of its rules
/// when the slice was made; reading one decodes only its bits.
///
/// # Examples
///
/// ```
/// use slotmodel::{Compact, PackedSlice, PackedVec};
///
/// #[derive(Compact, Clone, Copy, Debug, PartialEq)]
/// struct Reading {
///     #[bounded(max = 1000)]
///     level: u16,
///     ok: bool,
/// }
///
/// let readings = PackedVec::<Reading>::try_from_iter((0..500).map(|i| Reading { level: i, ok: i % 2 == 0 }))?;
/// let file: Vec<u8> = readings.to_file_bytes(); // or `write_to` a `File`
///
/// let slice = PackedSlice::<Reading>::from_file(&file).unwrap();
/// assert_eq!(slice.len(), 500);
/// assert_eq!(slice.get(499), Some(Reading { level: 499, ok: false }));
/// assert_eq!(slice.iter().filter(|r| r.ok).count(), 250);
/// # Ok::<(), slotmodel::ValidationErrors>(())
/// ```
pub struct PackedSlice<'a, T> {
    bytes: &'a [u8],
    len: usize,
    record: core::marker::PhantomData<fn() -> T>,
}

impl<'a, T: Packable> PackedSlice<'a, T> {
    /// The records of a file's bytes, after checking that the header describes `T` as it is
    /// compiled now, that the length matches, and that every record holds valid bits and
    /// passes all of its rules. Records of no bits take no bytes, so their count is limited
    /// instead: to what a `Vec<T>` can hold.
    ///
    /// # Errors
    ///
    /// The first difference between the file and `T`, a record count the type cannot hold
    /// ([`FileError::Count`]), or the first refused record.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::{Compact, PackedSlice, PackedVec};
    ///
    /// #[derive(Compact, Clone, Copy, Debug, PartialEq)]
    /// struct Old { #[bounded(max = 100)] level: u8 }
    /// #[derive(Compact, Clone, Copy, Debug, PartialEq)]
    /// struct New { #[bounded(max = 1000)] level: u16 }
    ///
    /// let file = PackedVec::<Old>::try_from_iter([Old { level: 7 }])?.to_file_bytes();
    /// let err = PackedSlice::<New>::from_file(&file).unwrap_err();
    /// assert_eq!(err.to_string(), "the file holds `Old`, not `New`");
    /// # Ok::<(), slotmodel::ValidationErrors>(())
    /// ```
    pub fn from_file(file: &'a [u8]) -> Result<Self, FileError> {
        let header = Header::read(file)?;
        header.matches(&Header::of::<T>())?;
        let most = most_records::<T>();
        let len = usize::try_from(header.count)
            .ok()
            .filter(|&count| count <= most)
            .ok_or(FileError::Count {
                count: header.count,
                most,
            })?;
        let data_len = bytes_for::<T>(len);
        if file.len() - header.length != data_len {
            return Err(FileError::Length {
                expected: header.length.saturating_add(data_len),
                found: file.len(),
            });
        }
        let bytes = &file[header.length..header.length + data_len];
        let slice = PackedSlice {
            bytes,
            len,
            record: core::marker::PhantomData,
        };
        slice.check_records()?;
        Ok(slice)
    }

    fn check_records(&self) -> Result<(), FileError> {
        // Records of no bits are all the one value: checking the first checks them all.
        let checked = if T::BITS == 0 { self.len.min(1) } else { self.len };
        let first = self.check_blocks(checked);
        for index in first..checked {
            let at = bit_offset::<T>(index);
            if !T::bits_valid(self.bytes, at) {
                return Err(FileError::InvalidBits { index });
            }
            T::read_bits(self.bytes, at)
                .check_packable()
                .map_err(|errors| FileError::Refused {
                    errors: errors.at_index(index),
                })?;
        }
        let used = bit_offset::<T>(self.len);
        let spare = self.bytes.len() * 8 - used;
        if spare > 0 && crate::get_bits(self.bytes, used, u32::try_from(spare).unwrap_or(8)) != 0 {
            return Err(FileError::Padding);
        }
        Ok(())
    }

    /// Checks the first `checked` records 8 at a time, as `PackedVec`'s folds read them (8
    /// records of `BITS` bits fill `BITS` bytes, so every field is at a constant offset in a
    /// slice of a known length), and returns how many passed: up to the block of the first
    /// refused record, or of the last records, which `check_records` checks one by one.
    fn check_blocks(&self, checked: usize) -> usize {
        let bits = T::BITS as usize;
        let mut index = 0;
        if !(1..=MAX_BLOCKED_BITS).contains(&bits) {
            return 0;
        }
        while checked - index >= 8 {
            // `bits` bytes of records and 8 more, for the load of the last field.
            let start = index / 8 * bits;
            let Some(block) = self.bytes.get(start..start + bits + 8) else {
                break;
            };
            let passed = (0..8).fold(true, |passed, record| {
                let at = record * bits;
                // Without short cuts: reading bits that are not a value gives some value of
                // the type, whose verdict goes unused once `bits_valid` has refused them.
                passed & T::bits_valid(block, at) & T::read_bits(block, at).check_packable().is_ok()
            });
            if !passed {
                break;
            }
            index += 8;
        }
        index
    }

    /// How many records it holds.
    ///
    /// # Examples
    ///
    /// See [`PackedSlice`].
    #[must_use]
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether it holds no record.
    ///
    /// # Examples
    ///
    /// ```
    /// let file = slotmodel::PackedVec::<bool>::new().to_file_bytes();
    /// assert!(slotmodel::PackedSlice::<bool>::from_file(&file).unwrap().is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The record at `index`, or `None` past the end.
    ///
    /// # Examples
    ///
    /// See [`PackedSlice`].
    #[must_use]
    #[inline]
    pub fn get(&self, index: usize) -> Option<T> {
        (index < self.len).then(|| T::read_bits(self.bytes, bit_offset::<T>(index)))
    }

    /// The records, in order.
    ///
    /// # Examples
    ///
    /// See [`PackedSlice`].
    #[must_use]
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = T> + ExactSizeIterator + 'a
    where
        T: 'a,
    {
        // `PackedVec`'s iterator, whose folds read 8 records at a time.
        crate::PackedIter::new(self.bytes, self.len)
    }
}

/// The most records a file of `T` may claim. Records of some bits must have their bit positions
/// fit a `usize` (and then the file's length backs the count, checked after); records of no bits
/// take no bytes, so nothing in the file backs their count: it may not exceed what a `Vec<T>`
/// can hold, so that reading them all stays possible.
fn most_records<T: Packable>() -> usize {
    if T::BITS == 0 {
        isize::MAX.unsigned_abs() / core::mem::size_of::<T>().max(1)
    } else {
        usize::MAX / T::BITS as usize
    }
}

impl<T: Packable + fmt::Debug> fmt::Debug for PackedSlice<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

// By hand: a derive would ask `T: Copy`, which the records need not be.
impl<T> Clone for PackedSlice<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for PackedSlice<'_, T> {}

impl<T: Packable> PackedVec<T> {
    /// The records in place, as a file's are read: [`PackedSlice`].
    ///
    /// # Examples
    ///
    /// ```
    /// let flags: slotmodel::PackedVec<bool> = [true, false].into_iter().collect();
    /// assert_eq!(flags.as_slice().get(1), Some(false));
    /// ```
    #[must_use]
    pub fn as_slice(&self) -> PackedSlice<'_, T> {
        PackedSlice {
            bytes: self.as_bytes(),
            len: self.len(),
            record: core::marker::PhantomData,
        }
    }

    /// The vector in the file form: a header describing `T`, then [`as_bytes`](PackedVec::as_bytes).
    ///
    /// # Examples
    ///
    /// See [`PackedSlice`].
    #[must_use]
    pub fn to_file_bytes(&self) -> Vec<u8> {
        let mut out = Header::of::<T>().with_count(self.len()).encode();
        out.extend_from_slice(self.as_bytes());
        out
    }

    /// Writes the file form to `out`, header first, without copying the records.
    ///
    /// # Errors
    ///
    /// What `out` returns.
    ///
    /// # Examples
    ///
    /// ```
    /// let flags: slotmodel::PackedVec<bool> = [true, false, true].into_iter().collect();
    /// let mut file = Vec::new();
    /// flags.write_to(&mut file)?;
    /// assert_eq!(file, flags.to_file_bytes());
    /// # Ok::<(), std::io::Error>(())
    /// ```
    #[cfg(feature = "std")]
    pub fn write_to(&self, mut out: impl std::io::Write) -> std::io::Result<()> {
        out.write_all(&Header::of::<T>().with_count(self.len()).encode())?;
        out.write_all(self.as_bytes())
    }
}

/// Why bytes are not a file of the expected records: [`PackedSlice::from_file`].
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum FileError {
    /// The bytes do not start with a slotmodel header, or it is cut short.
    NotAFile,
    /// The header's format version is not one this build reads.
    Version {
        /// The version in the file.
        found: u16,
    },
    /// The file describes other records than the type asked for: the first difference.
    Mismatch {
        /// What differs, e.g. `field 2`.
        what: String,
        /// As the file has it.
        file: String,
        /// As the type has it.
        expected: String,
    },
    /// The header claims more records than can be read as the type: more than a `usize` counts
    /// the bits of, or, for records of no bits (which no byte of the file backs), more than a
    /// `Vec` of them can hold.
    Count {
        /// The count in the header.
        count: u64,
        /// The most records of the type a file may hold.
        most: usize,
    },
    /// The file is not as long as its header says.
    Length {
        /// Header plus records, in bytes.
        expected: usize,
        /// The file's length.
        found: usize,
    },
    /// A record's bits encode no value of its type.
    InvalidBits {
        /// The record's position.
        index: usize,
    },
    /// A record breaks its rules.
    Refused {
        /// Every rule it breaks, its fields prefixed with its position.
        errors: ValidationErrors,
    },
    /// Bits are set after the last record.
    Padding,
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::NotAFile => {
                f.write_str("not a slotmodel file: no `SLOTMODL` header, or the header is cut short")
            }
            FileError::Version { found } => {
                write!(f, "file format version {found}; this build reads version {VERSION}")
            }
            FileError::Mismatch { what, file, expected } if what == "type" => {
                write!(f, "the file holds `{file}`, not `{expected}`")
            }
            FileError::Mismatch { what, file, expected } => {
                write!(f, "{what} differs: the file has {file}, the type has {expected}")
            }
            FileError::Count { count, most } => {
                write!(
                    f,
                    "the header claims {count} records; at most {most} can be read as this type"
                )
            }
            FileError::Length { expected, found } => {
                write!(
                    f,
                    "the file should be {expected} bytes long by its header, and is {found}"
                )
            }
            FileError::InvalidBits { index } => write!(f, "record {index} holds bits that encode no record"),
            FileError::Refused { errors } => write!(f, "a record breaks its rules: {errors}"),
            FileError::Padding => f.write_str("bits are set after the last record"),
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for FileError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            FileError::Refused { errors } => Some(errors),
            _ => None,
        }
    }
}

/// What a header says: the type, its fields and the record count.
struct Header<'a> {
    type_name: Cow<'a, str>,
    bits: u32,
    fields: Vec<(Cow<'a, str>, Cow<'a, str>, u32)>,
    count: u64,
    /// Bytes before the records.
    length: usize,
}

impl Header<'static> {
    fn of<T: Packable>() -> Self {
        let (type_name, fields): (&str, &[FieldLayout]) = match T::LAYOUT {
            Some(LayoutReport { type_name, fields, .. }) => (type_name, fields),
            None => (core::any::type_name::<T>(), &[]),
        };
        Header {
            type_name: Cow::Borrowed(type_name),
            bits: T::BITS,
            fields: fields
                .iter()
                .map(|f| (Cow::Borrowed(f.name), Cow::Borrowed(f.ty), f.bits))
                .collect(),
            count: 0,
            length: 0,
        }
    }

    fn with_count(mut self, count: usize) -> Self {
        self.count = count as u64;
        self
    }

    fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(64);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&[0; 6]); // reserved, then the length written below
        out.extend_from_slice(&self.count.to_le_bytes());
        out.extend_from_slice(&self.bits.to_le_bytes());
        out.extend_from_slice(&u32::try_from(self.fields.len()).unwrap_or(u32::MAX).to_le_bytes());
        put_text(&mut out, &self.type_name);
        for (name, ty, bits) in &self.fields {
            put_text(&mut out, name);
            put_text(&mut out, ty);
            out.extend_from_slice(&bits.to_le_bytes());
        }
        out.resize(out.len().next_multiple_of(8), 0);
        let length = u32::try_from(out.len()).unwrap_or(u32::MAX);
        out[12..16].copy_from_slice(&length.to_le_bytes());
        out
    }
}

impl<'a> Header<'a> {
    fn read(file: &'a [u8]) -> Result<Self, FileError> {
        let mut reader = Reader { file, at: 0 };
        if reader.take(8)? != MAGIC {
            return Err(FileError::NotAFile);
        }
        let version = u16::from_le_bytes(reader.array()?);
        if version != VERSION {
            return Err(FileError::Version { found: version });
        }
        if reader.take(2)? != [0, 0] {
            return Err(FileError::NotAFile);
        }
        let length = usize::try_from(u32::from_le_bytes(reader.array()?)).map_err(|_| FileError::NotAFile)?;
        let count = u64::from_le_bytes(reader.array()?);
        let bits = u32::from_le_bytes(reader.array()?);
        let field_count = u32::from_le_bytes(reader.array()?);
        let type_name = reader.text()?;
        let mut fields = Vec::new();
        for _ in 0..field_count {
            let (name, ty) = (reader.text()?, reader.text()?);
            fields.push((name, ty, u32::from_le_bytes(reader.array()?)));
        }
        // Exactly as `encode` writes it: the padding zero, the length the next multiple of 8.
        if length != reader.at.next_multiple_of(8) || reader.take(length - reader.at)?.iter().any(|&b| b != 0) {
            return Err(FileError::NotAFile);
        }
        Ok(Header {
            type_name,
            bits,
            fields,
            count,
            length,
        })
    }

    /// The first difference from `expected`.
    fn matches(&self, expected: &Header<'_>) -> Result<(), FileError> {
        let differ = |what: String, file: String, expected: String| Err(FileError::Mismatch { what, file, expected });
        if self.type_name != expected.type_name {
            return differ(
                "type".into(),
                self.type_name.clone().into_owned(),
                expected.type_name.clone().into_owned(),
            );
        }
        if self.fields.len() != expected.fields.len() {
            let count = |n: usize| alloc::format!("{n} fields");
            return differ(
                "the field count".into(),
                count(self.fields.len()),
                count(expected.fields.len()),
            );
        }
        let describe =
            |(name, ty, bits): &(Cow<'_, str>, Cow<'_, str>, u32)| alloc::format!("`{name}: {ty}` in {bits} bits");
        for (index, (found, wanted)) in self.fields.iter().zip(&expected.fields).enumerate() {
            if found != wanted {
                return differ(alloc::format!("field {index}"), describe(found), describe(wanted));
            }
        }
        if self.bits != expected.bits {
            let bits = |n: u32| alloc::format!("{n} bits per record");
            return differ("the record width".into(), bits(self.bits), bits(expected.bits));
        }
        Ok(())
    }
}

fn put_text(out: &mut Vec<u8>, text: &str) {
    let len = u16::try_from(text.len()).unwrap_or(u16::MAX);
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(&text.as_bytes()[..usize::from(len)]);
}

/// Reads a header front to back; running out of bytes is [`FileError::NotAFile`].
struct Reader<'a> {
    file: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], FileError> {
        let bytes = self
            .file
            .get(self.at..self.at.saturating_add(n))
            .ok_or(FileError::NotAFile)?;
        self.at += n;
        Ok(bytes)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], FileError> {
        self.take(N)?.try_into().map_err(|_| FileError::NotAFile)
    }

    fn text(&mut self) -> Result<Cow<'a, str>, FileError> {
        let len = u16::from_le_bytes(self.array()?);
        let bytes = self.take(usize::from(len))?;
        core::str::from_utf8(bytes)
            .map(Cow::Borrowed)
            .map_err(|_| FileError::NotAFile)
    }
}
