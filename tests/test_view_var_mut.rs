//! `<Name>ViewMut` of variable-length records: setters encode in place, and a value that would
//! move the fields after it (a length that no longer matches its data, a tag that chooses a
//! variant of another size), break a rule or turn the record's byte order is refused with the
//! old bytes kept. Byte fields change in place through their `_mut` accessor.

use slotmodel::{Endian, View, ViewError};

/// A PNG-like chunk: a length, a kind, the data, a checksum.
#[derive(View, Debug, PartialEq, Clone)]
#[view(endian = "big")]
struct Chunk {
    length: u32,
    kind: [u8; 4],
    #[view(len = length)]
    data: Vec<u8>,
    #[bounded(max = 0xFFFF_0000)]
    crc: u32,
    #[view(bytes = 3)]
    sample: i32,
}

fn chunk(data: &[u8]) -> Vec<u8> {
    let owned = Chunk {
        length: u32::try_from(data.len()).unwrap(),
        kind: *b"IDAT",
        data: data.to_vec(),
        crc: 7,
        sample: -2,
    };
    let mut bytes = vec![0; owned.view_len()];
    owned.write_to(&mut bytes).unwrap();
    bytes
}

#[test]
fn fields_after_the_data_are_set_in_place() {
    let mut bytes = chunk(b"hello");
    let mut view = ChunkViewMut::new(&mut bytes).unwrap();
    view.set_crc(0xDEAD_BEEF).unwrap();
    view.set_kind(*b"tEXt").unwrap();
    view.set_sample(-8_000_000).unwrap();
    view.data_mut().copy_from_slice(b"HELLO");
    let read = view.as_view();
    assert_eq!(
        (read.crc(), read.kind(), read.data(), read.sample()),
        (0xDEAD_BEEF, b"tEXt", &b"HELLO"[..], -8_000_000)
    );
    assert_eq!(format!("{view:?}"), format!("{:?}", view.as_view()));
    assert_eq!(&bytes[13..17], 0xDEAD_BEEF_u32.to_be_bytes());
    assert_eq!(ChunkView::new(&bytes).unwrap().to_owned().data, b"HELLO");
}

#[test]
fn a_length_that_would_move_the_fields_after_it_is_refused_and_the_old_bytes_kept() {
    let mut bytes = chunk(b"hello");
    let before = bytes.clone();
    let mut view = ChunkViewMut::new(&mut bytes).unwrap();
    // One byte shorter: the record would end a byte early, with bytes left over.
    let error = view.set_length(4).unwrap_err();
    assert_eq!(
        error.to_string(),
        "Chunk.length at byte 0 would move the fields after it: a length or a tag changes only with what it describes, so write a new record with `write_to`"
    );
    // Longer than the buffer: the layout check itself refuses it.
    assert!(matches!(
        view.set_length(50).unwrap_err(),
        ViewError::Short { field: "data", .. }
    ));
    // The same length is no change.
    view.set_length(5).unwrap();
    assert_eq!(bytes, before);
}

#[test]
fn a_value_that_breaks_a_rule_or_does_not_fit_is_refused_and_the_old_bytes_kept() {
    let mut bytes = chunk(b"abc");
    let before = bytes.clone();
    let mut view = ChunkViewMut::new(&mut bytes).unwrap();
    let error = view.set_crc(0xFFFF_FFFF).unwrap_err();
    assert_eq!(
        error.to_string(),
        "Chunk.crc at byte 11 must be <= 4294901760, got 4294967295"
    );
    let error = view.set_sample(1 << 23).unwrap_err();
    assert!(error.to_string().starts_with("Chunk.sample at byte 15"), "{error}");
    assert_eq!(bytes, before);
}

/// A message whose kind chooses a payload of 2 or 4 bytes.
#[derive(View, Debug, PartialEq, Clone, Copy)]
enum Payload {
    #[view(tag = 1)]
    Short(u16),
    #[view(tag = 2)]
    Long(u32),
    #[view(tag = 3)]
    Other(u16),
}

#[derive(View, Debug, PartialEq, Clone)]
#[view(endian = "little")]
struct Message {
    kind: u8,
    #[view(tag = kind)]
    payload: Payload,
    end: u8,
}

