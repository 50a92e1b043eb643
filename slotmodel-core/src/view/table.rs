//! Zero-copy views for `#[derive(View)]`: the [`ViewItem`] trait of field types, the
//! [`ViewError`] of a refused buffer, and the [`Records`] iterator.

use alloc::borrow::Cow;
use alloc::boxed::Box;
use alloc::format;
use core::fmt;
use core::marker::PhantomData;

use crate::ErrorKind;

/// A type that can be a field of a `#[derive(View)]` struct: decoded straight from the buffer.
///
/// # Examples
///
/// ```
/// use slotmodel::ViewItem;
///
/// assert_eq!(<u32 as ViewItem>::SIZE, 4);
/// assert_eq!(<u32 as ViewItem>::get::<true>(&[0, 0, 1, 2]), 258);
/// assert_eq!(<u32 as ViewItem>::get::<false>(&[2, 1, 0, 0]), 258);
/// assert!(<bool as ViewItem>::check::<true>(&[2], "Flags", "on", 0).is_err());
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a field of a zero-copy view",
    label = "this type has no fixed binary form",
    note = "view fields are numbers, `bool`, `[u8; N]`, arrays of numbers, enums with `#[repr(uN)]` that derive `View`, and structs of fixed size that derive `View`; a variable-length record is held by a variant of a tagged union",
    note = "a tagged union (an enum with data that derives `View`) needs `#[view(tag = field)]` on its field, naming the field that holds its tag"
)]
pub trait ViewItem: Sized {
    /// Bytes the field takes.
    const SIZE: usize;
    /// What a view's getter returns: the decoded value, or a borrowed view for byte arrays and
    /// nested structs.
    type Ref<'a>;
    /// Reads the field from exactly [`SIZE`](ViewItem::SIZE) bytes; `BIG` is the byte order.
    fn get<const BIG: bool>(bytes: &[u8]) -> Self::Ref<'_>;
    /// Decodes an owned value.
    fn read<const BIG: bool>(bytes: &[u8]) -> Self;
    /// Encodes the value into exactly [`SIZE`](ViewItem::SIZE) bytes.
    fn write<const BIG: bool>(&self, bytes: &mut [u8]);
    /// Refuses bytes that hold no valid value (a `bool` other than 0 or 1, an unknown enum
    /// discriminant). `type_name`, `field` and `offset` locate the field for the error.
    ///
    /// # Errors
    ///
    /// [`ViewError::InvalidField`].
    fn check<const BIG: bool>(
        bytes: &[u8],
        type_name: &'static str,
        field: &'static str,
        offset: usize,
    ) -> Result<(), ViewError> {
        let _ = (bytes, type_name, field, offset);
        Ok(())
    }
    /// Refuses an owned value that [`write`](ViewItem::write) could not encode whole (a value
    /// too wide for its bit field, here or in a nested record), before it is written.
    ///
    /// # Errors
    ///
    /// [`ViewError::InvalidField`].
    fn fits(&self, type_name: &'static str, field: &'static str, offset: usize) -> Result<(), ViewError> {
        let _ = (type_name, field, offset);
        Ok(())
    }
}

/// Why a buffer was refused: too short or too long, or a field holding an invalid value.
///
/// # Examples
///
/// ```
/// use slotmodel::View;
///
/// #[derive(View, Debug, PartialEq)]
/// struct Flags {
///     id: u16,
///     on: bool,
/// }
///
/// let err = FlagsView::new(&[0, 1]).unwrap_err();
/// assert_eq!(err.to_string(), "Flags needs 3 bytes, got 2");
/// let err = FlagsView::new(&[0, 1, 7]).unwrap_err();
/// assert_eq!(err.to_string(), "Flags.on at byte 2 must be 0 or 1, got 7");
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ViewError {
    /// The buffer's length is not the record's.
    Length {
        /// The record type.
        type_name: &'static str,
        /// Bytes a record takes.
        needed: usize,
        /// Bytes given.
        given: usize,
    },
    /// A field of a variable-length record runs past the end of the buffer.
    Short {
        /// The record type.
        type_name: &'static str,
        /// The field.
        field: &'static str,
        /// The field's first byte in the record.
        offset: usize,
        /// Bytes the field takes, by its length field.
        needed: usize,
        /// Bytes left in the buffer from `offset`.
        available: usize,
    },
    /// A field holds bytes that are no valid value.
    InvalidField {
        /// The record type.
        type_name: &'static str,
        /// The field's path, `flags` or `header.kind`.
        field: Cow<'static, str>,
        /// The field's first byte in the record.
        offset: usize,
        /// What is wrong: a rule the value breaks, or [`ErrorKind::Custom`] for bytes that are
        /// no value of the type (a `bool` of 7, an unknown discriminant). Boxed, so that a view's
        /// `Result` stays small on the path where nothing is wrong.
        kind: Box<ErrorKind>,
    },
}

