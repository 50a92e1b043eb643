//! Variable-length records for `#[derive(View)]`: a `Vec` field whose length another field
//! gives (`#[view(len = length)]`, `#[view(count = entries)]`), read in place as a slice of bytes
//! or a [`ViewRun`] of elements, and the [`VarRecords`] of a stream of such records.

use core::marker::PhantomData;

use crate::{ByteOrder, Endian, ErrorKind, PrefixViewIn, ViewError, ViewItem};

/// The elements of a variable-length field, viewed in place: `O(1)` [`get`](ViewRun::get),
/// [`len`](ViewRun::len) and [`iter`](ViewRun::iter), in the byte order `O`: fixed by the
/// declaration ([`BigEndian`](crate::BigEndian), [`LittleEndian`](crate::LittleEndian)) or chosen
/// at run time ([`Endian`](crate::Endian), in `#[view(endian = runtime)]` and `big_if` records).
///
/// # Examples
///
/// ```
/// use slotmodel::View;
///
/// #[derive(View, Debug, PartialEq)]
/// struct Entry {
///     id: u16,
///     on: bool,
/// }
///
/// #[derive(View, Debug, PartialEq)]
/// struct Table {
///     count: u8,
///     #[view(count = count)]
///     entries: Vec<Entry>,
/// }
///
/// let bytes = [2, 7, 0, 1, 9, 0, 0];
/// let table = TableView::new(&bytes)?;
/// assert_eq!(table.entries().len(), 2);
/// assert_eq!(table.entries().get(1).map(|e| e.id()), Some(9));
/// assert_eq!(table.entries().iter().filter(|e| e.on()).count(), 1);
/// # Ok::<(), slotmodel::ViewError>(())
/// ```
///
/// In a record whose order is chosen at run time, the run reads in that order:
///
/// ```
/// use slotmodel::{Endian, View};
///
/// #[derive(View, Debug, PartialEq)]
/// #[view(endian = runtime)]
/// struct Table {
///     count: u8,
///     #[view(count = count)]
///     values: Vec<u16>,
/// }
///
/// let bytes = [2, 0, 7, 1, 0];
/// let table = TableView::new(&bytes, Endian::Big)?;
/// assert_eq!((table.values().len(), table.values().get(1)), (2, Some(256)));
/// assert_eq!(table.values().iter().collect::<Vec<_>>(), [7, 256]);
/// assert_eq!(table.values().endian(), Endian::Big);
/// # Ok::<(), slotmodel::ViewError>(())
/// ```
///
/// The order is part of the run's type, so code over runs of any order takes it as a parameter:
///
/// ```
/// use slotmodel::{ByteOrder, LittleEndian, View, ViewRun};
///
/// #[derive(View, Debug, PartialEq)]
/// struct Table {
///     count: u8,
///     #[view(count = count)]
///     values: Vec<u16>,
/// }
///
/// fn total<O: ByteOrder>(run: ViewRun<'_, u16, O>) -> u32 {
///     run.iter().map(u32::from).sum()
/// }
///
/// let bytes = [2, 1, 0, 2, 0];
/// let table = TableView::new(&bytes)?;
/// let values: ViewRun<'_, u16, LittleEndian> = table.values();
/// assert_eq!(total(values), 3);
/// # Ok::<(), slotmodel::ViewError>(())
/// ```
pub struct ViewRun<'a, T, O> {
    bytes: &'a [u8],
    order: O,
    element: PhantomData<fn() -> T>,
}

impl<'a, T: ViewItem, O: ByteOrder> ViewRun<'a, T, O> {
    /// The elements of `bytes`, a whole number of `T::SIZE` that the enclosing view checked.
    #[doc(hidden)]
    #[must_use]
    pub fn new(bytes: &'a [u8], order: O) -> Self {
        ViewRun {
            bytes,
            order,
            element: PhantomData,
        }
    }

    /// How many elements there are.
    ///
    /// # Examples
    ///
    /// See [`ViewRun`].
    #[must_use]
    pub fn len(&self) -> usize {
        self.bytes.len().checked_div(T::SIZE).unwrap_or(0)
    }

