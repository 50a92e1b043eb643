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
    // Measuring trusts the lengths; bytes shorter than they say are still refused, not read.
    assert!(<Samples as ViewPayload>::check_prefix::<true, false>(&bytes[..19], "M", ["body", "Samples"], 1).is_err());
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

/// The value of a type-length-value option, by its type.
#[derive(View, Debug, Clone, PartialEq)]
pub enum Value {
    /// A 32-bit number.
    #[view(tag = 1)]
    Number(u32),
    /// A name: it takes the whole value.
    #[view(tag = 2)]
    Name(Name),
    /// A flag: no value.
    #[view(tag = 3)]
    Flag,
    /// A type these views do not read: its bytes are skipped.
    #[view(other)]
    Unknown,
}

/// A type-length-value option: the length says how many bytes the value takes, whatever its type.
#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = "big")]
pub struct Tlv {
    kind: u8,
    length: u16,
    #[view(tag = kind, len = length)]
    value: Value,
}

/// Options whose value is a whole number of 32-bit words after a 2-byte header.
#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = "big")]
pub struct Worded {
    kind: u8,
    words: u8,
    #[view(tag = kind, len = words * 4)]
    value: Value,
}

fn tlv(kind: u8, value: &[u8]) -> Vec<u8> {
    let mut bytes = vec![kind];
    bytes.extend_from_slice(&u16::try_from(value.len()).unwrap().to_be_bytes());
    bytes.extend_from_slice(value);
    bytes
}

#[test]
fn a_union_with_a_length_skips_unknown_types_and_reads_the_rest() {
    let mut stream = Vec::new();
    stream.extend(tlv(1, &[0, 0, 1, 0]));
    stream.extend(tlv(99, b"opaque bytes"));
    stream.extend(tlv(2, &[3, b'a', b'b', b'c']));
    stream.extend(tlv(3, &[]));
    stream.extend(tlv(200, &[]));
    let options: Vec<TlvView<'_>> = TlvView::records(&stream).collect::<Result<_, _>>().unwrap();
    assert_eq!(options.len(), 5);
    assert!(matches!(options[0].value(), ValueView::Number(256)));
    assert!(matches!(options[1].value(), ValueView::Unknown));
    assert_eq!(options[1].as_bytes().len(), 3 + 12);
    let ValueView::Name(name) = options[2].value() else {
        panic!("tag 2 is `Name`")
    };
    assert_eq!(name.text(), b"abc");
    assert!(matches!(options[3].value(), ValueView::Flag));
    assert!(matches!(options[4].value(), ValueView::Unknown));
}

#[test]
fn a_variant_must_take_exactly_the_length_of_its_union() {
    let err = TlvView::new(&tlv(1, &[0, 0, 1, 0, 9])).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Tlv.value at byte 3 has a length of 5 bytes, and the variant its tag chooses takes 4 bytes"
    );
    // A length too small for the variant is the length's fault, not the buffer's: more bytes
    // would not help, so a reader does not wait for them.
    let err = TlvView::new(&tlv(1, &[0, 0, 1])).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Tlv.value at byte 3 has a length of 3 bytes, and the variant its tag chooses needs at least 4 bytes"
    );
    // The name's own length says 4 where the option gives it 3 bytes after that length.
    let err = TlvView::new(&tlv(2, &[4, b'a', b'b', b'c'])).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Tlv.value at byte 3 has a length of 4 bytes, and the variant its tag chooses needs at least 5 bytes"
    );
    let err = TlvView::new(&tlv(3, &[0])).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Tlv.value at byte 3 has a length of 1 byte, and the variant its tag chooses takes 0 bytes"
    );
    // The length runs past the buffer.
    let mut short = tlv(99, b"abc");
    short.truncate(5);
    let err = TlvView::new(&short).unwrap_err();
    assert_eq!(err.to_string(), "Tlv.value at byte 3 needs 3 bytes, 2 remain");
}

#[test]
fn a_length_expression_sizes_a_union() {
    let bytes = [1, 1, 0, 0, 0, 7];
    assert!(matches!(WordedView::new(&bytes).unwrap().value(), ValueView::Number(7)));
    let bytes = [2, 2, 7, b'w', b'o', b'r', b'd', b's', b'!', b'?'];
    let ValueView::Name(name) = WordedView::new(&bytes).unwrap().value() else {
        panic!("tag 2 is `Name`")
    };
    assert_eq!(name.text(), b"words!?");
    let err = WordedView::new(&[1, 2, 0, 0, 0, 7, 0, 0, 0, 0]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Worded.value at byte 2 has a length of 8 bytes, and the variant its tag chooses takes 4 bytes"
    );
}

