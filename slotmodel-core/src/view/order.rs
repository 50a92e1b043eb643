//! Byte orders: [`Endian`], chosen at run time, and [`ByteOrder`], which a [`ViewRun`](crate::ViewRun)
//! takes fixed ([`BigEndian`], [`LittleEndian`]) or chosen at run time; the [`PrefixViewIn`] trait
//! of views whose order the caller gives (`#[view(endian = runtime)]`).

use super::table::ViewError;

/// A byte order chosen at run time: the order a `#[view(endian = runtime)]` view is read and
/// written in, or the one a `#[view(big_if = ..)]` view found in its record.
///
/// # Examples
///
/// ```
/// use slotmodel::{Endian, View};
///
/// #[derive(View, Debug, PartialEq)]
/// #[view(endian = runtime)]
/// struct Sample {
///     id: u16,
///     value: u32,
/// }
///
/// let bytes = [0, 7, 0, 0, 1, 0];
/// assert_eq!(SampleView::new(&bytes, Endian::Big)?.value(), 256);
/// assert_eq!(SampleView::new(&bytes, Endian::Little)?.id(), 0x0700);
/// assert!(Endian::Big.is_big() && !Endian::Little.is_big());
/// assert_eq!(Endian::big_if(true), Endian::Big);
/// # Ok::<(), slotmodel::ViewError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Endian {
    /// Most significant byte first (network order).
    Big,
    /// Least significant byte first.
    Little,
}

impl Endian {
    /// The order of the machine the program runs on.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(slotmodel::Endian::NATIVE.is_big(), cfg!(target_endian = "big"));
    /// ```
    pub const NATIVE: Endian = Endian::big_if(cfg!(target_endian = "big"));

    /// [`Endian::Big`] when `big` holds, else [`Endian::Little`].
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(slotmodel::Endian::big_if(false), slotmodel::Endian::Little);
    /// ```
    #[must_use]
    pub const fn big_if(big: bool) -> Endian {
        if big {
            Endian::Big
        } else {
            Endian::Little
        }
    }

    /// Whether this is [`Endian::Big`].
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(slotmodel::Endian::Big.is_big());
    /// ```
    #[must_use]
    pub const fn is_big(self) -> bool {
        matches!(self, Endian::Big)
    }
}

/// Where the byte order of a [`ViewRun`](crate::ViewRun) comes from: the declaration, known when
/// compiling ([`BigEndian`], [`LittleEndian`]), or the record, read at run time ([`Endian`]). A
/// fixed order costs nothing at run time: [`is_big`](ByteOrder::is_big) is a constant.
///
/// Sealed: slotmodel implements it for these three types alone.
///
/// # Examples
///
/// ```
/// use slotmodel::{BigEndian, ByteOrder, Endian, LittleEndian};
///
/// assert!(BigEndian.is_big() && !LittleEndian.is_big());
/// assert_eq!(Endian::Big.is_big(), BigEndian.is_big());
/// ```
pub trait ByteOrder: Copy + 'static + sealed::Sealed {
    /// Whether the order is big-endian.
    ///
    /// # Examples
    ///
    /// See [`ByteOrder`].
    fn is_big(self) -> bool;
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for super::BigEndian {}
    impl Sealed for super::LittleEndian {}
    impl Sealed for super::Endian {}
}

/// The big-endian order, fixed by the declaration (`#[view(endian = "big")]`).
///
/// # Examples
///
/// ```
/// use slotmodel::{BigEndian, ByteOrder};
///
/// assert!(BigEndian.is_big());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct BigEndian;

/// The little-endian order, fixed by the declaration (the default).
///
/// # Examples
///
/// ```
/// use slotmodel::{ByteOrder, LittleEndian};
///
/// assert!(!LittleEndian.is_big());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct LittleEndian;

impl ByteOrder for BigEndian {
    #[inline]
    fn is_big(self) -> bool {
        true
    }
}

impl ByteOrder for LittleEndian {
    #[inline]
    fn is_big(self) -> bool {
        false
    }
}

impl ByteOrder for Endian {
    #[inline]
    fn is_big(self) -> bool {
        Endian::is_big(self)
    }
}

/// A view of a record at the start of a buffer, read in a byte order the caller gives: the
/// views of `#[view(endian = runtime)]` records. [`ViewReader::next_in`](crate::ViewReader::next_in)
/// and [`VarRecords::new_in`](crate::VarRecords::new_in) read them.
///
/// # Examples
///
/// ```
/// use slotmodel::{Endian, PrefixViewIn, View};
///
/// #[derive(View, Debug, PartialEq)]
/// #[view(endian = runtime)]
/// struct Message {
///     len: u16,
///     #[view(len = len)]
///     text: Vec<u8>,
/// }
///
/// let (message, rest) = MessageView::from_prefix_in(&[0, 2, b'h', b'i', 9], Endian::Big)?;
/// assert_eq!((message.text(), rest), (&b"hi"[..], &[9][..]));
/// assert_eq!(MessageView::layout_in(&[2, 0, b'h'], Endian::Little).unwrap_err().to_string(), "Message.text at byte 2 needs 2 bytes, 1 remains");
/// # Ok::<(), slotmodel::ViewError>(())
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a view read in a byte order the caller gives",
    label = "only a `#[view(endian = runtime)]` view takes its order from the caller",
    note = "this view has its own byte order: `RecordView::records(bytes)`, `VarRecords::new(bytes)`, `RecordView::from_prefix(bytes)`"
)]
pub trait PrefixViewIn<'a>: Sized {
    /// Where the record's fields start, and its order, as [`layout_in`](PrefixViewIn::layout_in) finds them.
    type Layout: Copy;

    /// Whether the record takes every byte it is given (see [`PrefixView::REST`](crate::PrefixView::REST)).
    const REST: bool = false;

    /// Checks the record at the start of `bytes` in the byte order `order`, and returns where its
    /// fields start and the bytes it takes, without borrowing `bytes`.
    ///
    /// # Errors
    ///
    /// A record that does not fit ([`ViewError::Short`] or [`ViewError::Length`], with the
    /// bytes it needs) or holds an invalid value.
    fn layout_in(bytes: &[u8], order: Endian) -> Result<(Self::Layout, usize), ViewError>;

    /// Views the record that [`layout_in`](PrefixViewIn::layout_in) checked at the start of
    /// `bytes`, which holds exactly its bytes.
    #[doc(hidden)]
    fn from_layout(bytes: &'a [u8], layout: Self::Layout) -> Self;

    /// Checks and views the record at the start of `bytes` in the byte order `order`, returning
    /// the rest.
    ///
    /// # Errors
    ///
    /// A record that does not fit or holds an invalid value.
    fn from_prefix_in(bytes: &'a [u8], order: Endian) -> Result<(Self, &'a [u8]), ViewError> {
        let (layout, len) = Self::layout_in(bytes, order)?;
        let (record, rest) = bytes.split_at(len);
        Ok((Self::from_layout(record, layout), rest))
    }
}
