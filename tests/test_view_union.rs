//! Tagged unions in views (`#[view(tag = field)]`): the tag field chooses the variant, the
//! variant's payload is checked once and read in place, and what follows the union starts where
//! the variant ends.

#[path = "support/near_valid.rs"]
mod near_valid;

use slotmodel::{View, ViewError, ViewUnion};

/// A position report.
#[derive(View, Debug, Clone, Copy, PartialEq)]
#[view(endian = "big")]
pub struct Position {
    #[bounded(-90..=90)]
    lat: i16,
    lon: i16,
}

/// A temperature reading with a validity flag.
#[derive(View, Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    valid: bool,
    celsius: f32,
}

/// The body of a message, chosen by its `kind`.
#[derive(View, Debug, Clone, PartialEq)]
pub enum Body {
    /// Where the sender is.
    #[view(tag = 1)]
    Position(Position),
    /// What it measured.
    #[view(tag = 2)]
    Reading(Reading),
    /// How many events it saw.
    #[view(tag = 7)]
    Counter(u32),
    /// That it is alive.
    #[view(tag = 9)]
    Heartbeat,
}

/// A message: a kind, a body of that kind, then a trailer of `note_len` bytes.
#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = "big")]
pub struct Message {
    kind: u8,
    note_len: u8,
    #[view(tag = kind)]
    body: Body,
    #[view(len = note_len)]
    note: Vec<u8>,
}

fn message(kind: u8, body: &[u8], note: &[u8]) -> Vec<u8> {
    let mut bytes = vec![kind, u8::try_from(note.len()).unwrap()];
    bytes.extend_from_slice(body);
    bytes.extend_from_slice(note);
    bytes
}

#[test]
fn the_tag_chooses_the_variant_and_its_length() {
    let bytes = message(1, &[0, 45, 0xFF, 0x9C], b"ok");
    let view = MessageView::new(&bytes).unwrap();
    match view.body() {
        BodyView::Position(position) => assert_eq!((position.lat(), position.lon()), (45, -100)),
        other => panic!("expected a position, got {other:?}"),
    }
    assert_eq!(view.note(), b"ok");

    let bytes = message(7, &[0, 0, 1, 0], b"");
    let view = MessageView::new(&bytes).unwrap();
    assert!(matches!(view.body(), BodyView::Counter(256)));

    let bytes = message(9, &[], b"bye");
    let view = MessageView::new(&bytes).unwrap();
    assert!(matches!(view.body(), BodyView::Heartbeat));
    assert_eq!(view.note(), b"bye");
}

#[test]
fn an_unknown_tag_is_an_error_that_lists_the_tags() {
    let bytes = message(3, &[0, 0, 0, 0], b"");
    let error = MessageView::new(&bytes).unwrap_err();
    assert_eq!(
        error.to_string(),
        "Message.body at byte 2 has no variant for tag 3: the tags of Body are 1, 2, 7, 9"
    );
}

#[test]
fn a_variant_is_checked_with_its_rules_and_named_in_the_path() {
    let bytes = message(1, &[0, 91, 0, 0], b"");
    let error = MessageView::new(&bytes).unwrap_err();
    assert_eq!(
        error.to_string(),
        "Message.body.Position.lat at byte 2 must be <= 90, got 91"
    );
    let bytes = message(2, &[5, 0, 0, 0, 0], b"");
    let error = MessageView::new(&bytes).unwrap_err();
    assert_eq!(
        error.to_string(),
        "Message.body.Reading.valid at byte 2 must be 0 or 1, got 5"
    );
}

#[test]
fn a_short_variant_is_an_error_naming_the_union() {
    let bytes = message(2, &[1, 0, 0], b"");
    let error = MessageView::new(&bytes).unwrap_err();
    assert!(
        matches!(
            error,
            ViewError::Short {
                field: "body",
                offset: 2,
                needed: 5,
                available: 3,
                ..
            }
        ),
        "{error:?}"
    );
}

#[test]
fn owned_messages_round_trip_and_a_disagreeing_tag_is_refused() {
    let owned = Message {
        kind: 2,
        note_len: 1,
        body: Body::Reading(Reading {
            valid: true,
            celsius: 21.5,
        }),
        note: b"!".to_vec(),
    };
    let mut out = vec![0_u8; owned.view_len()];
    assert_eq!(owned.view_len(), 2 + 5 + 1);
    owned.write_to(&mut out).unwrap();
    let view = MessageView::new(&out).unwrap();
    assert_eq!(view.to_owned(), owned);

    let wrong = Message { kind: 7, ..owned };
    let error = wrong.write_to(&mut out).unwrap_err();
    assert_eq!(
        error.to_string(),
        "Message.kind at byte 0 is 7, but `body` holds the variant of tag 2: set it to 2"
    );
}

