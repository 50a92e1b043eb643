//! Variants of tagged unions that hold variable-length records: the enclosing view checks the
//! variant's lengths and fields with its own, what follows the union starts where the variant
//! ends, and writing checks the variant's lengths as its own view would.

use std::borrow::Cow;
use std::sync::atomic::{AtomicUsize, Ordering};

use slotmodel::{Check, Endian, View, ViewError, ViewPayload, ViewUnion};

/// A name: its length, then that many bytes of UTF-8-free text.
#[derive(View, Debug, Clone, PartialEq)]
pub struct Name {
    len: u8,
    #[view(len = len)]
    text: Vec<u8>,
}

/// Samples: a count of at most 8, then that many big-endian readings.
#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = "big")]
pub struct Samples {
    #[bounded(max = 8)]
    count: u16,
    #[view(count = count)]
    values: Vec<u16>,
}

/// The body a message's kind chooses.
#[derive(View, Debug, Clone, PartialEq)]
pub enum Body {
    /// Who sent it.
    #[view(tag = 1)]
    Named(Name),
    /// What it measured.
    #[view(tag = 2)]
    Samples(Samples),
    /// A sequence number.
    #[view(tag = 3)]
    Numbered(u32),
    /// That it is alive.
    #[view(tag = 4)]
    Heartbeat,
}

/// A message: a kind, its body, then a checksum byte.
#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = "big")]
pub struct Message {
    kind: u8,
    #[view(tag = kind)]
    body: Body,
    check: u8,
}

#[test]
fn a_variable_length_variant_is_read_in_place_and_what_follows_starts_after_it() {
    let bytes = [1, 3, b'a', b'b', b'c', 0xEE];
    let view = MessageView::new(&bytes).unwrap();
    let BodyView::Named(name) = view.body() else {
        panic!("tag 1 is `Named`: {view:?}")
    };
    assert_eq!((name.len(), name.text()), (3, &b"abc"[..]));
    assert_eq!(name.as_bytes(), &bytes[1..5]);
    assert_eq!(view.check(), 0xEE);

    let bytes = [2, 0, 2, 0x03, 0xE8, 0, 7, 0x11];
    let view = MessageView::new(&bytes).unwrap();
    let BodyView::Samples(samples) = view.body() else {
        panic!("tag 2 is `Samples`: {view:?}")
    };
    assert_eq!(samples.values().iter().collect::<Vec<_>>(), [1000, 7]);
    assert_eq!(view.check(), 0x11);

    let bytes = [3, 0, 0, 1, 0, 0x22];
    assert!(matches!(
        MessageView::new(&bytes).unwrap().body(),
        BodyView::Numbered(256)
    ));
    let bytes = [4, 0x33];
    assert!(matches!(MessageView::new(&bytes).unwrap().body(), BodyView::Heartbeat));
}

#[test]
fn an_empty_variable_length_variant_takes_only_its_length_field() {
    let bytes = [1, 0, 0xEE];
    let view = MessageView::new(&bytes).unwrap();
    let BodyView::Named(name) = view.body() else {
        panic!("tag 1 is `Named`")
    };
    assert_eq!(name.text(), b"");
    assert_eq!(view.check(), 0xEE);
}

#[test]
fn owned_messages_round_trip_through_their_bytes() {
    let messages = [
        Message {
            kind: 1,
            body: Body::Named(Name {
                len: 2,
                text: b"hi".to_vec(),
            }),
            check: 1,
        },
        Message {
            kind: 1,
            body: Body::Named(Name {
                len: 0,
                text: Vec::new(),
            }),
            check: 2,
        },
        Message {
            kind: 2,
            body: Body::Samples(Samples {
                count: 3,
                values: vec![0, 500, u16::MAX],
            }),
            check: 3,
        },
        Message {
            kind: 3,
            body: Body::Numbered(u32::MAX),
            check: 4,
        },
        Message {
            kind: 4,
            body: Body::Heartbeat,
            check: 5,
        },
    ];
    for message in &messages {
        let mut bytes = vec![0; message.view_len()];
        assert_eq!(message.write_to(&mut bytes), Ok(bytes.len()), "{message:?}");
        let view = MessageView::new(&bytes).unwrap();
        assert_eq!(&view.to_owned(), message);
        assert_eq!(view.body().clone_owned_tag(), message.body.tag());
    }
    assert_eq!(messages[0].view_len(), 1 + 1 + 2 + 1);
    assert_eq!(messages[2].body.view_len(), 2 + 3 * 2);
}