#[test]
fn writing_a_union_with_a_length_checks_the_length_field() {
    let option = Tlv {
        kind: 2,
        length: 4,
        value: Value::Name(Name {
            len: 3,
            text: b"abc".to_vec(),
        }),
    };
    let mut bytes = vec![0; option.view_len()];
    assert_eq!(option.write_to(&mut bytes), Ok(7));
    assert_eq!(bytes, tlv(2, &[3, b'a', b'b', b'c']));
    assert_eq!(TlvView::new(&bytes).unwrap().to_owned(), option);

    let wrong = Tlv {
        length: 5,
        ..option.clone()
    };
    let mut bytes = vec![0; wrong.view_len()];
    let err = wrong.write_to(&mut bytes).unwrap_err();
    assert!(err.to_string().starts_with("Tlv.length at byte 1 is 5"), "{err}");

    // An unknown option read into an owned value keeps no bytes, so its length must be 0 to write.
    let read = TlvView::new(&tlv(99, b"xy")).unwrap().to_owned();
    assert_eq!(
        read,
        Tlv {
            kind: 99,
            length: 2,
            value: Value::Unknown
        }
    );
    let mut bytes = vec![0; read.view_len()];
    assert!(read.write_to(&mut bytes).is_err());
    let empty = Tlv { length: 0, ..read };
    let mut bytes = vec![0; empty.view_len()];
    assert_eq!(empty.write_to(&mut bytes), Ok(3));

    let worded = Worded {
        kind: 1,
        words: 1,
        value: Value::Number(7),
    };
    let mut bytes = vec![0; worded.view_len()];
    assert_eq!(worded.write_to(&mut bytes), Ok(6));
    let wrong = Worded { words: 2, ..worded };
    let mut bytes = vec![0; wrong.view_len()];
    let err = wrong.write_to(&mut bytes).unwrap_err();
    assert!(err.to_string().contains("words * 4"), "{err}");
}

mod properties {
    use proptest::prelude::*;

    use super::{Audit, AuditView, LogView, Message, MessageView, Tlv, TlvView, Value};

    /// An option of every kind, its value as the views read it (`None`: unknown, with its bytes).
    fn option() -> impl Strategy<Value = (u8, Option<Value>, Vec<u8>)> {
        prop_oneof![
            any::<u32>().prop_map(|n| (1, Some(Value::Number(n)), n.to_be_bytes().to_vec())),
            prop::collection::vec(any::<u8>(), 0..20).prop_map(|text| {
                let len = u8::try_from(text.len()).unwrap();
                let mut bytes = vec![len];
                bytes.extend_from_slice(&text);
                (2, Some(Value::Name(super::Name { len, text })), bytes)
            }),
            Just((3, Some(Value::Flag), Vec::new())),
            (4..=255_u8, prop::collection::vec(any::<u8>(), 0..20)).prop_map(|(kind, bytes)| (kind, None, bytes)),
        ]
    }

    proptest! {
        /// A stream of options of every kind reads back as written, unknown ones skipped whole;
        /// the same stream with one byte changed is read or refused, never misread past its end.
        #[test]
        fn option_streams_read_back(options in prop::collection::vec(option(), 0..8), flip in any::<(usize, u8)>()) {
            let mut stream = Vec::new();
            for (kind, _, value) in &options {
                stream.extend(super::tlv(*kind, value));
            }
            let read: Vec<TlvView<'_>> = TlvView::records(&stream).collect::<Result<_, _>>().unwrap();
            prop_assert_eq!(read.len(), options.len());
            for (view, (kind, value, bytes)) in read.iter().zip(&options) {
                prop_assert_eq!(view.kind(), *kind);
                prop_assert_eq!(usize::from(view.length()), bytes.len());
                prop_assert_eq!(&view.to_owned().value, value.as_ref().unwrap_or(&Value::Unknown));
            }
            if !stream.is_empty() {
                let mut changed = stream.clone();
                let at = flip.0 % changed.len();
                changed[at] ^= flip.1 | 1;
                let mut end = 0;
                for record in TlvView::records(&changed) {
                    let Ok(record) = record else { break };
                    end += record.as_bytes().len();
                    prop_assert!(end <= changed.len());
                }
            }
        }

        /// Any bytes: every view either refuses them or reads them without a panic, and every
        /// record read, written back, gives its own bytes (an unknown option's when it is empty).
        #[test]
        fn any_bytes_read_or_refused_and_written_back(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
            for option in TlvView::records(&bytes).map_while(Result::ok) {
                let owned: Tlv = option.to_owned();
                let mut out = vec![0; owned.view_len()];
                match owned.value {
                    Value::Unknown if owned.length != 0 => prop_assert!(owned.write_to(&mut out).is_err()),
                    _ => {
                        prop_assert_eq!(owned.write_to(&mut out), Ok(out.len()));
                        prop_assert_eq!(&out[..], option.as_bytes());
                    }
                }
            }
            if let Ok((message, _)) = MessageView::new_prefix(&bytes) {
                let owned: Message = message.to_owned();
                let mut out = vec![0; owned.view_len()];
                prop_assert_eq!(owned.write_to(&mut out), Ok(out.len()));
                prop_assert_eq!(&out[..], message.as_bytes());
            }
            if let Ok((log, _)) = LogView::new_prefix(&bytes) {
                let AuditView::Audited(entry) = log.entry();
                prop_assert_eq!(log.to_owned().entry, Audit::Audited(entry.to_owned()));
            }
        }
    }
}

/// A segment: a header whose data is every byte after it.
#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = "big")]
pub struct Segment {
    port: u16,
    #[view(rest)]
    data: Vec<u8>,
}