#[test]
fn records_of_several_kinds_in_one_stream() {
    let mut stream = message(9, &[], b"");
    stream.extend(message(7, &[0, 0, 0, 5], b"x"));
    stream.extend(message(1, &[0, 1, 0, 2], b""));
    let kinds: Vec<Option<u64>> = MessageView::records(&stream)
        .map(|m| m.unwrap().to_owned().body.tag())
        .collect();
    assert_eq!(kinds, [Some(9), Some(7), Some(1)]);
    assert_eq!(Body::TAGS, &[1, 2, 7, 9]);
}

/// What a frame carries, by its ether type: unknown types carry what follows, unread.
#[derive(View, Debug, Clone, PartialEq)]
pub enum Payload {
    /// An IPv4 header, reduced to its first word.
    #[view(tag = 0x0800)]
    Ipv4(u32),
    /// Any other ether type.
    #[view(other)]
    Unknown,
}

/// A frame: its ether type, the payload it selects, then the rest of the frame.
#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = "big")]
pub struct Frame {
    ether_type: u16,
    #[view(tag = ether_type)]
    payload: Payload,
    rest_len: u8,
    #[view(len = rest_len)]
    rest: Vec<u8>,
}

#[test]
fn an_other_variant_takes_every_unknown_tag() {
    let ipv4 = [0x08, 0x00, 0x45, 0, 0, 20, 1, 0xAA];
    let frame = FrameView::new(&ipv4).unwrap();
    assert!(matches!(frame.payload(), PayloadView::Ipv4(0x4500_0014)));
    assert_eq!(frame.rest(), [0xAA]);

    let arp = [0x08, 0x06, 2, 0xBB, 0xCC];
    let frame = FrameView::new(&arp).unwrap();
    assert!(matches!(frame.payload(), PayloadView::Unknown));
    assert_eq!(frame.rest(), [0xBB, 0xCC]);
    let owned = frame.to_owned();
    assert_eq!(owned.payload.tag(), None);
    let mut out = [0_u8; 5];
    owned.write_to(&mut out).unwrap();
    assert_eq!(out, arp);

    // An owned frame whose ether type names a known variant cannot hold the unknown one.
    let wrong = Frame {
        ether_type: 0x0800,
        ..owned
    };
    assert_eq!(
        wrong.write_to(&mut out).unwrap_err().to_string(),
        "Frame.ether_type at byte 0 is 0x0800 (2048), the tag of another variant, but `payload` holds the variant of other tags: set a tag no variant carries"
    );
    assert_eq!(Payload::TAGS, &[0x0800]);
}

/// The network layer of an Ethernet frame, its Ethernet types written in hex.
#[derive(View, Debug, Clone, PartialEq)]
pub enum Network {
    /// IPv4, its first word.
    #[view(tag = 0x0800)]
    Ipv4(u32),
    /// ARP, its first word.
    #[view(tag = 0x0806)]
    Arp(u32),
    /// A VLAN tag.
    #[view(tag = 0x8100_u16)]
    Vlan(u16),
    /// IPv6, its first word.
    #[view(tag = 0x86DD)]
    Ipv6(u32),
}

/// An Ethernet type and its network layer.
#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = "big")]
pub struct Ethernet {
    ether_type: u16,
    #[view(tag = ether_type)]
    network: Network,
}

#[test]
fn tags_are_shown_in_the_radix_they_were_declared_in() {
    let lldp = [0x88, 0xCC, 0, 0, 0, 0];
    assert_eq!(
        EthernetView::new(&lldp).unwrap_err().to_string(),
        "Ethernet.network at byte 2 has no variant for tag 0x88CC (35020): the tags of Network are 0x0800, 0x0806, 0x8100, 0x86DD"
    );
    assert_eq!(Network::TAGS_WRITTEN, &["0x0800", "0x0806", "0x8100", "0x86DD"]);
    let wrong = Ethernet {
        ether_type: 0x0806,
        network: Network::Ipv4(1),
    };
    assert_eq!(
        wrong.write_to(&mut [0; 6]).unwrap_err().to_string(),
        "Ethernet.ether_type at byte 0 is 0x0806 (2054), but `network` holds the variant of tag 0x0800 (2048): set it to 0x0800 (2048)"
    );
    // Declared in decimal, tags stay decimal (`an_unknown_tag_is_an_error_that_lists_the_tags`).
    assert_eq!(Body::TAGS_WRITTEN, &["1", "2", "7", "9"]);
}

