//! `#[derive(View)]` over arbitrary bytes: `new`, `from_array`, `new_prefix`, `records`, then
//! `ViewMut` setters with arbitrary values.

use slotmodel::{rules, View, ViewError};

use super::input::Input;

mod setters;

/// A one-byte discriminant with gaps.
#[derive(View, Debug, Clone, Copy, PartialEq)]
#[repr(u8)]
pub enum Kind {
    Data = 1,
    Ack = 2,
    Reset = 0x90,
}

/// A two-byte discriminant, read in the record's byte order.
#[derive(View, Debug, Clone, Copy, PartialEq)]
#[repr(u16)]
pub enum Mode {
    Idle = 0,
    Run = 0x0102,
    Halt = 0xFFFF,
}

/// The nested record, big-endian inside a little-endian one.
#[derive(View, Debug, Clone, Copy, PartialEq)]
#[view(endian = "big")]
pub struct Header {
    kind: Kind,
    #[bounded(1..=64)]
    hops: u8,
    seq: u16,
}

/// Every kind of view field: nested record, repr enum, `bool`, bounded integers and floats, a
/// `#[check]`, a per-field byte order, skipped bytes, an array of numbers and a byte array.
#[derive(View, Debug, Clone, PartialEq)]
pub struct Frame {
    header: Header,
    mode: Mode,
    urgent: bool,
    #[bounded(min = -1000, max = 1000)]
    level: i32,
    #[bounded(max = 4000)]
    #[check(rules::multiple_of(4))]
    length: u16,
    #[view(endian = "big")]
    id: u64,
    #[bounded(0.0..=1.0)]
    ratio: f32,
    #[check(rules::finite())]
    scale: f64,
    #[view(skip = 1)]
    samples: [i16; 3],
    tail: [u8; 2],
}

const SIZE: usize = 42;

/// Each field's bytes in the record, written out by hand (byte 33 is skipped).
const RANGES: [(usize, usize); 10] = [
    (0, 4),
    (4, 6),
    (6, 7),
    (7, 11),
    (11, 13),
    (13, 21),
    (21, 25),
    (25, 33),
    (34, 40),
    (40, 42),
];

fn hops_ok(hops: u8) -> bool {
    (1..=64).contains(&hops)
}

fn level_ok(level: i32) -> bool {
    (-1000..=1000).contains(&level)
}

fn length_ok(length: u16) -> bool {
    length <= 4000 && length % 4 == 0
}

fn ratio_ok(ratio: f32) -> bool {
    (0.0..=1.0).contains(&ratio)
}

/// The bytes of field `i`.
fn field<const N: usize>(record: &[u8; SIZE], i: usize) -> [u8; N] {
    record[RANGES[i].0..RANGES[i].1].try_into().expect("the field's width")
}

/// The rules of a record, read from its bytes by hand.
fn valid(r: &[u8; SIZE]) -> bool {
    [1, 2, 0x90].contains(&r[0])
        && hops_ok(r[1])
        && [0, 0x0102, 0xFFFF].contains(&u16::from_le_bytes(field(r, 1)))
        && r[6] <= 1
        && level_ok(i32::from_le_bytes(field(r, 3)))
        && length_ok(u16::from_le_bytes(field(r, 4)))
        && ratio_ok(f32::from_le_bytes(field(r, 6)))
        && f64::from_le_bytes(field(r, 7)).is_finite()
}

/// Reads every getter of an accepted view and checks a few against the bytes.
fn read_all(view: FrameView<'_>, record: &[u8; SIZE]) -> Frame {
    assert_eq!(view.as_bytes(), record, "a view must show its own bytes");
    let header = view.header();
    let _ = (
        header.kind(),
        header.seq(),
        view.mode(),
        view.urgent(),
        view.length(),
        view.ratio(),
        view.scale(),
    );
    assert!(
        hops_ok(header.hops()) && level_ok(view.level()),
        "a view that exists holds valid values"
    );
    assert_eq!(view.id(), u64::from_be_bytes(field(record, 5)), "`id` is big-endian");
    assert_eq!(view.samples()[2], i16::from_le_bytes([record[38], record[39]]));
    assert_eq!(view.tail(), &[record[40], record[41]]);
    let _ = format!("{view:?}");
    view.to_owned()
}

/// Views one record; the outcome must be the same through `new`, `from_array` and `ViewMut`.
#[allow(clippy::result_large_err, reason = "whole outcomes are compared, once per record")]
fn one_record(record: &[u8; SIZE]) -> Result<Frame, ViewError> {
    let outcome = FrameView::new(record).map(|view| read_all(view, record));
    assert_eq!(
        outcome.is_ok(),
        valid(record),
        "`new` must accept exactly the valid records: {outcome:?}"
    );
    assert_eq!(FrameView::from_array(record).map(|v| v.to_owned()), outcome);
    let mut copy = *record;
    assert_eq!(FrameViewMut::new(&mut copy).map(|v| v.as_view().to_owned()), outcome);
    if let Err(error) = &outcome {
        assert!(
            matches!(error, ViewError::InvalidField { offset, .. } if *offset < SIZE),
            "{error:?}"
        );
        let _ = error.to_string();
    }
    outcome
}

/// Views `data` every way there is, then writes arbitrary values into a valid record: whatever
/// is accepted reads without panicking and holds only valid values; the ways agree with each
/// other; a refused setter leaves the buffer as it was; an accepted value reads back equal and
/// touches only its own bytes.
///
/// # Panics
///
/// When any of that does not hold.
pub fn view_bytes(data: &[u8]) {
    assert_eq!(FrameView::SIZE, SIZE);
    let whole = FrameView::new(data).map(|v| v.to_owned());
    match data.first_chunk::<SIZE>() {
        Some(record) if data.len() == SIZE => assert_eq!(whole, one_record(record)),
        _ => assert_eq!(whole, Err(ViewError::length("Frame", SIZE, data.len()))),
    }
    let prefix = FrameView::new_prefix(data);
    let first = if let Some((record, tail)) = data.split_first_chunk::<SIZE>() {
        if let Ok((view, rest)) = &prefix {
            assert_eq!((view.as_bytes(), *rest), (record, tail), "a prefix and the rest");
        }
        let outcome = prefix.map(|(view, _)| view.to_owned());
        assert_eq!(
            outcome,
            one_record(record),
            "`new_prefix` must view the first record as `new`"
        );
        outcome.is_ok().then_some(*record)
    } else {
        assert_eq!(prefix.err(), Some(ViewError::length("Frame", SIZE, data.len())));
        None
    };
    let mut records = FrameView::records(data);
    let mut count = 0;
    for (record, chunk) in records.by_ref().zip(data.chunks_exact(SIZE)) {
        let chunk = chunk.first_chunk::<SIZE>().expect("a whole record");
        assert_eq!(
            record.map(|v| v.to_owned()),
            one_record(chunk),
            "`records` must view each record as `new`"
        );
        count += 1;
    }
    assert_eq!(
        (count, records.remainder()),
        (data.len() / SIZE, &data[data.len() - data.len() % SIZE..])
    );
    let mut buffer = first.unwrap_or(VALID);
    let rest = data.get(SIZE..).unwrap_or_default();
    setters::apply(&mut buffer, &mut Input::new(rest));
}

/// A valid record, for setters to start from when the input's first one is not.
const VALID: [u8; SIZE] = {
    let mut r = [0; SIZE];
    r[0] = 1;
    r[1] = 1;
    r
};