/// The tag of a viewed body, for comparing with an owned one.
trait OwnedTag {
    fn clone_owned_tag(&self) -> Option<u64>;
}

impl OwnedTag for BodyView<'_> {
    fn clone_owned_tag(&self) -> Option<u64> {
        match self {
            BodyView::Named(_) => Some(1),
            BodyView::Samples(_) => Some(2),
            BodyView::Numbered(_) => Some(3),
            BodyView::Heartbeat => Some(4),
        }
    }
}

#[test]
fn a_short_variant_is_an_error_at_its_field_in_the_buffer() {
    // The name says 5 bytes, 2 remain after its length (at byte 2 of the message).
    let err = MessageView::new(&[1, 5, b'a', b'b']).unwrap_err();
    assert_eq!(err.to_string(), "Name.text at byte 2 needs 5 bytes, 2 remain");
    assert!(matches!(
        err,
        ViewError::Short {
            type_name: "Name",
            field: "text",
            offset: 2,
            needed: 5,
            available: 2
        }
    ));
    // No byte at all for the variant's length field.
    let err = MessageView::new(&[1]).unwrap_err();
    assert_eq!(err.to_string(), "Name.len at byte 1 needs 1 byte, 0 remain");
    // The variant fits, the field after it does not.
    let err = MessageView::new(&[1, 1, b'a']).unwrap_err();
    assert_eq!(err.to_string(), "Message.check at byte 3 needs 1 byte, 0 remain");
}

#[test]
fn an_invalid_value_in_a_variant_is_named_by_its_path() {
    let err = MessageView::new(&[2, 0, 9, 0, 1, 0x03, 0xE9, 0]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Message.body.Samples.count at byte 1 must be <= 8, got 9"
    );
    let ViewError::InvalidField {
        type_name,
        field,
        offset,
        ..
    } = err
    else {
        panic!("{err:?}")
    };
    assert_eq!((type_name, &*field, offset), ("Message", "body.Samples.count", 1));
}

#[test]
fn writing_refuses_a_variant_its_view_would_refuse_and_leaves_the_length_to_the_variant() {
    // The name's length field disagrees with its text.
    let message = Message {
        kind: 1,
        body: Body::Named(Name {
            len: 3,
            text: b"hi".to_vec(),
        }),
        check: 0,
    };
    let mut bytes = vec![0; message.view_len()];
    let err = message.write_to(&mut bytes).unwrap_err();
    assert!(err.to_string().contains("len"), "{err}");
    // A count above its bound.
    let message = Message {
        kind: 2,
        body: Body::Samples(Samples {
            count: 9,
            values: vec![1; 9],
        }),
        check: 0,
    };
    let mut bytes = vec![0; message.view_len()];
    let err = message.write_to(&mut bytes).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Message.body.Samples.count at byte 1 must be <= 8, got 9"
    );
    // The kind does not name the variant held.
    let message = Message {
        kind: 2,
        body: Body::Named(Name {
            len: 0,
            text: Vec::new(),
        }),
        check: 0,
    };
    let mut bytes = vec![0; message.view_len()];
    assert!(message.write_to(&mut bytes).is_err());
}