/// A transport the protocol chooses, in the bytes the packet's length gives it.
#[derive(View, Debug, Clone, PartialEq)]
pub enum Transport {
    /// A segment: its data runs to the end of the packet.
    #[view(tag = 6)]
    Segment(Segment),
    /// Another protocol: skipped.
    #[view(other)]
    Other,
}

/// A packet: a protocol, a total length, the transport in what is left of that length, then a
/// trailer after the packet.
#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = "big")]
pub struct Packet2 {
    protocol: u8,
    total: u8,
    #[view(tag = protocol, len = total - 2)]
    transport: Transport,
}

#[test]
fn a_rest_field_takes_what_its_buffer_has_left() {
    let view = SegmentView::new(&[0, 80, b'h', b'i']).unwrap();
    assert_eq!((view.port(), view.data()), (80, &b"hi"[..]));
    assert_eq!(SegmentView::new(&[0, 80]).unwrap().data(), b"");
    assert_eq!(
        SegmentView::new(&[0]).unwrap_err().to_string(),
        "Segment.port at byte 0 needs 2 bytes, 1 remains"
    );
    // A record that ends in `rest` takes the whole stream.
    let (segment, rest) = SegmentView::new_prefix(&[0, 1, 2, 3]).unwrap();
    assert_eq!((segment.data(), rest), (&[2, 3][..], &[][..]));
    let owned = Segment {
        port: 443,
        data: b"data".to_vec(),
    };
    let mut bytes = vec![0; owned.view_len()];
    assert_eq!(owned.write_to(&mut bytes), Ok(6));
    assert_eq!(SegmentView::new(&bytes).unwrap().to_owned(), owned);
}

#[test]
fn a_rest_field_in_a_sized_variant_ends_with_the_union() {
    // Protocol 6, total 7: the segment takes the 5 bytes after the two header bytes; the frame's
    // padding after it is not the segment's.
    let frame = [6, 7, 0, 22, b'a', b'b', b'c', 0xEE, 0xEE];
    let (packet, padding) = Packet2View::new_prefix(&frame).unwrap();
    let TransportView::Segment(segment) = packet.transport() else {
        panic!("protocol 6 is `Segment`")
    };
    assert_eq!(
        (segment.port(), segment.data(), padding),
        (22, &b"abc"[..], &[0xEE, 0xEE][..])
    );
    assert!(matches!(
        Packet2View::new(&[17, 4, 1, 2]).unwrap().transport(),
        TransportView::Other
    ));
    let err = Packet2View::new(&[6, 3, 0]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Packet2.transport at byte 2 has a length of 1 byte, and the variant its tag chooses needs at least 2 bytes"
    );
    let owned = Packet2 {
        protocol: 6,
        total: 5,
        transport: Transport::Segment(Segment { port: 1, data: vec![9] }),
    };
    let mut bytes = vec![0; owned.view_len()];
    assert_eq!(owned.write_to(&mut bytes), Ok(5));
    assert_eq!(Packet2View::new(&bytes).unwrap().to_owned(), owned);
}

/// A source that hands out its bytes `chunk` at a time and counts what it gave.
struct Trickle<'a> {
    bytes: &'a [u8],
    chunk: usize,
    given: usize,
}

impl std::io::Read for Trickle<'_> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let n = self.chunk.min(out.len()).min(self.bytes.len() - self.given);
        out[..n].copy_from_slice(&self.bytes[self.given..self.given + n]);
        self.given += n;
        Ok(n)
    }
}

#[test]
fn a_reader_refuses_a_union_length_too_small_without_reading_on() {
    let mut stream = tlv(1, &[0, 0]);
    for _ in 0..10_000 {
        stream.extend(tlv(1, &[0, 0, 0, 1]));
    }
    let mut source = Trickle {
        bytes: &stream,
        chunk: 64,
        given: 0,
    };
    let mut reader = slotmodel::ViewReader::new(&mut source);
    let err = reader.next::<TlvView>().unwrap().unwrap_err();
    assert!(err.to_string().contains("has a length of 2 bytes"), "{err}");
    drop(reader);
    assert!(
        source.given <= 64 * 2,
        "read {} bytes for a 5-byte record",
        source.given
    );
}

#[test]
fn a_reader_reads_a_record_that_takes_the_rest_to_the_end_of_the_stream() {
    let bytes = [0, 80, b'h', b'e', b'l', b'l', b'o'];
    for chunk in [1, 3, 100] {
        let mut reader = slotmodel::ViewReader::new(Trickle {
            bytes: &bytes,
            chunk,
            given: 0,
        });
        let segment = reader.next::<SegmentView>().unwrap().unwrap();
        assert_eq!(
            (segment.port(), segment.data()),
            (80, &b"hello"[..]),
            "chunks of {chunk}"
        );
        assert!(reader.next::<SegmentView>().is_none());
    }
    let mut reader = slotmodel::ViewReader::new(&bytes[..]).limit(4);
    assert!(matches!(
        reader.next::<SegmentView>(),
        Some(Err(slotmodel::StreamError::TooLarge { .. }))
    ));
}