impl ViewError {
    /// A length error.
    #[cold]
    #[must_use]
    pub fn length(type_name: &'static str, needed: usize, given: usize) -> ViewError {
        ViewError::Length {
            type_name,
            needed,
            given,
        }
    }

    /// An invalid field.
    #[cold]
    #[must_use]
    pub fn invalid(type_name: &'static str, field: &'static str, offset: usize, kind: ErrorKind) -> ViewError {
        ViewError::InvalidField {
            type_name,
            field: Cow::Borrowed(field),
            offset,
            kind: Box::new(kind),
        }
    }

    /// What is wrong with the field, for [`InvalidField`](ViewError::InvalidField); `None` for
    /// a length error.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::{ErrorKind, View};
    ///
    /// #[derive(View)]
    /// struct Level(#[bounded(max = 9)] u8);
    ///
    /// let err = LevelView::new(&[12]).unwrap_err();
    /// assert!(matches!(err.kind(), Some(ErrorKind::AboveMax { .. })));
    /// assert_eq!(LevelView::new(&[]).unwrap_err().kind(), None);
    /// ```
    #[must_use]
    pub fn kind(&self) -> Option<&ErrorKind> {
        match self {
            ViewError::InvalidField { kind, .. } => Some(kind),
            _ => None,
        }
    }

    /// Names the record `index` of a table in the path of its error, and moves its offset by
    /// `start`, the record's first byte: `digit` becomes `[1].digit`.
    #[cold]
    #[must_use]
    pub fn in_record(self, index: usize, start: usize) -> ViewError {
        match self {
            ViewError::InvalidField {
                type_name,
                field,
                offset,
                kind,
            } => ViewError::InvalidField {
                type_name,
                field: Cow::Owned(format!("[{index}].{field}")),
                offset: start + offset,
                kind,
            },
            other => other,
        }
    }

    /// Names the element `index` of a variable-length field in the path of its error:
    /// `entries.on` becomes `entries[1].on`.
    #[cold]
    #[must_use]
    pub fn in_element(self, field: &str, index: usize) -> ViewError {
        match self {
            ViewError::InvalidField {
                type_name,
                field: path,
                offset,
                kind,
            } => {
                let rest = path.strip_prefix(field).unwrap_or(&path);
                ViewError::InvalidField {
                    type_name,
                    field: Cow::Owned(format!("{field}[{index}]{rest}")),
                    offset,
                    kind,
                }
            }
            other => other,
        }
    }

    /// Re-roots an error of a nested record under `outer.field` at `offset`.
    #[cold]
    #[must_use]
    pub fn nested(self, type_name: &'static str, field: &'static str, offset: usize) -> ViewError {
        match self {
            ViewError::InvalidField {
                field: inner,
                offset: at,
                kind,
                ..
            } => ViewError::InvalidField {
                type_name,
                field: Cow::Owned(format!("{field}.{inner}")),
                offset: offset + at,
                kind,
            },
            other @ (ViewError::Length { .. } | ViewError::Short { .. }) => other,
        }
    }
}

/// A count of bytes in words: `1 byte`, `4 bytes`.
pub(crate) struct Bytes(pub usize);

impl fmt::Display for Bytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let noun = if self.0 == 1 { "byte" } else { "bytes" };
        write!(f, "{} {noun}", self.0)
    }
}