    /// Whether there is no element.
    ///
    /// # Examples
    ///
    /// See [`ViewRun`].
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Element `index`, or `None` past the end.
    ///
    /// # Examples
    ///
    /// See [`ViewRun`].
    #[must_use]
    #[inline]
    pub fn get(&self, index: usize) -> Option<T::Ref<'a>> {
        let start = index.checked_mul(T::SIZE)?;
        let bytes = self.bytes.get(start..start.checked_add(T::SIZE)?)?;
        Some(element::<T>(bytes, self.order.is_big()))
    }

    /// The elements, in order, each a `T::Ref<'a>` (a number, or the view of a nested record);
    /// `for element in run` does the same.
    ///
    /// # Examples
    ///
    /// See [`ViewRun`].
    #[must_use]
    pub fn iter(&self) -> ViewRunIter<'a, T, O> {
        ViewRunIter {
            chunks: self.bytes.chunks_exact(T::SIZE.max(1)),
            order: self.order,
            element: PhantomData,
        }
    }

    /// The byte order of the elements.
    ///
    /// # Examples
    ///
    /// See [`ViewRun`].
    #[must_use]
    pub fn endian(&self) -> Endian {
        Endian::big_if(self.order.is_big())
    }

    /// The elements' bytes.
    ///
    /// # Examples
    ///
    /// See [`ViewRun`].
    #[must_use]
    pub fn as_bytes(&self) -> &'a [u8] {
        self.bytes
    }
}

/// An element of `bytes` in the order `big` (a constant where the order is fixed).
#[inline]
fn element<T: ViewItem>(bytes: &[u8], big: bool) -> T::Ref<'_> {
    if big {
        T::get::<true>(bytes)
    } else {
        T::get::<false>(bytes)
    }
}

impl<'a, T: ViewItem, O: ByteOrder> IntoIterator for ViewRun<'a, T, O> {
    type Item = T::Ref<'a>;
    type IntoIter = ViewRunIter<'a, T, O>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<'a, T: ViewItem, O: ByteOrder> IntoIterator for &ViewRun<'a, T, O> {
    type Item = T::Ref<'a>;
    type IntoIter = ViewRunIter<'a, T, O>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// The elements of a [`ViewRun`], front to back or back to front: what
/// [`ViewRun::iter`] returns and `for element in run` walks.
///
/// # Examples
///
/// ```
/// use slotmodel::View;
///
/// #[derive(View, Debug, PartialEq)]
/// struct Samples {
///     count: u8,
///     #[view(count = count)]
///     values: Vec<i16>,
/// }
///
/// let bytes = [3, 1, 0, 0xFF, 0xFF, 7, 0];
/// let samples = SamplesView::new(&bytes)?;
/// let mut total = 0;
/// for value in samples.values() {
///     total += value;
/// }
/// assert_eq!(total, 7);
/// let mut values = samples.values().iter();
/// assert_eq!((values.len(), values.next_back()), (3, Some(7)));
/// # Ok::<(), slotmodel::ViewError>(())
/// ```
pub struct ViewRunIter<'a, T, O> {
    chunks: core::slice::ChunksExact<'a, u8>,
    order: O,
    element: PhantomData<fn() -> T>,
}

impl<'a, T: ViewItem, O: ByteOrder> Iterator for ViewRunIter<'a, T, O> {
    type Item = T::Ref<'a>;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let chunk = self.chunks.next()?;
        Some(element::<T>(chunk, self.order.is_big()))
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.chunks.size_hint()
    }
}

impl<T: ViewItem, O: ByteOrder> DoubleEndedIterator for ViewRunIter<'_, T, O> {
    #[inline]
    fn next_back(&mut self) -> Option<Self::Item> {
        let chunk = self.chunks.next_back()?;
        Some(element::<T>(chunk, self.order.is_big()))
    }
}

impl<T: ViewItem, O: ByteOrder> ExactSizeIterator for ViewRunIter<'_, T, O> {}

