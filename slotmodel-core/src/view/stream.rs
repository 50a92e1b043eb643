//! Records read from a `std::io::Read` one at a time, through one buffer that is refilled: a
//! capture piped from another program, or a file larger than memory.

use std::io::{ErrorKind as IoErrorKind, Read};
use std::vec::Vec;

use super::order::{Endian, PrefixViewIn};
use super::run::PrefixView;
use super::table::ViewError;

/// Reads records from a stream and lends each out as a checked view, in bounded memory: the
/// buffer holds the record being read and what the last read brought after it, and grows only
/// to the largest record (up to [`limit`](ViewReader::limit)).
///
/// Each call of [`next`](ViewReader::next) names the view it reads, so a header and the records
/// after it come from the same reader. A view borrows the reader until it is dropped.
///
/// # Examples
///
/// ```
/// use slotmodel::{View, ViewReader};
///
/// #[derive(View, Debug, PartialEq)]
/// #[view(size = 2)]
/// struct Header {
///     version: u8,
///     flags: u8,
/// }
///
/// #[derive(View, Debug, PartialEq)]
/// struct Message {
///     len: u8,
///     #[view(len = len)]
///     text: Vec<u8>,
/// }
///
/// let stream: &[u8] = &[1, 0, 2, b'h', b'i', 3, b'y', b'o', b'u'];
/// let mut reader = ViewReader::new(stream);
/// let header: HeaderView = reader.next().unwrap()?;
/// assert_eq!(header.version(), 1);
/// let mut texts = Vec::new();
/// while let Some(message) = reader.next::<MessageView>() {
///     texts.push(message?.text().to_vec());
/// }
/// assert_eq!(texts, [b"hi".to_vec(), b"you".to_vec()]);
/// assert_eq!(reader.position(), 9);
/// # Ok::<(), slotmodel::StreamError>(())
/// ```
#[derive(Debug)]
pub struct ViewReader<R> {
    source: R,
    buffer: Vec<u8>,
    start: usize,
    end: usize,
    position: u64,
    limit: usize,
    at_end: bool,
    failed: bool,
}

/// What stops a [`ViewReader`]: the stream's own error, a record its view refuses (or one cut
/// off by the end of the stream), or a record larger than the reader's limit. After any of them
/// the reader ends, since the stream cannot be resynchronised.
#[derive(Debug)]
#[non_exhaustive]
pub enum StreamError {
    /// Reading the stream failed.
    Io(std::io::Error),
    /// The record at byte `at` of the stream is invalid, or the stream ends inside it.
    View {
        /// The record's first byte in the stream.
        at: u64,
        /// What its view says.
        error: ViewError,
    },
    /// The record at byte `at` needs more bytes than the reader may hold.
    TooLarge {
        /// The record's first byte in the stream.
        at: u64,
        /// Bytes the record needs, as far as its view could tell.
        needed: usize,
        /// The reader's [`limit`](ViewReader::limit).
        limit: usize,
    },
}

impl core::fmt::Display for StreamError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            StreamError::Io(error) => write!(f, "reading the stream failed: {error}"),
            StreamError::View { at, error } => write!(f, "the record at byte {at} of the stream: {error}"),
            StreamError::TooLarge { at, needed, limit } => write!(
                f,
                "the record at byte {at} of the stream needs {needed} bytes, more than the reader's limit of {limit}: raise it with `ViewReader::limit`"
            ),
        }
    }
}

impl std::error::Error for StreamError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StreamError::Io(error) => Some(error),
            StreamError::View { error, .. } => Some(error),
            StreamError::TooLarge { .. } => None,
        }
    }
}

/// The buffer a reader starts with, and by which it grows: a pipe's usual capacity.
const CHUNK: usize = 64 * 1024;

impl<R: Read> ViewReader<R> {
    /// A reader of `source` with a 64 KiB buffer and a limit of 64 MiB per record.
    ///
    /// # Examples
    ///
    /// See [`ViewReader`].
    pub fn new(source: R) -> Self {
        ViewReader {
            source,
            buffer: Vec::new(),
            start: 0,
            end: 0,
            position: 0,
            limit: 64 << 20,
            at_end: false,
            failed: false,
        }
    }

    /// Sets the most bytes one record may take; a larger one is [`StreamError::TooLarge`]
    /// rather than a buffer that grows as far as the stream's length fields say.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::{StreamError, View, ViewReader};
    ///
    /// #[derive(View)]
    /// struct Message {
    ///     len: u32,
    ///     #[view(len = len)]
    ///     text: Vec<u8>,
    /// }
    ///
    /// let stream: &[u8] = &[0, 0, 0, 0x10, 0, 0];
    /// let mut reader = ViewReader::new(stream).limit(1024);
    /// let error = reader.next::<MessageView>().unwrap().unwrap_err();
    /// assert!(matches!(error, StreamError::TooLarge { at: 0, needed: 268_435_460, limit: 1024 }));
    /// assert!(reader.next::<MessageView>().is_none());
    /// ```
    #[must_use]
    pub fn limit(mut self, bytes: usize) -> Self {
        self.limit = bytes;
        self
    }

    /// The stream offset of the next record: the bytes of the records read so far.
    ///
    /// # Examples
    ///
    /// See [`ViewReader`].
    pub fn position(&self) -> u64 {
        self.position
    }