impl fmt::Display for ViewError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ViewError::Length {
                type_name,
                needed,
                given,
            } => write!(f, "{type_name} needs {}, got {given}", Bytes(*needed)),
            ViewError::Short {
                type_name,
                field,
                offset,
                needed,
                available,
            } => {
                let remain = if *available == 1 { "remains" } else { "remain" };
                write!(
                    f,
                    "{type_name}.{field} at byte {offset} needs {}, {available} {remain}",
                    Bytes(*needed)
                )
            }
            ViewError::InvalidField {
                type_name,
                field,
                offset,
                kind,
            } => {
                // A record's position reads as an index of its type: `Pair[1].digit`.
                let separator = if field.starts_with('[') { "" } else { "." };
                write!(f, "{type_name}{separator}{field} at byte {offset} {kind}")
            }
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for ViewError {}

macro_rules! view_numbers {
    ($($t:ty),*) => {$(
        impl ViewItem for $t {
            const SIZE: usize = core::mem::size_of::<$t>();
            type Ref<'a> = $t;
            #[inline]
            fn get<const BIG: bool>(bytes: &[u8]) -> $t {
                Self::read::<BIG>(bytes)
            }
            #[inline]
            fn read<const BIG: bool>(bytes: &[u8]) -> $t {
                let mut raw = [0; core::mem::size_of::<$t>()];
                raw.copy_from_slice(bytes);
                if BIG { <$t>::from_be_bytes(raw) } else { <$t>::from_le_bytes(raw) }
            }
            #[inline]
            fn write<const BIG: bool>(&self, bytes: &mut [u8]) {
                bytes.copy_from_slice(&if BIG { self.to_be_bytes() } else { self.to_le_bytes() });
            }
        }
        impl ViewNumber for $t {}
    )*};
}

view_numbers!(u8, u16, u32, u64, u128, i8, i16, i32, i64, i128, f32, f64);

/// Numbers, which arrays of are decoded element by element (`[u8; N]` is borrowed instead).
#[doc(hidden)]
pub trait ViewNumber: ViewItem {}

impl ViewItem for bool {
    const SIZE: usize = 1;
    type Ref<'a> = bool;
    #[inline]
    fn get<const BIG: bool>(bytes: &[u8]) -> bool {
        bytes[0] == 1
    }
    #[inline]
    fn read<const BIG: bool>(bytes: &[u8]) -> bool {
        bytes[0] == 1
    }
    #[inline]
    fn write<const BIG: bool>(&self, bytes: &mut [u8]) {
        bytes[0] = u8::from(*self);
    }
    #[inline]
    fn check<const BIG: bool>(
        bytes: &[u8],
        type_name: &'static str,
        field: &'static str,
        offset: usize,
    ) -> Result<(), ViewError> {
        match bytes[0] {
            0 | 1 => Ok(()),
            other => Err(not_a_bool(other, type_name, field, offset)),
        }
    }
}

#[cold]
#[inline(never)]
fn not_a_bool(got: u8, type_name: &'static str, field: &'static str, offset: usize) -> ViewError {
    ViewError::invalid(
        type_name,
        field,
        offset,
        ErrorKind::custom(format!("must be 0 or 1, got {got}")),
    )
}

/// A field's rules, checked by a view: the refusal, rare, is turned into a [`ViewError`] out of
/// line, so that the check inlines into a scan as a hand-written `if` does.
///
/// # Errors
///
/// [`ViewError::InvalidField`] with the rule's refusal.
#[doc(hidden)]
#[inline]
pub fn view_rule(
    rule: Result<(), crate::FieldError>,
    type_name: &'static str,
    field: &'static str,
    offset: usize,
) -> Result<(), ViewError> {
    match rule {
        Ok(()) => Ok(()),
        Err(refused) => Err(view_refused(&refused, type_name, field, offset)),
    }
}

#[cold]
#[inline(never)]
fn view_refused(refused: &crate::FieldError, type_name: &'static str, field: &'static str, offset: usize) -> ViewError {
    ViewError::invalid(type_name, field, offset, refused.kind())
}