impl<T: ViewItem, O: ByteOrder> core::iter::FusedIterator for ViewRunIter<'_, T, O> {}

impl<T, O: Copy> Clone for ViewRunIter<'_, T, O> {
    fn clone(&self) -> Self {
        ViewRunIter {
            chunks: self.chunks.clone(),
            order: self.order,
            element: PhantomData,
        }
    }
}

impl<T, O: core::fmt::Debug> core::fmt::Debug for ViewRunIter<'_, T, O> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("ViewRunIter")
            .field("remaining", &self.chunks.len())
            .field("order", &self.order)
            .finish()
    }
}

impl<T, O: Copy> Clone for ViewRun<'_, T, O> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T, O: Copy> Copy for ViewRun<'_, T, O> {}

/// Runs compare by their elements, in order, whatever their byte orders.
///
/// # Examples
///
/// ```
/// use slotmodel::{Endian, View};
///
/// #[derive(View, Debug, PartialEq)]
/// #[view(endian = runtime)]
/// struct Table {
///     count: u8,
///     #[view(count = count)]
///     values: Vec<u16>,
/// }
///
/// let big = TableView::new(&[2, 0, 7, 1, 0], Endian::Big)?;
/// let little = TableView::new(&[2, 7, 0, 0, 1], Endian::Little)?;
/// assert_eq!(big.values(), little.values());
/// assert_ne!(big.values(), TableView::new(&[1, 0, 7], Endian::Big)?.values());
/// # Ok::<(), slotmodel::ViewError>(())
/// ```
impl<T: ViewItem, O: ByteOrder, P: ByteOrder> PartialEq<ViewRun<'_, T, P>> for ViewRun<'_, T, O>
where
    for<'b, 'c> T::Ref<'b>: PartialEq<T::Ref<'c>>,
{
    fn eq(&self, other: &ViewRun<'_, T, P>) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl<T: ViewItem, O: ByteOrder> core::fmt::Debug for ViewRun<'_, T, O>
where
    for<'b> T::Ref<'b>: core::fmt::Debug,
{
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// A record view that reads itself from the start of a buffer: every view `#[derive(View)]`
/// makes, fixed or variable-length. [`VarRecords`] and [`ViewReader`](crate::ViewReader) read
/// records one after another through it.
///
/// # Examples
///
/// ```
/// use slotmodel::{PrefixView, View};
///
/// #[derive(View, Debug, PartialEq)]
/// struct Message {
///     len: u8,
///     #[view(len = len)]
///     text: Vec<u8>,
/// }
///
/// let (message, rest) = MessageView::from_prefix(&[2, b'h', b'i', 9]).unwrap();
/// assert_eq!((message.text(), rest), (&b"hi"[..], &[9][..]));
/// assert_eq!(MessageView::layout(&[2, b'h']).unwrap_err().to_string(), "Message.text at byte 1 needs 2 bytes, 1 remains");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a view read in a byte order of its own",
    label = "a `#[view(endian = runtime)]` view takes its order from the caller",
    note = "this view takes a byte order when read: `RecordView::records(bytes, order)`, `VarRecords::new_in(bytes, order)`, `RecordView::from_prefix_in(bytes, order)`"
)]
pub trait PrefixView<'a>: Sized {
    /// Where the record's fields start, as [`layout`](PrefixView::layout) finds them.
    type Layout: Copy;

    /// Whether the record takes every byte it is given (it ends in `#[view(rest)]`): a
    /// [`ViewReader`](crate::ViewReader) reads such a record to the end of its stream.
    const REST: bool = false;

    /// Checks the record at the start of `bytes` as the view's `new_prefix` does, and returns
    /// where its fields start and the bytes it takes, without borrowing `bytes`: a reader can
    /// find out how much more to read before it lends out a view.
    ///
    /// # Errors
    ///
    /// A record that does not fit ([`ViewError::Short`] or [`ViewError::Length`], with the
    /// bytes it needs) or holds an invalid value.
    fn layout(bytes: &[u8]) -> Result<(Self::Layout, usize), ViewError>;

    /// Views the record that [`layout`](PrefixView::layout) checked at the start of `bytes`,
    /// which holds exactly its bytes.
    #[doc(hidden)]
    fn from_layout(bytes: &'a [u8], layout: Self::Layout) -> Self;

    /// Checks and views the record at the start of `bytes`, returning the rest.
    ///
    /// # Errors
    ///
    /// A record that does not fit or holds an invalid value.
    fn from_prefix(bytes: &'a [u8]) -> Result<(Self, &'a [u8]), ViewError> {
        let (layout, len) = Self::layout(bytes)?;
        let (record, rest) = bytes.split_at(len);
        Ok((Self::from_layout(record, layout), rest))
    }
}

/// Consecutive variable-length records of a stream, each checked and viewed in place:
/// `RecordView::records(&stream)`. After an error the stream cannot be resynchronised, so the
/// iterator ends; [`remainder`](VarRecords::remainder) holds the bytes not read. A record that
/// takes no bytes (its fields all empty) ends the iterator too, as the record read again would
/// not move. A tail too short for a record is an error, not part of the remainder: a stream of
/// variable-length records cannot tell a short record from a cut one. `O` is [`Endian`] for the
/// records of `#[view(endian = runtime)]` views, whose order the caller gives
/// ([`new_in`](VarRecords::new_in), `RecordView::records(&stream, order)`), and `()` for the others,
/// whose order is fixed or found in each record ([`new`](VarRecords::new),
/// `RecordView::records(&stream)`).
///
/// # Examples
///
/// ```
/// use slotmodel::View;
///
/// #[derive(View, Debug, PartialEq)]
/// struct Message {
///     len: u8,
///     #[view(len = len)]
///     text: Vec<u8>,
/// }
///
/// let stream = [2, b'h', b'i', 3, b'y', b'o', b'u', 5, b'x'];
/// let mut records = MessageView::records(&stream);
/// let texts: Vec<&[u8]> = records.by_ref().map_while(Result::ok).map(|m| m.text()).collect();
/// assert_eq!(texts, [&b"hi"[..], b"you"]);
/// assert_eq!(records.remainder(), &[5, b'x']);
/// assert_eq!(slotmodel::VarRecords::<MessageView>::new(&stream).filter(Result::is_ok).count(), 2);
/// ```
///
/// In an order chosen at run time:
///
/// ```
/// use slotmodel::{Endian, View};
///
/// #[derive(View, Debug, PartialEq)]
/// #[view(endian = runtime)]
/// struct Word {
///     value: u16,
/// }
///
/// let mut words = WordView::records(&[1, 0, 2, 0, 3], Endian::Little);
/// let values: Vec<u16> = words.by_ref().map_while(Result::ok).map(|w| w.value()).collect();
/// assert_eq!(values, [1, 2]);
/// assert_eq!(words.remainder(), &[3]);
/// let big = slotmodel::VarRecords::<WordView, Endian>::new_in(&[1, 0], Endian::Big);
/// assert_eq!(big.map(|w| w.map(|w| w.value())).collect::<Vec<_>>(), [Ok(256)]);
/// ```
pub struct VarRecords<'a, V, O = ()> {
    rest: &'a [u8],
    order: O,
    failed: bool,
    view: PhantomData<V>,
}

