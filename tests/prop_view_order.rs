//! Views whose byte order is chosen at run time, over arbitrary bytes: nothing panics in either
//! order, whatever a view accepts reads through every getter and writes back, in the order it
//! was read in, to the same bytes, and written records read back in their order.

use proptest::prelude::*;
use slotmodel::{Endian, View};

#[derive(View, Debug, PartialEq, Clone, Copy)]
#[repr(u16)]
enum Kind {
    Start = 1,
    Stop = 0x0200,
}

/// Nested: it takes the order of the record it is in.
#[derive(View, Debug, PartialEq, Clone, Copy)]
#[view(endian = runtime)]
struct Point {
    #[bounded(max = 60_000)]
    x: u16,
    y: i32,
}

#[derive(View, Debug, PartialEq, Clone)]
#[view(endian = runtime)]
struct Record {
    kind: Kind,
    count: u8,
    #[view(count = count)]
    points: Vec<Point>,
    len: u16,
    #[view(len = len)]
    data: Vec<u8>,
    #[view(when = len > 2)]
    extra: Option<u64>,
    #[view(endian = "big")]
    fixed: u32,
    #[view(skip = 1)]
    ratio: f32,
}

/// The order a field read big-endian gives.
#[derive(View, Debug, PartialEq, Clone)]
#[view(big_if = magic == 0xFEFF)]
struct Header {
    #[view(endian = "big")]
    magic: u16,
    size: u32,
    origin: Point,
}

fn record() -> impl Strategy<Value = Record> {
    (
        prop_oneof![Just(Kind::Start), Just(Kind::Stop)],
        prop::collection::vec((0..=60_000_u16, any::<i32>()), 0..5),
        prop::collection::vec(any::<u8>(), 0..12),
        any::<u64>(),
        any::<u32>(),
        any::<u16>(),
    )
        .prop_map(|(kind, points, data, extra, fixed, ratio)| Record {
            kind,
            count: u8::try_from(points.len()).unwrap(),
            points: points.into_iter().map(|(x, y)| Point { x, y }).collect(),
            len: u16::try_from(data.len()).unwrap(),
            extra: (data.len() > 2).then_some(extra),
            data,
            fixed,
            ratio: f32::from(ratio),
        })
}

fn order() -> impl Strategy<Value = Endian> {
    prop_oneof![Just(Endian::Big), Just(Endian::Little)]
}

/// Reads every field of an accepted view, and checks that it writes back to its bytes.
fn round_trip(view: RecordView<'_>, order: Endian) -> Result<(), TestCaseError> {
    prop_assert_eq!(view.endian(), order);
    let _ = format!("{view:?}");
    prop_assert_eq!(view.points().len(), usize::from(view.count()));
    prop_assert_eq!(view.data().len(), usize::from(view.len()));
    prop_assert_eq!(view.extra().is_some(), view.len() > 2);
    prop_assert!(view.points().iter().all(|p| p.x() <= 60_000 && p.endian() == order));
    let owned = view.to_owned();
    let mut out = vec![0; owned.view_len()];
    prop_assert_eq!(owned.write_to(&mut out, order), Ok(out.len()));
    // The reserved byte reads as anything and is written as zero.
    let skip = out.len() - 5;
    let mut expected = view.as_bytes().to_vec();
    expected[skip] = 0;
    prop_assert_eq!(out, expected);
    Ok(())
}

proptest! {
    #[test]
    fn written_records_read_back_in_their_order(records in prop::collection::vec(record(), 0..6), order in order()) {
        let mut stream = Vec::new();
        for r in &records {
            let mut out = vec![0; r.view_len()];
            prop_assert_eq!(r.write_to(&mut out, order), Ok(out.len()));
            stream.extend_from_slice(&out);
        }
        let read: Vec<Record> = RecordView::records(&stream, order).map(|v| v.unwrap().to_owned()).collect();
        prop_assert_eq!(read, records);
    }

    #[test]
    fn changed_records_never_panic(r in record(), order in order(), at in any::<prop::sample::Index>(), value in any::<u8>()) {
        let mut bytes = vec![0; r.view_len()];
        r.write_to(&mut bytes, order).unwrap();
        let i = at.index(bytes.len());
        bytes[i] = value;
        for order in [Endian::Big, Endian::Little] {
            if let Ok((view, _)) = RecordView::new_prefix(&bytes, order) {
                round_trip(view, order)?;
            }
        }
    }

    #[test]
    fn any_bytes_never_panic(mut bytes in prop::collection::vec(any::<u8>(), 2..80), order in order(), kind in any::<bool>()) {
        // Half the time a record that starts with a known kind, to reach past the first field.
        if kind {
            let start = if order.is_big() { 1_u16.to_be_bytes() } else { 1_u16.to_le_bytes() };
            bytes[..2].copy_from_slice(&start);
        }
        for record in RecordView::records(&bytes, order) {
            let Ok(view) = record else { break };
            round_trip(view, order)?;
        }
        if let Ok((header, _)) = HeaderView::new_prefix(&bytes) {
            prop_assert_eq!(header.endian(), Endian::big_if(header.magic() == 0xFEFF));
            let owned = header.to_owned();
            prop_assert_eq!(owned.origin.x, header.origin().x());
            let mut out = vec![0; owned.view_len()];
            prop_assert_eq!(owned.write_to(&mut out), Ok(out.len()));
            prop_assert_eq!(&out[..], header.as_bytes());
        }
    }
}
