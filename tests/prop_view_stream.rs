//! `ViewReader` over a stream that hands out its bytes in arbitrary pieces reads exactly what
//! the views read over the whole buffer: the same records, the same error at the same place,
//! and never a panic, whatever the bytes.

use std::io::Read;

use proptest::prelude::*;
use slotmodel::{PrefixView, StreamError, View, ViewError, ViewReader};

#[derive(View, Debug, PartialEq, Clone)]
#[view(size = 3)]
struct Header {
    version: u8,
    #[bounded(max = 9)]
    kind: u8,
    flags: u8,
}

#[derive(View, Debug, PartialEq, Clone)]
#[view(endian = "big")]
struct Record {
    id: u16,
    len: u16,
    #[view(len = len)]
    data: Vec<u8>,
    #[bounded(max = 100)]
    weight: u8,
}

/// The bytes of `record`, as its view reads them.
fn written(record: &Record) -> Vec<u8> {
    let mut out = vec![0; record.view_len()];
    record.write_to(&mut out).unwrap();
    out
}

/// A stream that gives at most the next of `pieces` bytes per read, as a pipe may.
struct Trickle<'a> {
    bytes: &'a [u8],
    pieces: Vec<usize>,
    turn: usize,
}

impl Read for Trickle<'_> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let piece = self.pieces[self.turn % self.pieces.len()].max(1);
        self.turn += 1;
        let n = piece.min(out.len()).min(self.bytes.len());
        out[..n].copy_from_slice(&self.bytes[..n]);
        self.bytes = &self.bytes[n..];
        Ok(n)
    }
}

/// What the views read over the whole buffer: the header, the records, then the error (and
/// where its record starts) or the end.
fn in_place(bytes: &[u8]) -> (Vec<Header>, Vec<Record>, Option<(u64, ViewError)>) {
    if bytes.is_empty() {
        return (vec![], vec![], None);
    }
    let mut at = 0_u64;
    let (header, mut rest) = match HeaderView::from_prefix(bytes) {
        Ok(found) => found,
        Err(error) => return (vec![], vec![], Some((0, error))),
    };
    at += 3;
    let mut records = Vec::new();
    while !rest.is_empty() {
        match RecordView::from_prefix(rest) {
            Ok((record, after)) => {
                at += (rest.len() - after.len()) as u64;
                records.push(record.to_owned());
                rest = after;
            }
            Err(error) => return (vec![header.to_owned()], records, Some((at, error))),
        }
    }
    (vec![header.to_owned()], records, None)
}

/// The same through a reader of `stream`.
fn streamed(stream: impl Read, limit: usize) -> (Vec<Header>, Vec<Record>, Option<StreamError>) {
    let mut reader = ViewReader::new(stream).limit(limit);
    let header = match reader.next::<HeaderView>() {
        None => return (vec![], vec![], None),
        Some(Err(error)) => return (vec![], vec![], Some(error)),
        Some(Ok(header)) => header.to_owned(),
    };
    let mut records = Vec::new();
    while let Some(record) = reader.next::<RecordView>() {
        match record {
            Ok(record) => records.push(record.to_owned()),
            Err(error) => {
                assert!(reader.next::<RecordView>().is_none(), "a reader ends after an error");
                return (vec![header], records, Some(error));
            }
        }
    }
    (vec![header], records, None)
}

fn record() -> impl Strategy<Value = Record> {
    (any::<u16>(), prop::collection::vec(any::<u8>(), 0..300), 0..=100_u8).prop_map(|(id, data, weight)| Record {
        id,
        len: u16::try_from(data.len()).unwrap(),
        data,
        weight,
    })
}

/// Valid streams, possibly cut short or with a broken byte, so that most cases read records.
fn stream() -> impl Strategy<Value = Vec<u8>> {
    (
        prop::collection::vec(record(), 0..12),
        any::<u8>(),
        0..=9_u8,
        any::<Option<(usize, u8)>>(),
        any::<Option<usize>>(),
    )
        .prop_map(|(records, version, kind, flip, cut)| {
            let mut bytes = vec![version, kind, 0];
            for record in &records {
                bytes.extend(written(record));
            }
            if let Some((at, byte)) = flip {
                let at = at % bytes.len();
                bytes[at] = byte;
            }
            if let Some(cut) = cut {
                bytes.truncate(cut % (bytes.len() + 1));
            }
            bytes
        })
}

proptest! {
    #[test]
    fn a_trickled_stream_reads_as_the_buffer_does(
        bytes in prop_oneof![stream(), prop::collection::vec(any::<u8>(), 0..600)],
        pieces in prop::collection::vec(1..70_usize, 1..8),
    ) {
        let (headers, records, error) = in_place(&bytes);
        let trickle = Trickle { bytes: &bytes, pieces, turn: 0 };
        let (headers_read, records_read, error_read) = streamed(trickle, usize::MAX);
        prop_assert_eq!(headers_read, headers);
        prop_assert_eq!(records_read, records);
        match (error, error_read) {
            (None, None) => {}
            (Some((at, error)), Some(StreamError::View { at: at_read, error: error_read })) => {
                prop_assert_eq!(at_read, at);
                prop_assert_eq!(error_read.to_string(), error.to_string());
            }
            (expected, read) => prop_assert!(false, "expected {:?}, read {:?}", expected, read),
        }
    }

    #[test]
    fn a_record_above_the_limit_stops_the_reader_before_it_is_buffered(
        records in prop::collection::vec(record(), 1..6),
        limit in 8..200_usize,
    ) {
        let mut bytes = vec![1, 2, 3];
        for record in &records {
            bytes.extend(written(record));
        }
        let (_, records_read, error) = streamed(&bytes[..], limit);
        let fitting = records.iter().take_while(|r| r.view_len() <= limit).count();
        prop_assert_eq!(&records_read[..], &records[..fitting]);
        match error {
            None => prop_assert_eq!(fitting, records.len()),
            Some(StreamError::TooLarge { needed, limit: said, .. }) => {
                prop_assert_eq!(said, limit);
                prop_assert!(needed > limit);
                prop_assert!(fitting < records.len());
            }
            Some(other) => prop_assert!(false, "unexpected {}", other),
        }
    }
}

#[test]
fn a_stream_error_is_reported_once_with_its_cause() {
    struct Broken;
    impl Read for Broken {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("the pipe broke"))
        }
    }
    let mut reader = ViewReader::new(Broken);
    let error = reader.next::<HeaderView>().unwrap().unwrap_err();
    assert_eq!(error.to_string(), "reading the stream failed: the pipe broke");
    assert!(std::error::Error::source(&error).is_some());
    assert!(reader.next::<HeaderView>().is_none());
}

#[test]
fn an_invalid_record_names_its_place_in_the_stream() {
    let mut bytes = vec![1, 2, 3];
    let record = Record {
        id: 7,
        len: 2,
        data: vec![1, 2],
        weight: 5,
    };
    bytes.extend(written(&record));
    bytes.extend([0, 8, 0, 0, 101]);
    let (_, records, error) = streamed(&bytes[..], 1 << 20);
    assert_eq!(records, [record]);
    assert_eq!(
        error.unwrap().to_string(),
        "the record at byte 10 of the stream: Record.weight at byte 4 must be <= 100, got 101"
    );
}
