//! Variable-length views: a length field sizes a later `Vec` field, fields after it follow, and
//! records of a stream are read one after another. Held to PNG files written by Python's `zlib`
//! and `struct`, chunk by chunk, with every CRC checked by an independent CRC-32.

#[path = "support/tools.rs"]
mod tools;

use std::process::Command;

use slotmodel::{BigEndian, Endian, LittleEndian, View, ViewError, ViewRun};

/// A PNG chunk: big-endian length, type, data, CRC of type and data.
#[derive(View, Debug, PartialEq, Clone)]
#[view(endian = "big")]
pub struct Chunk {
    length: u32,
    kind: [u8; 4],
    #[view(len = length)]
    data: Vec<u8>,
    crc: u32,
}

/// One entry of a table.
#[derive(View, Debug, PartialEq, Clone, Copy)]
pub struct Entry {
    id: u16,
    on: bool,
}

/// A count, elements viewed in place, then a fixed field after them.
#[derive(View, Debug, PartialEq, Clone)]
pub struct Table {
    count: u8,
    #[view(count = count)]
    entries: Vec<Entry>,
    #[view(skip = 1)]
    checksum: u16,
}

/// Words in big-endian order.
#[derive(View, Debug, PartialEq)]
#[view(endian = "big")]
pub struct BigWords {
    count: u8,
    #[view(count = count)]
    words: Vec<u16>,
}

/// The same words in little-endian order.
#[derive(View, Debug, PartialEq)]
pub struct LittleWords {
    count: u8,
    #[view(count = count)]
    words: Vec<u16>,
}

/// A record of no bytes, read in an order the caller gives.
#[derive(View, Debug, PartialEq)]
#[view(endian = runtime)]
pub struct Nothing {
    reserved: [u8; 0],
}

const PNG_SIGNATURE: &[u8; 8] = b"\x89PNG\r\n\x1a\n";

#[test]
fn png_chunks_written_by_python_read_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("image.png");
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/support/make_png.py");
    let install = "install it with `apt-get install python3`";
    let test = "png_chunks_written_by_python_read_in_place";
    let Some(output) = tools::output(test, Command::new("python3").arg(script).arg(&path), install) else {
        return;
    };
    let expected: Vec<(String, usize, u32)> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| {
            let parts: Vec<&str> = line.split(' ').collect();
            (
                parts[0].to_owned(),
                parts[1].parse().unwrap(),
                parts[2].parse().unwrap(),
            )
        })
        .collect();
    let file = std::fs::read(&path).unwrap();
    let body = file.strip_prefix(PNG_SIGNATURE).expect("a PNG signature");
    let mut records = ChunkView::records(body);
    let chunks: Vec<ChunkView<'_>> = records.by_ref().map(Result::unwrap).collect();
    assert!(records.remainder().is_empty());
    assert_eq!(chunks.len(), expected.len());
    for (chunk, (kind, length, crc)) in chunks.iter().zip(&expected) {
        assert_eq!(chunk.kind(), kind.as_bytes(), "type");
        assert_eq!(chunk.length() as usize, *length, "{kind} length");
        assert_eq!(chunk.data().len(), *length, "{kind} data");
        assert_eq!(chunk.crc(), *crc, "{kind} CRC as Python wrote it");
        let mut hasher = crc32fast::Hasher::new();
        hasher.update(chunk.kind());
        hasher.update(chunk.data());
        assert_eq!(hasher.finalize(), chunk.crc(), "{kind} CRC recomputed");
    }
    let header = chunks[0].data();
    assert_eq!(
        (u32::from_be_bytes(header[..4].try_into().unwrap()), header[8]),
        (7, 8),
        "IHDR width, bit depth"
    );
    // Written back, the chunks are the file.
    let mut out = vec![0_u8; body.len()];
    let mut at = 0;
    for chunk in &chunks {
        at += chunk.to_owned().write_to(&mut out[at..]).unwrap();
    }
    assert_eq!(out, body);
}