#[test]
fn a_tag_may_change_only_to_a_variant_of_the_same_size() {
    let mut bytes = [1, 0x34, 0x12, 9];
    let mut view = MessageViewMut::new(&mut bytes).unwrap();
    assert!(matches!(view.as_view().payload(), PayloadView::Short(0x1234)));
    assert!(view.set_kind(2).is_err(), "a four-byte variant would move `end`");
    assert!(view.set_kind(9).is_err(), "no variant has tag 9");
    view.set_kind(3).unwrap();
    assert!(matches!(view.as_view().payload(), PayloadView::Other(0x1234)));
    view.set_end(10).unwrap();
    assert_eq!(bytes, [3, 0x34, 0x12, 10]);
}

/// A record whose order the caller gives.
#[derive(View, Debug, PartialEq, Clone)]
#[view(endian = runtime)]
struct Block {
    count: u16,
    #[view(count = count)]
    words: Vec<u32>,
    stamp: u32,
}

#[test]
fn a_run_time_order_record_is_set_in_the_order_it_was_viewed_in() {
    let mut big = [0, 1, 0, 0, 0, 5, 0, 0, 0, 0];
    let mut view = BlockViewMut::new(&mut big, Endian::Big).unwrap();
    view.set_stamp(0x0102_0304).unwrap();
    assert!(view.set_count(2).is_err());
    assert_eq!(big, [0, 1, 0, 0, 0, 5, 1, 2, 3, 4]);
    let mut little = [1, 0, 5, 0, 0, 0, 0, 0, 0, 0];
    let mut view = BlockViewMut::new(&mut little, Endian::Little).unwrap();
    view.set_stamp(0x0102_0304).unwrap();
    assert_eq!(view.as_view().endian(), Endian::Little);
    assert_eq!(little, [1, 0, 5, 0, 0, 0, 4, 3, 2, 1]);
}

/// A header whose magic, read big-endian, says the order of the rest.
#[derive(View, Debug, PartialEq, Clone)]
#[view(big_if = magic == 0xFEFF)]
struct Header {
    #[view(endian = "big")]
    magic: u16,
    version: u16,
}

#[test]
fn a_setter_that_would_turn_the_order_its_fields_give_is_refused() {
    let mut bytes = [0xFE, 0xFF, 0, 3];
    let mut view = HeaderViewMut::new(&mut bytes).unwrap();
    view.set_version(4).unwrap();
    let error = view.set_magic(0xFFFE).unwrap_err();
    assert!(
        error.to_string().contains("would turn the record's byte order"),
        "{error}"
    );
    view.set_magic(0xFEFF).unwrap();
    assert_eq!(bytes, [0xFE, 0xFF, 0, 4]);
}

mod properties {
    use super::{chunk, ChunkView, ChunkViewMut};
    use proptest::prelude::*;

    proptest! {
        /// A setter either keeps a record its view accepts, reading back what was set, or
        /// leaves every byte as it was.
        #[test]
        fn a_setter_keeps_the_record_valid_or_changes_nothing(
            data in prop::collection::vec(any::<u8>(), 0..16),
            length in any::<u32>(),
            crc in any::<u32>(),
            sample in any::<i32>(),
        ) {
            let mut bytes = chunk(&data);
            let before = bytes.clone();
            let mut view = ChunkViewMut::new(&mut bytes).unwrap();
            let results = [
                view.set_length(length).map(|()| view.as_view().length() == length),
                view.set_crc(crc).map(|()| view.as_view().crc() == crc),
                view.set_sample(sample).map(|()| view.as_view().sample() == sample),
            ];
            prop_assert!(results.iter().all(|r| r.as_ref().map_or(true, |read_back| *read_back)));
            prop_assert_eq!(results[0].is_ok(), length as usize == data.len());
            prop_assert_eq!(results[1].is_ok(), crc <= 0xFFFF_0000);
            prop_assert_eq!(results[2].is_ok(), (-(1 << 23)..1 << 23).contains(&sample));
            prop_assert!(ChunkView::new(&bytes).is_ok());
            prop_assert_eq!(&bytes[..4], &before[..4]);
        }
    }
}