    /// The bytes read from the stream and not yet lent out as a record.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::{View, ViewReader};
    ///
    /// #[derive(View)]
    /// #[view(size = 2)]
    /// struct Pair {
    ///     a: u8,
    ///     b: u8,
    /// }
    ///
    /// let mut reader = ViewReader::new(&[1, 2, 3][..]);
    /// assert_eq!(reader.next::<PairView>().unwrap().unwrap().b(), 2);
    /// assert!(reader.next::<PairView>().unwrap().is_err());
    /// assert_eq!(reader.buffered(), [3]);
    /// ```
    pub fn buffered(&self) -> &[u8] {
        &self.buffer[self.start..self.end]
    }

    /// The stream, given back.
    ///
    /// # Examples
    ///
    /// ```
    /// let reader = slotmodel::ViewReader::new(std::io::empty());
    /// let _stream: std::io::Empty = reader.into_inner();
    /// ```
    pub fn into_inner(self) -> R {
        self.source
    }

    /// Reads, checks and lends out the next record as the view `V`; `None` once the stream
    /// ends between records or after an error.
    ///
    /// # Errors
    ///
    /// A [`StreamError`]: the stream's, the record's (a stream that ends inside a record is
    /// [`ViewError::Short`] or [`ViewError::Length`] at that record), or a record above the limit.
    ///
    /// # Examples
    ///
    /// See [`ViewReader`].
    #[allow(
        clippy::should_implement_trait,
        reason = "a lending read: each view borrows the reader"
    )]
    pub fn next<'s, V: PrefixView<'s>>(&'s mut self) -> Option<Result<V, StreamError>> {
        self.read(V::REST, V::layout, V::from_layout)
    }

    /// Reads, checks and lends out the next record as the view `V` in the byte order `order`:
    /// the views of `#[view(endian = runtime)]` records. `None` once the stream ends between
    /// records or after an error.
    ///
    /// # Errors
    ///
    /// As [`next`](ViewReader::next).
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::{Endian, View, ViewReader};
    ///
    /// #[derive(View)]
    /// #[view(endian = runtime)]
    /// struct Message {
    ///     len: u16,
    ///     #[view(len = len)]
    ///     text: Vec<u8>,
    /// }
    ///
    /// let mut reader = ViewReader::new(&[0, 2, b'h', b'i'][..]);
    /// let message = reader.next_in::<MessageView>(Endian::Big).unwrap()?;
    /// assert_eq!(message.text(), b"hi");
    /// assert!(reader.next_in::<MessageView>(Endian::Big).is_none());
    /// # Ok::<(), slotmodel::StreamError>(())
    /// ```
    pub fn next_in<'s, V: PrefixViewIn<'s>>(&'s mut self, order: Endian) -> Option<Result<V, StreamError>> {
        self.read(V::REST, |bytes| V::layout_in(bytes, order), V::from_layout)
    }

    /// Reads the next record with `layout`, filling the buffer until it holds the record (or,
    /// for a record that takes every byte it is given, the rest of the stream), and views it
    /// with `view`.
    fn read<'s, V, L: Copy>(
        &'s mut self,
        rest: bool,
        layout: impl Fn(&[u8]) -> Result<(L, usize), ViewError>,
        view: impl FnOnce(&'s [u8], L) -> V,
    ) -> Option<Result<V, StreamError>> {
        if self.failed {
            return None;
        }
        let (layout, len) = loop {
            if self.start == self.end {
                if let Err(error) = self.fill(1) {
                    return Some(Err(self.fail(error)));
                }
                if self.start == self.end {
                    return None;
                }
            }
            let held = self.end - self.start;
            if rest && !self.at_end {
                if let Err(error) = self.fill(held + 1) {
                    return Some(Err(self.fail(error)));
                }
                continue;
            }
            match layout(&self.buffer[self.start..self.end]) {
                Ok(found) => break found,
                Err(error) => {
                    let Some(needed) = needed(&error).filter(|_| !self.at_end) else {
                        let at = self.position;
                        return Some(Err(self.fail(StreamError::View { at, error })));
                    };
                    if let Err(error) = self.fill(needed.max(held + 1)) {
                        return Some(Err(self.fail(error)));
                    }
                }
            }
        };
        let bytes = &self.buffer[self.start..self.start + len];
        self.start += len;
        self.position += len as u64;
        Some(Ok(view(bytes, layout)))
    }

    fn fail(&mut self, error: StreamError) -> StreamError {
        self.failed = true;
        error
    }

    /// Reads until the buffer holds `needed` bytes from the current record's start, or the
    /// stream ends; each read takes whatever the stream gives, up to the buffer's free space.
    fn fill(&mut self, needed: usize) -> Result<(), StreamError> {
        if needed > self.limit {
            return Err(StreamError::TooLarge {
                at: self.position,
                needed,
                limit: self.limit,
            });
        }
        if self.start + needed > self.buffer.len() {
            self.buffer.copy_within(self.start..self.end, 0);
            self.end -= self.start;
            self.start = 0;
            if needed > self.buffer.len() {
                let grown = needed.max(self.buffer.len() * 2).max(CHUNK).min(self.limit.max(needed));
                self.buffer.resize(grown, 0);
            }
        }
        while self.end - self.start < needed && !self.at_end {
            match self.source.read(&mut self.buffer[self.end..]) {
                Ok(0) => self.at_end = true,
                Ok(read) => self.end += read,
                Err(error) if error.kind() == IoErrorKind::Interrupted => {}
                Err(error) => return Err(StreamError::Io(error)),
            }
        }
        Ok(())
    }
}

/// The bytes from the record's start that a view short of bytes says it needs.
fn needed(error: &ViewError) -> Option<usize> {
    match *error {
        ViewError::Short { offset, needed, .. } => offset.checked_add(needed),
        ViewError::Length { needed, given, .. } if given < needed => Some(needed),
        _ => None,
    }
}