/// `[u8; N]` is borrowed from the buffer as it is: no copy, no byte order.
impl<const N: usize> ViewItem for [u8; N] {
    const SIZE: usize = N;
    type Ref<'a> = &'a [u8; N];
    #[inline]
    fn get<const BIG: bool>(bytes: &[u8]) -> &[u8; N] {
        bytes.first_chunk().expect("a field's slice has the field's size")
    }
    #[inline]
    fn read<const BIG: bool>(bytes: &[u8]) -> [u8; N] {
        *Self::get::<BIG>(bytes)
    }
    #[inline]
    fn write<const BIG: bool>(&self, bytes: &mut [u8]) {
        bytes.copy_from_slice(self);
    }
}

/// Arrays of other numbers are decoded element by element on access.
impl<T: ViewNumber + Copy + Default, const N: usize> ViewItem for [T; N]
where
    [T; N]: NotBytes,
{
    const SIZE: usize = T::SIZE * N;
    type Ref<'a> = [T; N];
    #[inline]
    fn get<const BIG: bool>(bytes: &[u8]) -> [T; N] {
        Self::read::<BIG>(bytes)
    }
    #[inline]
    fn read<const BIG: bool>(bytes: &[u8]) -> [T; N] {
        let mut out = [T::default(); N];
        for (value, chunk) in out.iter_mut().zip(bytes.chunks_exact(T::SIZE)) {
            *value = T::read::<BIG>(chunk);
        }
        out
    }
    #[inline]
    fn write<const BIG: bool>(&self, bytes: &mut [u8]) {
        for (value, chunk) in self.iter().zip(bytes.chunks_exact_mut(T::SIZE)) {
            value.write::<BIG>(chunk);
        }
    }
}

/// Arrays other than `[u8; N]`, which has its own borrowed form.
#[doc(hidden)]
pub trait NotBytes {}

macro_rules! not_bytes {
    ($($t:ty),*) => {$( impl<const N: usize> NotBytes for [$t; N] {} )*};
}

not_bytes!(u16, u32, u64, u128, i8, i16, i32, i64, i128, f32, f64);

/// A record view that [`Records`] can make from a chunk of a stream.
#[doc(hidden)]
pub trait RecordView<'a>: Sized {
    /// Bytes per record.
    const SIZE: usize;
    /// The record type's name, for errors.
    const NAME: &'static str;
    /// Views a record that was checked when its table was made.
    fn from_checked(bytes: &'a [u8]) -> Self;
    /// Checks and views one record of exactly `SIZE` bytes.
    ///
    /// # Errors
    ///
    /// A field holding an invalid value.
    fn from_record(bytes: &'a [u8]) -> Result<Self, ViewError>;
}

/// Consecutive records of a stream, each checked and viewed in place:
/// `PacketView::records(&stream)`. A tail shorter than a record is left in
/// [`remainder`](Records::remainder).
///
/// # Examples
///
/// ```
/// use slotmodel::View;
///
/// #[derive(View, Debug, PartialEq)]
/// #[view(endian = "big")]
/// struct Sample {
///     id: u16,
///     on: bool,
/// }
///
/// let stream = [0, 1, 1, 0, 2, 0, 9];
/// let mut records = SampleView::records(&stream);
/// let ids: Vec<u16> = records.by_ref().map(|r| r.unwrap().id()).collect();
/// assert_eq!(ids, [1, 2]);
/// assert_eq!(records.remainder(), &[9]);
/// ```
pub struct Records<'a, V> {
    chunks: core::slice::ChunksExact<'a, u8>,
    view: PhantomData<V>,
}

impl<'a, V: RecordView<'a>> Records<'a, V> {
    /// The records of `bytes`.
    #[must_use]
    pub fn new(bytes: &'a [u8]) -> Self {
        Records {
            chunks: bytes.chunks_exact(V::SIZE.max(1)),
            view: PhantomData,
        }
    }

    /// The bytes after the last whole record.
    #[must_use]
    pub fn remainder(&self) -> &'a [u8] {
        self.chunks.remainder()
    }
}

impl<'a, V: RecordView<'a>> Iterator for Records<'a, V> {
    type Item = Result<V, ViewError>;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        self.chunks.next().map(V::from_record)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.chunks.size_hint()
    }

    // Driven by the chunks' own `fold`, a scan keeps the iterator in registers.
    #[inline]
    fn fold<B, F: FnMut(B, Self::Item) -> B>(self, init: B, mut f: F) -> B {
        self.chunks.fold(init, |acc, record| f(acc, V::from_record(record)))
    }
}

