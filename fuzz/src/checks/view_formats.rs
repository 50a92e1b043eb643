//! Tagged unions and bit fields over arbitrary bytes: every record `records` accepts reads
//! through every getter, matches the bits taken out by hand, and writes back to its own bytes;
//! `ViewMut` setters of bit fields refuse what their bits cannot hold and touch no other bit.

use slotmodel::View;

use super::input::Input;

/// Bit fields in both byte orders' conventions, one with a rule.
#[derive(View, Debug, Clone, Copy, PartialEq)]
#[view(endian = "big")]
pub struct Flags {
    #[view(bits = 4)]
    version: u8,
    #[view(bits = 4)]
    #[bounded(min = 5)]
    words: u8,
    #[view(bits = 1)]
    urgent: bool,
    #[view(bits = 2)]
    class: u8,
    #[view(bits = 13)]
    offset: u16,
}

/// A little-endian run across two bytes.
#[derive(View, Debug, Clone, Copy, PartialEq)]
pub struct Packed {
    #[view(bits = 3)]
    low: u8,
    #[view(bits = 9)]
    middle: u16,
    #[view(bits = 4)]
    high: u8,
}

/// The union a message's `kind` chooses.
#[derive(View, Debug, Clone, PartialEq)]
pub enum Body {
    #[view(tag = 1)]
    Flags(Flags),
    #[view(tag = 2)]
    Packed(Packed),
    #[view(tag = 3)]
    Count(u32),
    #[view(tag = 200)]
    Empty,
}

/// A message: a kind, its body, then `extra` bytes.
#[derive(View, Debug, Clone, PartialEq)]
#[view(endian = "big")]
pub struct Message {
    kind: u8,
    #[view(tag = kind)]
    body: Body,
    extra: u8,
    #[view(len = extra)]
    tail: Vec<u8>,
}

/// The bytes a body of tag `kind` takes, `None` for an unknown tag.
fn body_len(kind: u8) -> Option<usize> {
    match kind {
        1 => Some(3),
        2 => Some(2),
        3 => Some(4),
        200 => Some(0),
        _ => None,
    }
}

/// Checks one message the views accepted against its bytes, read by hand.
fn check_message(message: &MessageView<'_>) {
    let bytes = message.as_bytes();
    let len = body_len(bytes[0]).expect("an accepted message has a known tag");
    let body = &bytes[1..=len];
    match message.body() {
        BodyView::Flags(flags) => {
            assert_eq!((flags.version(), flags.words()), (body[0] >> 4, body[0] & 0x0F));
            assert!(flags.words() >= 5, "a view holds only values that pass their rules");
            let word = u16::from_be_bytes([body[1], body[2]]);
            assert_eq!(flags.urgent(), word >> 15 == 1);
            assert_eq!(u16::from(flags.class()), (word >> 13) & 3);
            assert_eq!(flags.offset(), word & 0x1FFF);
        }
        BodyView::Packed(packed) => {
            let word = u16::from_le_bytes([body[0], body[1]]);
            assert_eq!(u16::from(packed.low()), word & 7);
            assert_eq!(packed.middle(), (word >> 3) & 0x1FF);
            assert_eq!(u16::from(packed.high()), word >> 12);
        }
        BodyView::Count(count) => assert_eq!(count.to_be_bytes(), body[..4]),
        BodyView::Empty => assert_eq!(bytes[0], 200),
    }
    assert_eq!(usize::from(message.extra()), message.tail().len());
    let owned = message.to_owned();
    let mut out = vec![0_u8; owned.view_len()];
    assert_eq!(owned.write_to(&mut out), Ok(bytes.len()));
    assert_eq!(out, bytes, "writing an accepted message gives back its bytes");
}

/// Sets a bit field of a record of `Flags` and checks that only its bits changed.
fn check_setters(record: [u8; 3], input: &mut Input<'_>) {
    let mut bytes = record;
    let Ok(mut flags) = FlagsViewMut::new(&mut bytes) else {
        assert!(record[0] & 0x0F < 5, "only the rule on `words` refuses a record");
        return;
    };
    let offset = input.u16();
    let accepted = flags.set_offset(offset).is_ok();
    assert_eq!(accepted, offset < 0x2000, "13 bits hold 0..=8191");
    let version = input.u8();
    assert_eq!(flags.set_version(version).is_ok(), version < 16);
    let expected_offset = if accepted {
        offset
    } else {
        u16::from_be_bytes([record[1], record[2]]) & 0x1FFF
    };
    assert_eq!(flags.offset(), expected_offset);
    assert_eq!(bytes[1] & 0xE0, record[1] & 0xE0, "the bits beside `offset` are kept");
    assert_eq!(bytes[0] & 0x0F, record[0] & 0x0F, "the bits beside `version` are kept");
}

/// Runs the messages of `data`, then setters on its first three bytes.
pub fn view_formats(data: &[u8]) {
    let mut rest = data;
    while !rest.is_empty() {
        match MessageView::new_prefix(rest) {
            Ok((message, after)) => {
                check_message(&message);
                rest = after;
            }
            Err(error) => {
                // A refusal names a field of the message and never panics on display.
                let _ = error.to_string();
                break;
            }
        }
    }
    let mut input = Input::new(data);
    check_setters(input.array(), &mut input);
}
