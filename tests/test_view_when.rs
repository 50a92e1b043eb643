//! Conditional fields (`#[view(when = ..)] field: Option<T>`): the WAV `fmt ` chunk in the 16-,
//! 18- and 40-byte forms `sox` writes (plain PCM, a-law with `cbSize`, 24-bit
//! `WAVE_FORMAT_EXTENSIBLE`), each held to what `soxi` reports for the same file; an owned record
//! whose field's presence disagrees with its condition refused before it is written.

#[path = "support/near_valid.rs"]
mod near_valid;
#[path = "support/tools.rs"]
mod tools;

use std::process::Command;

use slotmodel::{View, ViewError};

/// A RIFF chunk padded to an even length.
#[derive(View, Debug, PartialEq, Clone)]
#[view(pad_to = 2)]
pub struct RiffChunk {
    id: [u8; 4],
    size: u32,
    #[view(len = size)]
    data: Vec<u8>,
}

/// The fields `WAVE_FORMAT_EXTENSIBLE` adds.
#[derive(View, Debug, PartialEq, Clone, Copy)]
pub struct Extensible {
    valid_bits: u16,
    channel_mask: u32,
    sub_format: [u8; 16],
}

/// A `fmt ` chunk in any of its three forms: 16 bytes, 18 with `cbSize`, 40 when extensible.
#[derive(View, Debug, PartialEq, Clone)]
pub struct FmtChunk {
    id: [u8; 4],
    size: u32,
    audio_format: u16,
    channels: u16,
    sample_rate: u32,
    byte_rate: u32,
    block_align: u16,
    bits_per_sample: u16,
    #[view(when = size >= 18)]
    extra_size: Option<u16>,
    #[view(when = size >= 40 && audio_format == 0xFFFE)]
    extensible: Option<Extensible>,
}

/// What `soxi -OPTION file` prints, or `None` when `sox` is missing (reported as skipped).
fn soxi(test: &str, option: &str, file: &std::path::Path) -> Option<String> {
    let output = tools::output(
        test,
        Command::new("soxi").arg(option).arg(file),
        "install it with `apt-get install sox`",
    )?;
    Some(String::from_utf8(output.stdout).unwrap().trim().to_owned())
}

#[test]
fn fmt_chunks_of_16_18_and_40_bytes_written_by_sox_read_as_soxi_reports_them() {
    const TEST: &str = "fmt_chunks_of_16_18_and_40_bytes_written_by_sox_read_as_soxi_reports_them";
    let dir = tempfile::tempdir().unwrap();
    let forms: [(&str, &[&str], u32); 3] = [
        ("pcm16.wav", &["-b", "16", "-c", "2"], 16),
        ("alaw.wav", &["-e", "a-law", "-c", "1"], 18),
        ("pcm24.wav", &["-b", "24", "-c", "2"], 40),
    ];
    for (name, options, size) in forms {
        let path = dir.path().join(name);
        let mut args = vec!["-n", "-r", "11025"];
        args.extend(options);
        args.extend([path.to_str().unwrap(), "synth", "0.01", "sine", "440"]);
        if tools::output(
            TEST,
            Command::new("sox").args(&args),
            "install it with `apt-get install sox`",
        )
        .is_none()
        {
            return;
        }
        let file = std::fs::read(&path).unwrap();
        let chunk = RiffChunkView::records(&file[12..])
            .map(Result::unwrap)
            .find(|c| c.id() == b"fmt ")
            .unwrap();
        let fmt = FmtChunkView::new(chunk.as_bytes()).unwrap();
        assert_eq!(fmt.size(), size, "{name}");
        let reported = |option| soxi(TEST, option, &path).unwrap();
        assert_eq!(fmt.channels().to_string(), reported("-c"), "{name}");
        assert_eq!(fmt.sample_rate().to_string(), reported("-r"), "{name}");
        assert_eq!(fmt.bits_per_sample().to_string(), reported("-b"), "{name}");
        match size {
            16 => assert_eq!((fmt.extra_size(), fmt.extensible().is_none()), (None, true)),
            18 => {
                assert_eq!(
                    (fmt.audio_format(), fmt.extra_size()),
                    (6, Some(0)),
                    "a-law, no extension"
                );
                assert!(fmt.extensible().is_none());
            }
            _ => {
                assert_eq!((fmt.audio_format(), fmt.extra_size()), (0xFFFE, Some(22)));
                let extensible = fmt.extensible().unwrap();
                assert_eq!(extensible.valid_bits(), 24);
                assert_eq!(&extensible.sub_format()[..2], [1, 0], "the PCM sub-format");
            }
        }
        let owned = fmt.to_owned();
        let mut out = vec![0; owned.view_len()];
        assert_eq!(owned.write_to(&mut out), Ok(chunk.as_bytes().len()));
        assert_eq!(out, chunk.as_bytes());
    }
}

fn pcm16() -> Vec<u8> {
    let mut bytes = b"fmt ".to_vec();
    bytes.extend(16_u32.to_le_bytes());
    bytes.extend([1, 0, 1, 0, 0x11, 0x2B, 0, 0, 0x22, 0x56, 0, 0, 2, 0, 16, 0]);
    bytes
}