#[test]
fn a_length_past_the_end_names_the_field() {
    let bytes = [0, 0, 0, 13, b'I', b'D', b'A', b'T', 1, 2, 3, 4];
    let err = ChunkView::new(&bytes).unwrap_err();
    assert_eq!(err.to_string(), "Chunk.data at byte 8 needs 13 bytes, 4 remain");
    assert!(matches!(
        err,
        ViewError::Short {
            field: "data",
            offset: 8,
            needed: 13,
            available: 4,
            ..
        }
    ));
    let huge = [0xFF, 0xFF, 0xFF, 0xFF, b'I', b'D', b'A', b'T'];
    assert!(matches!(
        ChunkView::new(&huge),
        Err(ViewError::Short {
            needed: 4_294_967_295,
            ..
        })
    ));
    let err = ChunkView::new(&[0, 0, 0, 0, b'I', b'E', b'N', b'D', 0, 0]).unwrap_err();
    assert_eq!(err.to_string(), "Chunk.crc at byte 8 needs 4 bytes, 2 remain");
}

#[test]
fn new_wants_one_record_and_new_prefix_returns_the_rest() {
    let mut bytes = vec![0, 0, 0, 2, b'a', b'b', b'c', b'd', 7, 8, 0, 0, 0, 9];
    bytes.extend_from_slice(&[1, 2, 3]);
    let (chunk, rest) = ChunkView::new_prefix(&bytes).unwrap();
    assert_eq!((chunk.data(), chunk.crc(), rest), (&[7, 8][..], 9, &[1, 2, 3][..]));
    assert_eq!(chunk.as_bytes().len(), 14);
    assert_eq!(
        ChunkView::new(&bytes).unwrap_err().to_string(),
        "Chunk needs 14 bytes, got 17"
    );
}

#[test]
fn elements_are_viewed_and_checked() {
    let bytes = [3, 1, 0, 1, 2, 0, 0, 3, 0, 1, 0xEE, 0x34, 0x12];
    let table = TableView::new(&bytes).unwrap();
    assert_eq!(table.entries().len(), 3);
    assert_eq!(table.entries().get(2).map(|e| e.id()), Some(3));
    assert!(table.entries().get(3).is_none());
    assert_eq!(table.entries().iter().map(|e| e.id()).collect::<Vec<_>>(), [1, 2, 3]);
    assert_eq!(table.checksum(), 0x1234);
    let owned = table.to_owned();
    assert_eq!(owned.entries[1], Entry { id: 2, on: false });
    let mut again = vec![0; owned.view_len()];
    assert_eq!(owned.write_to(&mut again), Ok(bytes.len()));
    assert_eq!(again[..10], bytes[..10], "the reserved byte is written as zero");

    let mut bad = bytes;
    bad[6] = 2; // the second entry's `on`
    let err = TableView::new(&bad).unwrap_err();
    assert_eq!(err.to_string(), "Table.entries[1].on at byte 6 must be 0 or 1, got 2");
}

#[test]
fn a_run_carries_its_records_fixed_order_in_its_type() {
    let bytes = [2, 0x01, 0x02, 0x03, 0x04];
    let big: ViewRun<'_, u16, BigEndian> = BigWordsView::new(&bytes).unwrap().words();
    let little: ViewRun<'_, u16, LittleEndian> = LittleWordsView::new(&bytes).unwrap().words();
    assert_eq!((big.endian(), little.endian()), (Endian::Big, Endian::Little));
    assert_eq!(big.iter().collect::<Vec<_>>(), [0x0102, 0x0304]);
    assert_eq!(little.iter().rev().collect::<Vec<_>>(), [0x0403, 0x0201]);
    assert_eq!(
        (big.get(1), little.get(1), big.get(2)),
        (Some(0x0304), Some(0x0403), None)
    );
    assert_eq!(format!("{big:?}"), "[258, 772]");
}