mod properties {
    use proptest::prelude::*;
    use slotmodel::ViewUnion;

    use super::near_valid::{self, Mutation};
    use super::{Body, Message, MessageView, Position};

    /// Whether `bytes` are one valid message, by the declaration's rules written out by hand.
    fn valid(bytes: &[u8]) -> bool {
        let [kind, note_len, rest @ ..] = bytes else {
            return false;
        };
        let body_len = match kind {
            1 | 7 => 4,
            2 => 5,
            9 => 0,
            _ => return false,
        };
        rest.len() == body_len + usize::from(*note_len)
            && match kind {
                1 => (-90..=90).contains(&i16::from_be_bytes([rest[0], rest[1]])),
                2 => rest[0] <= 1,
                _ => true,
            }
    }

    /// A message of every kind, its body as long as the kind wants, then its note; most of them
    /// valid, some just past the rules' edges (a latitude of ±91 or ±92, a flag of 2).
    fn message() -> impl Strategy<Value = Vec<u8>> {
        let lat = prop_oneof![3 => -90_i16..=90, 1 => -92_i16..=-88, 1 => 88_i16..=92];
        let body = prop_oneof![
            (lat, any::<i16>()).prop_map(|(lat, lon)| (1_u8, [lat.to_be_bytes(), lon.to_be_bytes()].concat())),
            (0..=2_u8, any::<[u8; 4]>()).prop_map(|(valid, celsius)| (2, [&[valid][..], &celsius].concat())),
            any::<[u8; 4]>().prop_map(|count| (7, count.to_vec())),
            Just((9, Vec::new())),
        ];
        (body, prop::collection::vec(any::<u8>(), 0..6)).prop_map(|((kind, body), note)| {
            let mut bytes = vec![kind, u8::try_from(note.len()).unwrap()];
            bytes.extend(body);
            bytes.extend(note);
            bytes
        })
    }

    /// Messages as made, mutated ones, and now and then bytes of no shape at all.
    fn near_valid_messages() -> impl Strategy<Value = Vec<u8>> {
        prop_oneof![
            8 => (message(), Mutation::any()).prop_map(|(bytes, mutation)| mutation.apply(bytes)),
            1 => prop::collection::vec(any::<u8>(), 0..24),
        ]
    }

    /// No input panics; `new` accepts exactly the valid messages, and whatever it accepts reads
    /// every getter and writes back to the same bytes.
    #[test]
    fn near_valid_bytes_view_exactly_when_valid_and_round_trip() {
        near_valid::check(
            "near_valid_bytes_view_exactly_when_valid_and_round_trip",
            file!(),
            near_valid_messages(),
            "the round trip of an accepted message",
            0.4,
            |bytes| {
                let view = MessageView::new(&bytes);
                prop_assert_eq!(view.is_ok(), valid(&bytes), "{:?} for {:?}", view, bytes);
                let Ok(view) = view else { return Ok(false) };
                prop_assert_eq!((view.kind(), view.note_len()), (bytes[0], bytes[1]));
                prop_assert_eq!(view.note(), &bytes[bytes.len() - usize::from(bytes[1])..]);
                let _ = view.body();
                let owned = view.to_owned();
                prop_assert_eq!(owned.body.tag(), Some(u64::from(bytes[0])));
                let mut out = vec![0_u8; owned.view_len()];
                prop_assert_eq!(owned.write_to(&mut out), Ok(bytes.len()));
                prop_assert_eq!(out, bytes);
                Ok(true)
            },
        );
    }

    proptest! {
        #[test]
        fn positions_round_trip(lat in -90_i16..=90, lon in any::<i16>(), note in proptest::collection::vec(any::<u8>(), 0..4)) {
            let owned = Message { kind: 1, note_len: u8::try_from(note.len()).unwrap(), body: Body::Position(Position { lat, lon }), note };
            let mut out = vec![0_u8; owned.view_len()];
            owned.write_to(&mut out).unwrap();
            prop_assert_eq!(MessageView::new(&out).unwrap().to_owned(), owned);
        }
    }
}