#[test]
fn the_payload_trait_measures_both_kinds_of_variant() {
    let name = Name {
        len: 2,
        text: b"hi".to_vec(),
    };
    assert_eq!(ViewPayload::payload_len(&name), 3);
    assert_eq!(ViewPayload::payload_len(&7_u32), 4);
    let bytes = [2, b'h', b'i', 9];
    assert_eq!(
        <Name as ViewPayload>::check_prefix::<true, true>(&bytes, "M", ["body", "Named"], 0),
        Ok(3)
    );
    assert_eq!(<Name as ViewPayload>::get::<true>(&bytes[..3]).text(), b"hi");
    assert_eq!(<Name as ViewPayload>::read::<true>(&bytes[..3]), name);
    assert_eq!(
        <u32 as ViewPayload>::check_prefix::<true, true>(&bytes, "M", ["body", "Numbered"], 0),
        Ok(4)
    );
    let err = <u32 as ViewPayload>::check_prefix::<true, true>(&bytes[..3], "M", ["body", "Numbered"], 1).unwrap_err();
    assert_eq!(err.to_string(), "M.body at byte 1 needs 4 bytes, 3 remain");
}

/// A reading whose byte order is the enclosing record's.
#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = runtime)]
pub struct Series {
    count: u8,
    #[view(count = count)]
    values: Vec<u16>,
}

/// A body whose variant takes the enclosing record's order.
#[derive(View, Debug, Clone, PartialEq)]
pub enum Ordered {
    /// A series in the record's order.
    #[view(tag = 1)]
    Series(Series),
}

/// A little-endian frame around an `Ordered` body.
#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = "little")]
pub struct Little {
    kind: u8,
    #[view(tag = kind)]
    body: Ordered,
}

/// A frame whose order the caller gives.
#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = runtime)]
pub struct Given {
    kind: u8,
    #[view(tag = kind)]
    body: Ordered,
}

#[test]
fn a_variant_of_run_time_order_is_read_in_the_enclosing_records_order() {
    let bytes = [1, 2, 1, 0, 2, 0];
    let view = LittleView::new(&bytes).unwrap();
    let OrderedView::Series(series) = view.body();
    assert_eq!(series.endian(), Endian::Little);
    assert_eq!(series.values().iter().collect::<Vec<_>>(), [1, 2]);

    for order in [Endian::Big, Endian::Little] {
        let owned = Given {
            kind: 1,
            body: Ordered::Series(Series {
                count: 2,
                values: vec![0x0102, 0x0304],
            }),
        };
        let mut bytes = vec![0; owned.view_len()];
        owned.write_to(&mut bytes, order).unwrap();
        let expected: &[u8] = match order {
            Endian::Big => &[1, 2, 1, 2, 3, 4],
            Endian::Little => &[1, 2, 2, 1, 4, 3],
        };
        assert_eq!(bytes, expected);
        let view = GivenView::new(&bytes, order).unwrap();
        let OrderedView::Series(series) = view.body();
        assert_eq!(series.endian(), order);
        assert_eq!(view.to_owned(), owned);
    }
}

/// A record whose variant is a message, itself holding a variable-length variant.
#[derive(View, Debug, Clone, PartialEq)]
pub enum Envelope {
    /// A message.
    #[view(tag = 0xA)]
    Message(Message),
    /// A bare name.
    #[view(tag = 0xB)]
    Name(Name),
}

/// Envelopes, each marked with its kind, one after another.
#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = "big")]
pub struct Packet {
    kind: u8,
    #[view(tag = kind)]
    envelope: Envelope,
}

