//! Bit fields in views (`#[view(bits = N)]`): IPv4's header as the network writes it, a
//! little-endian run as C compilers lay it out, rules on bit fields, writing and refusal.

use slotmodel::View;

/// IPv4's fixed header (RFC 791), without options.
#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = "big")]
pub struct Ipv4Header {
    #[view(bits = 4)]
    version: u8,
    #[view(bits = 4)]
    #[bounded(min = 5)]
    ihl: u8,
    #[view(bits = 6)]
    dscp: u8,
    #[view(bits = 2)]
    ecn: u8,
    total_length: u16,
    identification: u16,
    #[view(bits = 1)]
    reserved: bool,
    #[view(bits = 1)]
    dont_fragment: bool,
    #[view(bits = 1)]
    more_fragments: bool,
    #[view(bits = 13)]
    fragment_offset: u16,
    ttl: u8,
    protocol: u8,
    checksum: u16,
    source: [u8; 4],
    destination: [u8; 4],
}

/// A header captured from a real UDP datagram (DNS query to 8.8.8.8), with the fragment offset
/// and flags set by hand to exercise the 13-bit field.
const HEADER: [u8; 20] = [
    0x45, 0xB9, 0x00, 0x3C, 0x1C, 0x46, 0x5A, 0xBC, 0x40, 0x11, 0xB1, 0xE6, 0xC0, 0xA8, 0x00, 0x68, 0x08, 0x08, 0x08,
    0x08,
];

#[test]
fn an_ipv4_header_reads_as_the_network_writes_it() {
    assert_eq!(Ipv4HeaderView::SIZE, 20);
    let header = Ipv4HeaderView::new(&HEADER).unwrap();
    assert_eq!(header.version(), 4);
    assert_eq!(header.ihl(), 5);
    assert_eq!(header.dscp(), 0xB9 >> 2);
    assert_eq!(header.ecn(), 0xB9 & 3);
    assert_eq!(header.total_length(), 60);
    assert_eq!(header.identification(), 0x1C46);
    assert!(!header.reserved());
    assert!(header.dont_fragment());
    assert!(!header.more_fragments());
    assert_eq!(header.fragment_offset(), 0x1ABC);
    assert_eq!(header.ttl(), 64);
    assert_eq!(header.protocol(), 17);
    assert_eq!(header.checksum(), 0xB1E6);
    assert_eq!(header.source(), &[192, 168, 0, 104]);
    assert_eq!(header.destination(), &[8, 8, 8, 8]);
}

#[test]
fn writing_gives_back_the_same_bytes() {
    let owned = Ipv4HeaderView::new(&HEADER).unwrap().to_owned();
    assert_eq!(owned.to_bytes().unwrap(), HEADER);
}

#[test]
fn rules_on_bit_fields_are_checked_once_in_new() {
    let mut bytes = HEADER;
    bytes[0] = 0x44; // a header length of 4 words, below the minimum of 5
    let error = Ipv4HeaderView::new(&bytes).unwrap_err();
    assert_eq!(error.to_string(), "Ipv4Header.ihl at byte 0 must be >= 5, got 4");
}

#[test]
fn setters_write_only_their_bits_and_refuse_what_does_not_fit() {
    let mut bytes = HEADER;
    let mut header = Ipv4HeaderViewMut::new(&mut bytes).unwrap();
    header.set_fragment_offset(0x0123).unwrap();
    header.set_more_fragments(true);
    assert_eq!(header.fragment_offset(), 0x0123);
    assert!(header.dont_fragment());
    assert!(header.more_fragments());

    let error = header.set_fragment_offset(0x2000).unwrap_err();
    assert_eq!(
        error.to_string(),
        "Ipv4Header.fragment_offset must be <= 8191, got 8192"
    );
    assert_eq!(header.fragment_offset(), 0x0123, "a refused value leaves the old one");
    let error = header.set_ihl(3).unwrap_err();
    assert_eq!(error.to_string(), "Ipv4Header.ihl must be >= 5, got 3");
    let error = header.set_version(16).unwrap_err();
    assert_eq!(error.to_string(), "Ipv4Header.version must be <= 15, got 16");
    header.set_version(6).unwrap();
    assert_eq!(bytes[0], 0x65);
    assert_eq!(&bytes[6..8], &[0x61, 0x23]);
}

#[test]
fn an_owned_value_too_wide_for_its_bits_is_refused_not_cut_short() {
    let mut owned = Ipv4HeaderView::new(&HEADER).unwrap().to_owned();
    owned.ecn = 4;
    let error = owned.to_bytes().unwrap_err();
    assert_eq!(error.to_string(), "Ipv4Header.ecn at byte 1 must be <= 3, got 4");
    let mut out = [0_u8; 20];
    assert!(owned.write_to(&mut out).is_err());
    assert_eq!(out, [0; 20], "nothing is written");
}