impl<'a, V: RecordView<'a>> ExactSizeIterator for Records<'a, V> {}

/// Fixed-size records side by side, every one checked once when the table is made, then read in
/// `O(1)` by position: `PacketView::slice(&bytes)`.
///
/// # Examples
///
/// ```
/// use slotmodel::View;
///
/// #[derive(View, Debug, PartialEq)]
/// struct Pair {
///     #[bounded(max = 9)]
///     digit: u8,
///     on: bool,
/// }
///
/// let table = PairView::slice(&[1, 0, 9, 1, 3, 0])?;
/// assert_eq!(table.len(), 3);
/// assert_eq!(table.get(1).map(|p| p.digit()), Some(9));
/// assert_eq!(table.iter().filter(|p| p.on()).count(), 1);
/// let err = PairView::slice(&[1, 0, 12, 1]).unwrap_err();
/// assert_eq!(err.to_string(), "Pair[1].digit at byte 2 must be <= 9, got 12");
/// # Ok::<(), slotmodel::ViewError>(())
/// ```
pub struct ViewTable<'a, V> {
    bytes: &'a [u8],
    view: PhantomData<V>,
}

impl<'a, V: RecordView<'a>> ViewTable<'a, V> {
    /// Checks every record of `bytes`, a whole number of records.
    ///
    /// # Errors
    ///
    /// A length that is not a whole number of records, or the first record holding an invalid
    /// value, named by its position.
    pub fn new(bytes: &'a [u8]) -> Result<Self, ViewError> {
        let whole = match V::SIZE {
            0 => bytes.is_empty(),
            size => bytes.len() % size == 0,
        };
        if !whole {
            let needed = bytes.len().next_multiple_of(V::SIZE.max(1)).max(V::SIZE);
            return Err(ViewError::length(V::NAME, needed, bytes.len()));
        }
        for (index, record) in bytes.chunks_exact(V::SIZE.max(1)).enumerate() {
            V::from_record(record).map_err(|e| e.in_record(index, index * V::SIZE))?;
        }
        Ok(ViewTable {
            bytes,
            view: PhantomData,
        })
    }

    /// How many records there are.
    ///
    /// # Examples
    ///
    /// See [`ViewTable`].
    #[must_use]
    pub fn len(&self) -> usize {
        self.bytes.len().checked_div(V::SIZE).unwrap_or(0)
    }

    /// Whether there is no record.
    ///
    /// # Examples
    ///
    /// See [`ViewTable`].
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Record `index`, or `None` past the end.
    ///
    /// # Examples
    ///
    /// See [`ViewTable`].
    #[must_use]
    #[inline]
    pub fn get(&self, index: usize) -> Option<V> {
        let start = index.checked_mul(V::SIZE)?;
        self.bytes.get(start..start.checked_add(V::SIZE)?).map(V::from_checked)
    }

    /// The records, in order.
    ///
    /// # Examples
    ///
    /// See [`ViewTable`].
    pub fn iter(&self) -> TableIter<'a, V> {
        self.bytes.chunks_exact(V::SIZE.max(1)).map(V::from_checked)
    }

    /// The records' bytes.
    ///
    /// # Examples
    ///
    /// See [`ViewTable`].
    #[must_use]
    pub fn as_bytes(&self) -> &'a [u8] {
        self.bytes
    }
}

/// The records of a [`ViewTable`], in order: [`ViewTable::iter`].
pub type TableIter<'a, V> = core::iter::Map<core::slice::ChunksExact<'a, u8>, fn(&'a [u8]) -> V>;

impl<'a, V: RecordView<'a>> IntoIterator for &ViewTable<'a, V> {
    type Item = V;
    type IntoIter = TableIter<'a, V>;
    fn into_iter(self) -> TableIter<'a, V> {
        self.iter()
    }
}

impl<V> Clone for ViewTable<'_, V> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<V> Copy for ViewTable<'_, V> {}

impl<'a, V: RecordView<'a> + fmt::Debug> fmt::Debug for ViewTable<'a, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}