// The bounds sit on the constructors, where a view of the other kind gets the trait's message.
impl<'a, V> VarRecords<'a, V> {
    /// The records of `bytes`.
    ///
    /// # Examples
    ///
    /// See [`VarRecords`].
    #[must_use]
    pub fn new(bytes: &'a [u8]) -> Self
    where
        V: PrefixView<'a>,
    {
        VarRecords::from_parts(bytes, ())
    }
}

impl<'a, V> VarRecords<'a, V, Endian> {
    /// The records of `bytes`, read in the byte order `order`.
    ///
    /// # Examples
    ///
    /// See [`VarRecords`].
    #[must_use]
    pub fn new_in(bytes: &'a [u8], order: Endian) -> Self
    where
        V: PrefixViewIn<'a>,
    {
        VarRecords::from_parts(bytes, order)
    }
}

impl<'a, V, O: Copy> VarRecords<'a, V, O> {
    fn from_parts(bytes: &'a [u8], order: O) -> Self {
        VarRecords {
            rest: bytes,
            order,
            failed: false,
            view: PhantomData,
        }
    }

    /// The bytes not read yet: after the last record, or from the record that failed.
    ///
    /// # Examples
    ///
    /// See [`VarRecords`].
    #[must_use]
    pub fn remainder(&self) -> &'a [u8] {
        self.rest
    }