#[test]
fn runs_compare_by_their_values_whatever_their_orders() {
    let big_bytes = [2, 0x01, 0x02, 0x03, 0x04];
    let little_bytes = [2, 0x02, 0x01, 0x04, 0x03];
    let big = BigWordsView::new(&big_bytes).unwrap();
    let little = LittleWordsView::new(&little_bytes).unwrap();
    assert_eq!(big.words(), little.words());
    assert_eq!(little.words(), big.words());
    // Same bytes, other order: other values.
    assert_ne!(big.words(), LittleWordsView::new(&big_bytes).unwrap().words());
    // A prefix is not the run.
    assert_ne!(big.words(), BigWordsView::new(&[1, 0x01, 0x02]).unwrap().words());
    assert_eq!(
        BigWordsView::new(&[0]).unwrap().words(),
        LittleWordsView::new(&[0]).unwrap().words()
    );
}

#[test]
fn a_record_of_no_bytes_ends_a_stream_instead_of_repeating() {
    let mut records = NothingView::records(&[1, 2, 3], Endian::Little);
    assert!(matches!(records.next(), Some(Ok(_))));
    assert!(records.next().is_none(), "read again, the record would not move");
    assert_eq!(records.remainder(), &[1, 2, 3]);
    assert_eq!(NothingView::records(&[], Endian::Big).count(), 0);
}

#[test]
fn a_run_is_walked_by_for_from_either_end() {
    let bytes = [3, 1, 0, 0, 2, 0, 1, 3, 0, 1, 0, 0, 0];
    let table = TableView::new(&bytes).unwrap();
    let mut ids = Vec::new();
    for entry in table.entries() {
        ids.push(entry.id());
    }
    assert_eq!(ids, [1, 2, 3]);
    let mut iter = table.entries().iter();
    assert_eq!(iter.len(), 3);
    assert_eq!(iter.next_back().map(|e| (e.id(), e.on())), Some((3, true)));
    assert_eq!(iter.len(), 2);
    assert_eq!((&table.entries()).into_iter().count(), 3);
}

#[test]
fn writing_refuses_a_length_that_disagrees_with_its_vec() {
    let chunk = Chunk {
        length: 3,
        kind: *b"tEXt",
        data: b"hello".to_vec(),
        crc: 0,
    };
    let mut out = [0_u8; 64];
    let err = chunk.write_to(&mut out).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Chunk.length at byte 0 is 3, but `data` holds 5 elements: set it to 5"
    );
    assert!(matches!(err, ViewError::InvalidField { ref field, offset: 0, .. } if field == "length"));
    // Fewer elements than the length says: the same error, not the field after them running short.
    let short = Chunk {
        data: b"hi".to_vec(),
        ..chunk.clone()
    };
    assert_eq!(
        short.write_to(&mut out).unwrap_err().to_string(),
        "Chunk.length at byte 0 is 3, but `data` holds 2 elements: set it to 2"
    );
    let one = Chunk {
        data: b"h".to_vec(),
        ..chunk.clone()
    };
    assert_eq!(
        one.write_to(&mut out).unwrap_err().to_string(),
        "Chunk.length at byte 0 is 3, but `data` holds 1 element: set it to 1"
    );
    let empty = Chunk {
        length: 0,
        data: Vec::new(),
        ..chunk.clone()
    };
    assert_eq!(empty.write_to(&mut out), Ok(12));
    let chunk = Chunk { length: 5, ..chunk };
    assert_eq!(
        chunk.write_to(&mut out[..16]).unwrap_err().to_string(),
        "Chunk needs 17 bytes, got 16"
    );
    assert_eq!(chunk.write_to(&mut out), Ok(17));
    assert_eq!(ChunkView::new(&out[..17]).unwrap().to_owned(), chunk);
}