#[test]
fn variants_nest_and_stream() {
    let mut stream = Vec::new();
    let packets = [
        Packet {
            kind: 0xA,
            envelope: Envelope::Message(Message {
                kind: 1,
                body: Body::Named(Name {
                    len: 1,
                    text: vec![b'x'],
                }),
                check: 9,
            }),
        },
        Packet {
            kind: 0xB,
            envelope: Envelope::Name(Name {
                len: 2,
                text: b"yz".to_vec(),
            }),
        },
        Packet {
            kind: 0xA,
            envelope: Envelope::Message(Message {
                kind: 4,
                body: Body::Heartbeat,
                check: 8,
            }),
        },
    ];
    for packet in &packets {
        let start = stream.len();
        stream.resize(start + packet.view_len(), 0);
        packet.write_to(&mut stream[start..]).unwrap();
    }
    let read: Vec<Packet> = PacketView::records(&stream).map(|p| p.unwrap().to_owned()).collect();
    assert_eq!(read, packets);
    let first = PacketView::records(&stream).next().unwrap().unwrap();
    let EnvelopeView::Message(message) = first.envelope() else {
        panic!("tag 0xA is `Message`")
    };
    let BodyView::Named(name) = message.body() else {
        panic!("tag 1 is `Named`")
    };
    assert_eq!(name.text(), b"x");

    // The first packet alone, its name now claiming 4 bytes.
    let mut broken = stream[..packets[0].view_len()].to_vec();
    broken[2] = 4;
    let err = PacketView::records(&broken).find_map(Result::err).unwrap();
    assert_eq!(err.to_string(), "Name.text at byte 3 needs 4 bytes, 2 remain");
}

#[test]
fn measuring_a_checked_payload_skips_its_rules() {
    // A count of 9 breaks `Samples.count`'s bound: a check refuses it, a measure takes its bytes.
    let mut bytes = vec![0, 9];
    bytes.extend(std::iter::repeat_n(0, 18));
    let err = <Samples as ViewPayload>::check_prefix::<true, true>(&bytes, "M", ["body", "Samples"], 1).unwrap_err();
    assert_eq!(err.to_string(), "M.body.Samples.count at byte 1 must be <= 8, got 9");
    assert_eq!(
        <Samples as ViewPayload>::check_prefix::<true, false>(&bytes, "M", ["body", "Samples"], 1),
        Ok(20)
    );
    // Lengths are measured either way.
    let err =
        <Samples as ViewPayload>::check_prefix::<true, false>(&bytes[..19], "M", ["body", "Samples"], 1).unwrap_err();
    assert_eq!(err.to_string(), "Samples.values at byte 3 needs 18 bytes, 17 remain");
}

static CHECKED: AtomicUsize = AtomicUsize::new(0);

/// Accepts every byte, counting the bytes it saw.
struct Counting;

impl Check<u8> for Counting {
    fn check(&self, _: &u8) -> Result<(), Cow<'static, str>> {
        CHECKED.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }
}

/// A name, then a byte a counting rule checks.
#[derive(View, Debug, Clone, PartialEq)]
pub struct Audited {
    len: u8,
    #[view(len = len)]
    text: Vec<u8>,
    #[check(Counting)]
    mark: u8,
}

/// The one kind of audited entry.
#[derive(View, Debug, Clone, PartialEq)]
pub enum Audit {
    /// An audited entry.
    #[view(tag = 1)]
    Audited(Audited),
}

/// A log line holding an audited entry.
#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = "big")]
pub struct Log {
    kind: u8,
    #[view(tag = kind)]
    entry: Audit,
}

#[test]
fn a_variable_length_variant_is_checked_once_when_its_view_is_made() {
    let bytes = [1, 2, b'o', b'k', 7];
    let before = CHECKED.load(Ordering::Relaxed);
    let view = LogView::new(&bytes).unwrap();
    assert_eq!(CHECKED.load(Ordering::Relaxed), before + 1);
    for _ in 0..3 {
        let AuditView::Audited(entry) = view.entry();
        assert_eq!((entry.text(), entry.mark()), (&b"ok"[..], 7));
    }
    assert_eq!(
        view.to_owned().entry,
        Audit::Audited(Audited {
            len: 2,
            text: b"ok".to_vec(),
            mark: 7
        })
    );
    assert_eq!(
        CHECKED.load(Ordering::Relaxed),
        before + 1,
        "reading the variant checked it again"
    );
}