    /// The next record `read` finds at the start of the rest; none after an error.
    fn advance(
        &mut self,
        read: impl FnOnce(&'a [u8], O) -> Result<(V, &'a [u8]), ViewError>,
    ) -> Option<Result<V, ViewError>> {
        if self.rest.is_empty() || self.failed {
            return None;
        }
        match read(self.rest, self.order) {
            Ok((view, rest)) => {
                // A record of no bytes would be read again forever: it is the last one.
                self.failed = rest.len() == self.rest.len();
                self.rest = rest;
                Some(Ok(view))
            }
            Err(error) => {
                self.failed = true;
                Some(Err(error))
            }
        }
    }
}

impl<'a, V: PrefixView<'a>> Iterator for VarRecords<'a, V> {
    type Item = Result<V, ViewError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.advance(|bytes, ()| V::from_prefix(bytes))
    }
}

impl<'a, V: PrefixViewIn<'a>> Iterator for VarRecords<'a, V, Endian> {
    type Item = Result<V, ViewError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.advance(V::from_prefix_in)
    }
}

/// A length field's value as a count, refused when negative or wider than memory.
///
/// # Errors
///
/// [`ViewError::InvalidField`] on the length field.
#[doc(hidden)]
#[inline]
pub fn view_count<N: TryInto<usize> + Copy + Into<crate::Number>>(
    value: N,
    type_name: &'static str,
    field: &'static str,
    offset: usize,
) -> Result<usize, ViewError> {
    value
        .try_into()
        .map_err(|_| not_a_length(value.into(), type_name, field, offset))
}

/// Refuses, before a record is written, a length field whose `value` is not what its `Vec`
/// `run` holds: `elements` elements, counted one by one (`unit` 1: `count = ..`, or `len = ..`
/// over bytes) or in bytes (`unit` the element's size: `len = ..` over wider elements); `unit`
/// 0 for a tagged union, whose variant takes `elements` bytes.
///
/// # Errors
///
/// [`ViewError::InvalidField`] on the length field, naming both fields.
#[doc(hidden)]
#[inline]
pub fn view_length_agrees<N: TryInto<usize> + TryFrom<usize> + Copy + Into<crate::Number>>(
    value: N,
    elements: usize,
    unit: usize,
    type_name: &'static str,
    (field, run): (&'static str, &'static str),
    offset: usize,
) -> Result<(), ViewError> {
    let expected = bytes_held(elements, unit);
    if expected.is_some() && value.try_into().ok() == expected {
        Ok(())
    } else {
        let fits = expected.is_some_and(|expected| N::try_from(expected).is_ok());
        Err(disagrees(
            value.into(),
            (elements, unit, expected.filter(|_| fits)),
            type_name,
            (field, run),
            offset,
            core::any::type_name::<N>(),
        ))
    }
}

/// The length a field of `elements` in `unit`s gives (`unit` 0: `elements` bytes of a union).
#[inline]
pub(crate) fn bytes_held(elements: usize, unit: usize) -> Option<usize> {
    if unit == 0 {
        Some(elements)
    } else {
        elements.checked_mul(unit)
    }
}