/// C's `struct { unsigned a: 3; unsigned b: 9; unsigned c: 4; }` on a little-endian machine:
/// the first field in the least significant bits.
#[derive(View, Debug, Clone, PartialEq)]
pub struct LittleFlags {
    #[view(bits = 3)]
    a: u8,
    #[view(bits = 9)]
    b: u16,
    #[view(bits = 4)]
    c: u8,
    tail: u16,
}

#[test]
fn little_endian_runs_start_at_the_least_significant_bit() {
    // a = 5, b = 0x1A3, c = 0xE: 0b1110_110100011_101 = 0xED1D, little-endian.
    let bytes = [0x1D, 0xED, 0x34, 0x12];
    let view = LittleFlagsView::new(&bytes).unwrap();
    assert_eq!((view.a(), view.b(), view.c(), view.tail()), (5, 0x1A3, 0xE, 0x1234));
    assert_eq!(view.to_owned().to_bytes().unwrap(), bytes);
}

/// A record that nests a header with bit fields.
#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = "big")]
pub struct Frame {
    kind: u8,
    header: Ipv4Header,
}

#[test]
fn nested_bit_fields_are_checked_and_refused_with_their_path() {
    let mut bytes = [0_u8; 21];
    bytes[0] = 7;
    bytes[1..].copy_from_slice(&HEADER);
    let frame = FrameView::new(&bytes).unwrap();
    assert_eq!(frame.header().fragment_offset(), 0x1ABC);
    let mut owned = frame.to_owned();
    owned.header.fragment_offset = 0xFFFF;
    let error = owned.to_bytes().unwrap_err();
    assert_eq!(
        error.to_string(),
        "Frame.header.fragment_offset at byte 7 must be <= 8191, got 65535"
    );
    bytes[1] = 0x41;
    let error = FrameView::new(&bytes).unwrap_err();
    assert_eq!(error.to_string(), "Frame.header.ihl at byte 1 must be >= 5, got 1");
}

#[test]
fn tables_of_records_with_bit_fields() {
    let bytes: Vec<u8> = HEADER.iter().chain(HEADER.iter()).copied().collect();
    let table = Ipv4HeaderView::slice(&bytes).unwrap();
    assert_eq!(table.len(), 2);
    assert_eq!(table.get(1).unwrap().fragment_offset(), 0x1ABC);
}

mod properties {
    use super::{Ipv4HeaderView, Ipv4HeaderViewMut, LittleFlagsView};
    use proptest::prelude::*;

    proptest! {
        /// Whatever `new` accepts reads without panicking, and writing the owned copy gives
        /// the same bytes back; what it refuses is refused for the header-length rule alone.
        #[test]
        fn any_header_round_trips_or_is_refused_for_its_rule(bytes in proptest::array::uniform20(any::<u8>())) {
            match Ipv4HeaderView::new(&bytes) {
                Ok(view) => {
                    prop_assert!(bytes[0] & 0x0F >= 5);
                    prop_assert_eq!(view.version(), bytes[0] >> 4);
                    prop_assert_eq!(view.fragment_offset(), u16::from_be_bytes([bytes[6], bytes[7]]) & 0x1FFF);
                    prop_assert_eq!(view.to_owned().to_bytes().unwrap(), bytes);
                }
                Err(_) => prop_assert!(bytes[0] & 0x0F < 5),
            }
        }

        /// A setter changes its own bits and no other.
        #[test]
        fn a_setter_changes_only_its_bits(mut bytes in proptest::array::uniform20(any::<u8>()), offset in 0_u16..0x2000) {
            bytes[0] = (bytes[0] & 0xF0) | 5;
            let before = bytes;
            let mut view = Ipv4HeaderViewMut::new(&mut bytes).unwrap();
            view.set_fragment_offset(offset).unwrap();
            prop_assert_eq!(view.fragment_offset(), offset);
            for (i, (now, was)) in bytes.iter().zip(before).enumerate() {
                match i {
                    6 => prop_assert_eq!(now & 0xE0, was & 0xE0),
                    7 => {}
                    _ => prop_assert_eq!(*now, was),
                }
            }
        }

        #[test]
        fn little_endian_runs_match_shifts_and_masks(bytes in proptest::array::uniform4(any::<u8>())) {
            let view = LittleFlagsView::new(&bytes).unwrap();
            let word = u16::from_le_bytes([bytes[0], bytes[1]]);
            prop_assert_eq!(u16::from(view.a()), word & 7);
            prop_assert_eq!(view.b(), (word >> 3) & 0x1FF);
            prop_assert_eq!(u16::from(view.c()), word >> 12);
            prop_assert_eq!(view.to_owned().to_bytes().unwrap(), bytes);
        }
    }
}