#[test]
fn a_field_is_read_when_its_condition_holds_and_written_when_present() {
    let plain = pcm16();
    let view = FmtChunkView::new(&plain).unwrap();
    assert_eq!((view.extra_size(), view.extensible().is_none()), (None, true));
    // A size of 18 with no bytes for `cbSize`.
    let mut short = plain.clone();
    short[4] = 18;
    let error = FmtChunkView::new(&short).unwrap_err();
    assert!(
        matches!(
            error,
            ViewError::Short {
                field: "extra_size",
                needed: 2,
                available: 0,
                ..
            }
        ),
        "{error}"
    );
    short.extend([0, 0]);
    assert_eq!(FmtChunkView::new(&short).unwrap().extra_size(), Some(0));

    let owned = FmtChunkView::new(&plain).unwrap().to_owned();
    let disagreeing = FmtChunk {
        extra_size: Some(0),
        ..owned.clone()
    };
    assert_eq!(
        disagreeing.write_to(&mut [0; 26]).unwrap_err().to_string(),
        "FmtChunk.extra_size at byte 24 is `Some`, but its condition `size >= 18` is false: make it `None`, or set the fields the condition reads"
    );
    let agreeing = FmtChunk {
        size: 18,
        ..disagreeing
    };
    let mut out = [0; 26];
    assert_eq!(agreeing.write_to(&mut out), Ok(26));
    assert_eq!(FmtChunkView::new(&out).unwrap().to_owned(), agreeing);
}

/// A reading whose level is there when the low bit of `flags` is set, and is then at most 100.
#[derive(View, Debug, PartialEq, Clone)]
pub struct Reading {
    flags: u8,
    #[bounded(max = 100)]
    #[view(when = flags & 1)]
    level: Option<u8>,
    id: u16,
}

#[test]
fn a_present_field_keeps_its_rules_and_the_fields_after_it_follow() {
    let view = ReadingView::new(&[1, 42, 7, 0]).unwrap();
    assert_eq!((view.level(), view.id()), (Some(42), 7));
    let view = ReadingView::new(&[2, 7, 0]).unwrap();
    assert_eq!((view.level(), view.id()), (None, 7));
    assert_eq!(
        ReadingView::new(&[1, 101, 7, 0]).unwrap_err().to_string(),
        "Reading.level at byte 1 must be <= 100, got 101"
    );
    let loud = Reading {
        flags: 1,
        level: Some(101),
        id: 7,
    };
    assert!(loud.write_to(&mut [0; 4]).is_err());
    let quiet = Reading {
        level: Some(100),
        ..loud
    };
    let mut out = [0; 4];
    assert_eq!(quiet.write_to(&mut out), Ok(4));
    assert_eq!(out, [1, 100, 7, 0]);
}

mod properties {
    use super::near_valid::{self, Mutation};
    use super::{pcm16, FmtChunk, FmtChunkView};
    use proptest::prelude::*;

    /// Whether `bytes` are one `fmt ` chunk by the declaration's conditions, written by hand.
    fn valid(bytes: &[u8]) -> bool {
        if bytes.len() < 24 {
            return false;
        }
        let size = u32::from_le_bytes(bytes[4..8].try_into().unwrap());
        let format = u16::from_le_bytes([bytes[8], bytes[9]]);
        let extra = if size >= 18 { 2 } else { 0 };
        let extensible = if size >= 40 && format == 0xFFFE { 22 } else { 0 };
        bytes.len() == 24 + extra + extensible
    }

    /// A chunk in one of the three forms, its fields arbitrary.
    fn chunk() -> impl Strategy<Value = Vec<u8>> {
        (0_usize..3, any::<[u8; 40]>()).prop_map(|(form, tail)| {
            let mut bytes = pcm16();
            let (size, format) = [(16_u32, 1_u16), (18, 6), (40, 0xFFFE)][form];
            bytes[4..8].copy_from_slice(&size.to_le_bytes());
            bytes[8..10].copy_from_slice(&format.to_le_bytes());
            bytes.extend(&tail[..usize::try_from(size).unwrap() - 16]);
            bytes
        })
    }

    #[test]
    fn near_valid_chunks_view_exactly_when_valid_and_write_back() {
        let strategy = (chunk(), Mutation::any()).prop_map(|(bytes, mutation)| mutation.apply(bytes));
        near_valid::check(
            "near_valid_chunks_view_exactly_when_valid_and_write_back",
            file!(),
            strategy,
            "read and written back",
            0.4,
            |bytes| {
                let read = FmtChunkView::new(&bytes);
                prop_assert_eq!(read.is_ok(), valid(&bytes), "{:?}: {:?}", bytes, read);
                let Ok(view) = read else { return Ok(false) };
                let owned: FmtChunk = view.to_owned();
                let mut out = vec![0; owned.view_len()];
                prop_assert_eq!(owned.write_to(&mut out), Ok(bytes.len()));
                prop_assert_eq!(out, bytes);
                Ok(true)
            },
        );
    }

    proptest! {
        #[test]
        fn any_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..72)) {
            let _ = FmtChunkView::new(&bytes).map(|view| view.to_owned());
        }
    }
}