#[test]
fn writing_refuses_a_count_that_disagrees_with_its_vec() {
    let entry = Entry { id: 7, on: true };
    let table = Table {
        count: 3,
        entries: vec![entry; 2],
        checksum: 9,
    };
    let mut out = [0_u8; 1024];
    assert_eq!(
        table.write_to(&mut out).unwrap_err().to_string(),
        "Table.count at byte 0 is 3, but `entries` holds 2 elements: set it to 2"
    );
    let full = Table {
        count: 255,
        entries: vec![entry; 256],
        ..table.clone()
    };
    assert_eq!(
        full.write_to(&mut out).unwrap_err().to_string(),
        "Table.count at byte 0 is 255, but `entries` holds 256 elements, more than a u8 can count: shorten `entries`"
    );
    let agreed = Table { count: 2, ..table };
    assert_eq!(agreed.write_to(&mut out), Ok(10));
    assert_eq!(TableView::new(&out[..10]).unwrap().to_owned(), agreed);
}

#[test]
fn a_stream_stops_at_the_first_bad_record() {
    let stream = [0, 0, 0, 1, b'a', b'b', b'c', b'd', 9, 0, 0, 0, 0, 0, 0, 0, 200, b'x'];
    let mut records = ChunkView::records(&stream);
    assert!(records.next().unwrap().is_ok());
    assert!(matches!(records.next(), Some(Err(ViewError::Short { .. }))));
    assert!(records.next().is_none());
    assert_eq!(records.remainder(), &stream[13..]);
}

/// A chunk whose `size` counts the bytes of its samples, as RIFF's data chunk does.
#[derive(slotmodel::View, Debug, Clone, PartialEq)]
pub struct DataChunk {
    size: u32,
    #[view(len = size)]
    samples: Vec<i16>,
    tail: u8,
}

#[test]
fn a_byte_length_over_wider_elements() {
    let bytes = [4, 0, 0, 0, 1, 0, 0xFF, 0xFF, 9];
    let view = DataChunkView::new(&bytes).unwrap();
    assert_eq!(view.samples().iter().collect::<Vec<i16>>(), [1, -1]);
    assert_eq!(view.tail(), 9);
    let owned = view.to_owned();
    assert_eq!(owned.view_len(), 9);
    let mut out = [0_u8; 9];
    owned.write_to(&mut out).unwrap();
    assert_eq!(out, bytes);

    let error = DataChunkView::new(&[3, 0, 0, 0, 1, 0, 0, 9]).unwrap_err();
    assert_eq!(
        error.to_string(),
        "DataChunk.size at byte 0 is 3 bytes long, which is not a whole number of 2-byte elements of `samples`"
    );
    let wrong = DataChunk { size: 2, ..owned };
    assert_eq!(
        wrong.write_to(&mut out).unwrap_err().to_string(),
        "DataChunk.size at byte 0 is 2, but `samples` holds 2 elements of 2 bytes: set it to 4"
    );
}

/// A RIFF chunk: its data is followed by a pad byte when its size is odd.
#[derive(slotmodel::View, Debug, Clone, PartialEq)]
#[view(pad_to = 2)]
pub struct RiffChunk {
    id: [u8; 4],
    size: u32,
    #[view(len = size)]
    data: Vec<u8>,
}

#[test]
fn padded_records_step_over_their_pad_byte() {
    let stream = [
        b'a', b'b', b'c', b'd', 3, 0, 0, 0, 1, 2, 3, 0, // odd size: one pad byte
        b'e', b'f', b'g', b'h', 2, 0, 0, 0, 4, 5, // even size: none
    ];
    let chunks: Vec<(&[u8; 4], &[u8])> = RiffChunkView::records(&stream)
        .map(|chunk| chunk.map(|c| (c.id(), c.data())))
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(chunks, [(b"abcd", &[1_u8, 2, 3][..]), (b"efgh", &[4_u8, 5][..])]);
    let first = RiffChunkView::new(&stream[..12]).unwrap();
    assert_eq!(first.as_bytes().len(), 12, "the view takes its pad byte");
    let owned = first.to_owned();
    assert_eq!(owned.view_len(), 12);
    let mut out = [0xFF_u8; 12];
    owned.write_to(&mut out).unwrap();
    assert_eq!(out, stream[..12], "writing zeroes the pad byte");

    let error = RiffChunkView::new(&stream[..11]).unwrap_err();
    assert_eq!(error.to_string(), "RiffChunk.padding at byte 11 needs 1 byte, 0 remain");
}
