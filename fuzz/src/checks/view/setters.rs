//! `ViewMut` setters fed arbitrary values, one after another on the same valid record.

use super::super::input::Input;
use super::{hops_ok, length_ok, level_ok, ratio_ok, valid, FrameViewMut, Header, Kind, Mode, RANGES, SIZE};

/// What one setter did: whether it accepted the value, whether the rules say it should have,
/// and whether the field now reads that value.
struct Outcome {
    accepted: bool,
    expected: bool,
    reads_back: bool,
}

/// A setter that accepts every value of its type.
fn plain(reads_back: bool) -> Outcome {
    Outcome {
        accepted: true,
        expected: true,
        reads_back,
    }
}

fn checked<E: core::fmt::Display>(outcome: &Result<(), E>, expected: bool, reads_back: impl Fn() -> bool) -> Outcome {
    if let Err(error) = outcome {
        assert!(error.to_string().starts_with("Frame."), "{error}");
    }
    Outcome {
        accepted: outcome.is_ok(),
        expected,
        reads_back: reads_back(),
    }
}

fn set(view: &mut FrameViewMut<'_>, field: usize, input: &mut Input) -> Outcome {
    match field {
        0 => {
            let kind = [Kind::Data, Kind::Ack, Kind::Reset][usize::from(input.u8() % 3)];
            // A struct literal skips every check: the setter is the only guard.
            let header = Header {
                kind,
                hops: input.u8(),
                seq: input.u16(),
            };
            let outcome = view.set_header(header);
            checked(&outcome, hops_ok(header.hops), || view.header().to_owned() == header)
        }
        1 => {
            let mode = [Mode::Idle, Mode::Run, Mode::Halt][usize::from(input.u8() % 3)];
            checked(&view.set_mode(mode), true, || view.mode() == mode)
        }
        2 => {
            let urgent = input.bool();
            view.set_urgent(urgent);
            plain(view.urgent() == urgent)
        }
        3 => {
            let level = input.i32();
            checked(&view.set_level(level), level_ok(level), || view.level() == level)
        }
        4 => {
            let length = input.u16();
            checked(&view.set_length(length), length_ok(length), || view.length() == length)
        }
        5 => {
            let id = input.u64();
            view.set_id(id);
            plain(view.id() == id)
        }
        6 => {
            let ratio = input.f32();
            checked(&view.set_ratio(ratio), ratio_ok(ratio), || {
                view.ratio().to_bits() == ratio.to_bits()
            })
        }
        7 => {
            let scale = input.f64();
            checked(&view.set_scale(scale), scale.is_finite(), || {
                view.scale().to_bits() == scale.to_bits()
            })
        }
        8 => {
            let samples = [input.i16(), input.i16(), input.i16()];
            view.set_samples(samples);
            plain(view.samples() == samples)
        }
        _ => {
            let tail = input.array();
            if input.bool() {
                view.set_tail(tail);
            } else {
                *view.tail_mut() = tail;
            }
            plain(view.tail() == &tail)
        }
    }
}

/// Applies setters chosen by `input` to `record`, which must be valid, checking each: a refused
/// value leaves every byte as it was, an accepted one reads back equal, touches no other field's
/// bytes and leaves the record valid.
pub(super) fn apply(record: &mut [u8; SIZE], input: &mut Input) {
    while !input.is_empty() {
        let field = usize::from(input.u8()) % RANGES.len();
        let before = *record;
        let mut view = FrameViewMut::new(record).expect("setters keep the record valid");
        let outcome = set(&mut view, field, input);
        assert_eq!(
            outcome.accepted, outcome.expected,
            "field {field}: the setter must accept exactly the valid values"
        );
        let (start, end) = RANGES[field];
        if outcome.accepted {
            assert!(
                outcome.reads_back,
                "field {field}: an accepted value must read back equal"
            );
            let others = (0..SIZE).filter(|i| !(start..end).contains(i));
            assert!(
                others.into_iter().all(|i| record[i] == before[i]),
                "field {field} wrote outside its bytes"
            );
            assert!(
                valid(record),
                "field {field}: an accepted value must leave the record valid"
            );
        } else {
            assert_eq!(
                *record, before,
                "field {field}: a refused value must leave the buffer as it was"
            );
        }
    }
}
