//! Byte orders chosen at run time over arbitrary bytes: a pcap-like header whose magic, read
//! big-endian, gives the order, then records in that order. Every record accepted reads through
//! every getter, matches its words read by hand in that order, and writes back to its own bytes.

use slotmodel::{Endian, View};

/// The header: its magic gives the order of the rest.
#[derive(View, Debug, Clone, PartialEq)]
#[view(big_if = magic == 0xA1B2_C3D4)]
pub struct Header {
    #[view(endian = "big")]
    magic: u32,
    #[bounded(min = 1)]
    snaplen: u32,
}

/// A point, in the order of the record it is in.
#[derive(View, Debug, Clone, Copy, PartialEq)]
#[view(endian = runtime)]
pub struct Point {
    x: u16,
    #[bounded(max = 999)]
    y: u16,
}

/// A record in the header's order.
#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = runtime)]
pub struct Record {
    time: u32,
    at: Point,
    count: u8,
    #[view(count = count)]
    values: Vec<u16>,
    #[view(when = count > 2)]
    extra: Option<u32>,
}

/// Checks one record the views accepted against its bytes, read by hand in `order`.
fn check_record(record: &RecordView<'_>, order: Endian) {
    let bytes = record.as_bytes();
    let word = |at: usize| {
        let word = [bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]];
        if order.is_big() {
            u32::from_be_bytes(word)
        } else {
            u32::from_le_bytes(word)
        }
    };
    let half = |at: usize| {
        let half = [bytes[at], bytes[at + 1]];
        if order.is_big() {
            u16::from_be_bytes(half)
        } else {
            u16::from_le_bytes(half)
        }
    };
    assert_eq!(record.endian(), order);
    assert_eq!(record.time(), word(0));
    assert_eq!((record.at().x(), record.at().y()), (half(4), half(6)));
    assert!(record.at().y() <= 999, "a view holds only values that pass their rules");
    let count = usize::from(record.count());
    assert_eq!(bytes[8], record.count());
    let values: Vec<u16> = record.values().iter().collect();
    assert_eq!(values, (0..count).map(|i| half(9 + 2 * i)).collect::<Vec<_>>());
    assert_eq!(record.extra(), (count > 2).then(|| word(9 + 2 * count)));
    let owned = record.to_owned();
    let mut out = vec![0_u8; owned.view_len()];
    assert_eq!(owned.write_to(&mut out, order), Ok(bytes.len()));
    assert_eq!(
        out, bytes,
        "writing an accepted record in its order gives back its bytes"
    );
}

/// Reads the header, then the records in the order it gives.
///
/// # Panics
///
/// When a view accepted bytes it reads otherwise than by hand, or writes back other bytes.
pub fn view_order(data: &[u8]) {
    let Ok((header, mut rest)) = HeaderView::new_prefix(data) else {
        return;
    };
    let order = header.endian();
    assert_eq!(order.is_big(), header.magic() == 0xA1B2_C3D4);
    let owned = header.to_owned();
    let mut out = [0_u8; 8];
    assert_eq!(owned.write_to(&mut out), Ok(8));
    assert_eq!(out, data[..8]);
    while !rest.is_empty() {
        match RecordView::new_prefix(rest, order) {
            Ok((record, after)) => {
                check_record(&record, order);
                rest = after;
            }
            Err(error) => {
                let _ = error.to_string();
                break;
            }
        }
    }
}
