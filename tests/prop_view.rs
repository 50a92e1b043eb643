//! For arbitrary byte slices, making a view never panics, and succeeds exactly when the length
//! and the field values allow.

use proptest::prelude::*;
use slotmodel::View;

#[derive(View, Debug, Clone, Copy, PartialEq)]
#[repr(u16)]
enum Kind {
    Data = 1,
    Ack = 2,
    Reset = 0x0900,
}

#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = "big")]
struct Frame {
    kind: Kind,
    urgent: bool,
    #[bounded(1..=64)]
    hops: u8,
    id: u32,
    #[view(skip = 1)]
    samples: [i16; 3],
    tail: [u8; 2],
}

const SIZE: usize = 2 + 1 + 1 + 4 + 1 + 6 + 2;

/// The rules, written independently of the macro.
fn valid(bytes: &[u8]) -> bool {
    bytes.len() == SIZE
        && [1, 2, 0x0900].contains(&u16::from_be_bytes([bytes[0], bytes[1]]))
        && bytes[2] <= 1
        && (1..=64).contains(&bytes[3])
}

fn bytes_near_valid() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..40),
        (
            prop_oneof![Just([0_u8, 1]), Just([0, 2]), Just([9, 0]), Just([0, 3])],
            0..=2_u8,
            0..=70_u8,
            proptest::collection::vec(any::<u8>(), 14..=14)
        )
            .prop_map(|(kind, urgent, hops, rest)| {
                let mut bytes = kind.to_vec();
                bytes.extend([urgent, hops]);
                bytes.extend(rest);
                bytes
            }),
    ]
}

proptest! {
    #[test]
    fn new_succeeds_exactly_when_the_bytes_are_valid(bytes in bytes_near_valid()) {
        prop_assert_eq!(FrameView::SIZE, SIZE);
        let view = FrameView::new(&bytes);
        prop_assert_eq!(view.is_ok(), valid(&bytes), "{:?}", view);
        if let Ok(view) = view {
            prop_assert_eq!(view.id(), u32::from_be_bytes([bytes[4], bytes[5], bytes[6], bytes[7]]));
            prop_assert_eq!(view.samples()[0], i16::from_be_bytes([bytes[9], bytes[10]]));
            prop_assert_eq!(view.tail(), &[bytes[15], bytes[16]]);
            let owned = view.to_owned();
            prop_assert_eq!(owned.hops, bytes[3]);
            // Written back, the record is its bytes, with the reserved byte zero.
            let mut expected = bytes.clone();
            expected[8] = 0;
            let written = owned.to_bytes().unwrap();
            prop_assert_eq!(written.as_slice(), &expected[..]);
            let mut out = vec![0xAA; SIZE + 3];
            prop_assert_eq!(owned.write_to(&mut out), Ok(SIZE));
            prop_assert_eq!(&out[..SIZE], &expected[..]);
        }
        let mut copy = bytes.clone();
        prop_assert_eq!(FrameViewMut::new(&mut copy).is_ok(), valid(&bytes));
    }

    #[test]
    fn records_and_prefixes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let mut records = FrameView::records(&bytes);
        let mut seen = 0;
        for (i, record) in records.by_ref().enumerate() {
            prop_assert_eq!(record.is_ok(), valid(&bytes[i * SIZE..(i + 1) * SIZE]));
            seen += 1;
        }
        prop_assert_eq!(seen, bytes.len() / SIZE);
        prop_assert_eq!(records.remainder().len(), bytes.len() % SIZE);
        if let Ok((view, rest)) = FrameView::new_prefix(&bytes) {
            prop_assert_eq!(rest.len(), bytes.len() - SIZE);
            prop_assert_eq!(view.as_bytes().as_slice(), &bytes[..SIZE]);
        }
    }
}

#[test]
fn writing_checks_the_rules_and_the_room() {
    let frame = Frame {
        kind: Kind::Ack,
        urgent: true,
        hops: 65,
        id: 7,
        samples: [1, -2, 3],
        tail: [9, 8],
    };
    assert_eq!(
        frame.to_bytes().unwrap_err().to_string(),
        "Frame.hops at byte 3 must be <= 64, got 65"
    );
    let frame = Frame { hops: 64, ..frame };
    assert_eq!(
        frame.write_to(&mut [0; 16]).unwrap_err().to_string(),
        "Frame needs 17 bytes, got 16"
    );
    assert_eq!(FrameView::new(&frame.to_bytes().unwrap()).unwrap().to_owned(), frame);
    assert_eq!(frame.view_len(), SIZE);
}

#[test]
fn kinds_are_all_reachable() {
    let mut bytes = [0_u8; SIZE];
    bytes[3] = 1;
    for (raw, kind) in [(1_u16, Kind::Data), (2, Kind::Ack), (0x0900, Kind::Reset)] {
        bytes[..2].copy_from_slice(&raw.to_be_bytes());
        assert_eq!(FrameView::new(&bytes).unwrap().kind(), kind);
    }
}