/// What a field of `elements` in `unit`s holds, in words: `3 elements`, `2 elements of 4 bytes`,
/// or for a union (`unit` 0) `5 bytes`.
pub(crate) fn held(elements: usize, unit: usize) -> alloc::string::String {
    let noun = if elements == 1 { "element" } else { "elements" };
    match unit {
        0 => alloc::format!("{}", crate::view::table::Bytes(elements)),
        1 => alloc::format!("{elements} {noun}"),
        _ => alloc::format!("{elements} {noun} of {unit} bytes"),
    }
}

#[cold]
#[inline(never)]
fn disagrees(
    value: crate::Number,
    (elements, unit, expected): (usize, usize, Option<usize>),
    type_name: &'static str,
    (field, run): (&'static str, &'static str),
    offset: usize,
    length_type: &str,
) -> ViewError {
    let held = held(elements, unit);
    let fix = expected.map_or_else(
        || alloc::format!(", more than a {length_type} can count: shorten `{run}`"),
        |expected| alloc::format!(": set it to {expected}"),
    );
    let kind = ErrorKind::custom(alloc::format!("is {value}, but `{run}` holds {held}{fix}"));
    ViewError::invalid(type_name, field, offset, kind)
}

/// Where a record that ends at `end` ends once padded to a multiple of `pad_to` bytes
/// (`#[view(pad_to = N)]`), when the buffer holds the padding.
///
/// # Errors
///
/// [`ViewError::Short`] naming the padding.
#[doc(hidden)]
#[inline]
pub fn view_pad_end(end: usize, pad_to: usize, available: usize, type_name: &'static str) -> Result<usize, ViewError> {
    let padded = end.next_multiple_of(pad_to);
    if padded <= available {
        Ok(padded)
    } else {
        Err(short(end, padded - end, available, type_name, "padding"))
    }
}

/// The number of elements of `size` bytes in a run of `bytes` bytes (`#[view(len = ..)]` on a
/// `Vec` of wider elements).
///
/// # Errors
///
/// A byte length that is not a whole number of elements, on the length field.
#[doc(hidden)]
#[inline]
pub fn view_elements(
    bytes: usize,
    size: usize,
    type_name: &'static str,
    (field, run): (&'static str, &'static str),
    offset: usize,
) -> Result<usize, ViewError> {
    match bytes.checked_rem(size) {
        Some(0) => Ok(bytes / size),
        _ => Err(not_whole(bytes, size, type_name, (field, run), offset)),
    }
}

#[cold]
#[inline(never)]
fn not_whole(
    bytes: usize,
    size: usize,
    type_name: &'static str,
    (field, run): (&'static str, &'static str),
    offset: usize,
) -> ViewError {
    let kind = ErrorKind::custom(alloc::format!(
        "is {} long, which is not a whole number of {size}-byte elements of `{run}`",
        super::table::Bytes(bytes)
    ));
    ViewError::invalid(type_name, field, offset, kind)
}

#[cold]
#[inline(never)]
fn not_a_length(value: crate::Number, type_name: &'static str, field: &'static str, offset: usize) -> ViewError {
    let kind = ErrorKind::custom(alloc::format!("must be a length, got {value}"));
    ViewError::invalid(type_name, field, offset, kind)
}

/// Where a variable-length field of `count` elements of `size` bytes starting at `start` ends,
/// when the buffer holds it.
///
/// # Errors
///
/// [`ViewError::Short`] naming the field.
#[doc(hidden)]
#[inline]
pub fn view_run_end(
    start: usize,
    count: usize,
    size: usize,
    available: usize,
    type_name: &'static str,
    field: &'static str,
) -> Result<usize, ViewError> {
    match count.checked_mul(size).and_then(|len| start.checked_add(len)) {
        Some(end) if end <= available => Ok(end),
        _ => Err(short(start, count.saturating_mul(size), available, type_name, field)),
    }
}

#[cold]
#[inline(never)]
fn short(start: usize, needed: usize, available: usize, type_name: &'static str, field: &'static str) -> ViewError {
    ViewError::Short {
        type_name,
        field,
        offset: start,
        needed,
        available: available.saturating_sub(start),
    }
}
