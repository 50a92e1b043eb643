//! 24-bit integers (`#[view(bytes = 3)]` on an `i32` or `u32`): WAV (little-endian) and AIFF
//! (big-endian) files written by `sox`, read as frames of 24-bit samples and held to the samples
//! `sox` itself decodes from the same files; values that do not fit 3 bytes refused by setters and
//! `write_to`, bounds kept.

#[path = "support/tools.rs"]
mod tools;

use std::path::Path;
use std::process::Command;

use slotmodel::{ErrorKind, View, ViewError};

/// A RIFF chunk (little-endian) padded to an even length.
#[derive(View, Debug, PartialEq, Clone)]
#[view(pad_to = 2)]
pub struct RiffChunk {
    id: [u8; 4],
    size: u32,
    #[view(len = size)]
    data: Vec<u8>,
}

/// An IFF chunk (big-endian, as AIFF writes them) padded to an even length.
#[derive(View, Debug, PartialEq, Clone)]
#[view(endian = "big", pad_to = 2)]
pub struct IffChunk {
    id: [u8; 4],
    size: u32,
    #[view(len = size)]
    data: Vec<u8>,
}

/// The first 16 bytes of a `fmt ` chunk, which every form of it starts with.
#[derive(View, Debug, PartialEq, Clone)]
pub struct WaveFormat {
    audio_format: u16,
    channels: u16,
    sample_rate: u32,
    byte_rate: u32,
    block_align: u16,
    bits_per_sample: u16,
}

/// A stereo frame of 24-bit PCM, little-endian, read into `i32`s with their sign.
#[derive(View, Debug, PartialEq, Clone, Copy)]
pub struct Stereo24 {
    #[view(bytes = 3)]
    left: i32,
    #[view(bytes = 3)]
    right: i32,
}

/// A mono frame of 24-bit PCM, big-endian (AIFF).
#[derive(View, Debug, PartialEq, Clone, Copy)]
#[view(endian = "big")]
pub struct Mono24Be {
    #[view(bytes = 3)]
    sample: i32,
}

/// The head of an AIFF `SSND` chunk: where the samples start, then the samples.
#[derive(View, Debug, PartialEq, Clone)]
#[view(endian = "big")]
pub struct SoundData {
    offset: u32,
    block_size: u32,
}

/// Runs `sox`, or says why the test cannot; `None` when it was skipped.
fn sox(test: &str, args: &[&str]) -> Option<()> {
    tools::output(
        test,
        Command::new("sox").args(args),
        "install it with `apt-get install sox`",
    )
    .map(drop)
}

/// The samples `sox` decodes from `file`, as 32-bit integers (a 24-bit sample shifted up by 8).
fn decoded_by_sox(test: &str, file: &Path, dir: &Path) -> Option<Vec<i32>> {
    let raw = dir.join("decoded.raw");
    let (file, out) = (file.to_str().unwrap(), raw.to_str().unwrap());
    sox(
        test,
        &[file, "-t", "raw", "-e", "signed-integer", "-b", "32", "-L", out],
    )?;
    let bytes = std::fs::read(&raw).unwrap();
    Some(
        bytes
            .chunks_exact(4)
            .map(|c| i32::from_le_bytes(c.try_into().unwrap()))
            .collect(),
    )
}

#[test]
fn wav_and_aiff_files_of_24_bit_samples_written_by_sox_read_as_sox_reads_them() {
    const TEST: &str = "wav_and_aiff_files_of_24_bit_samples_written_by_sox_read_as_sox_reads_them";
    let dir = tempfile::tempdir().unwrap();
    let wav = dir.path().join("stereo24.wav");
    let synth = ["synth", "0.05", "sine", "440", "sine", "97", "vol", "0.9"];
    let mut args = vec!["-n", "-r", "8000", "-b", "24", "-c", "2", wav.to_str().unwrap()];
    args.extend(synth);
    if sox(TEST, &args).is_none() {
        return;
    }
    let expected = decoded_by_sox(TEST, &wav, dir.path()).unwrap();
    let file = std::fs::read(&wav).unwrap();
    assert_eq!(&file[..4], b"RIFF");
    let chunks: Vec<_> = RiffChunkView::records(&file[12..]).collect::<Result<_, _>>().unwrap();
    let format = chunks.iter().find(|c| c.id() == b"fmt ").unwrap();
    let (format, _) = WaveFormatView::new_prefix(format.data()).unwrap();
    assert_eq!(
        (format.channels(), format.bits_per_sample(), format.block_align()),
        (2, 24, 6)
    );
    let data = chunks.iter().find(|c| c.id() == b"data").unwrap().data();
    let frames = Stereo24View::slice(data).unwrap();
    let read: Vec<i32> = frames.iter().flat_map(|f| [f.left() << 8, f.right() << 8]).collect();
    assert_eq!(read.len(), 800);
    assert_eq!(read, expected);
    assert!(frames.iter().any(|f| f.left() < -1_000_000) && frames.iter().any(|f| f.left() > 1_000_000));
    // Every frame writes back to its bytes.
    for (frame, bytes) in frames.iter().zip(data.chunks_exact(6)) {
        assert_eq!(frame.to_owned().to_bytes().unwrap(), bytes);
    }

    let aiff = dir.path().join("mono24.aiff");
    let mut args = vec!["-n", "-r", "8000", "-b", "24", "-c", "1", aiff.to_str().unwrap()];
    args.extend(synth);
    sox(TEST, &args).unwrap();
    let expected = decoded_by_sox(TEST, &aiff, dir.path()).unwrap();
    let file = std::fs::read(&aiff).unwrap();
    assert_eq!((&file[..4], &file[8..12]), (&b"FORM"[..], &b"AIFF"[..]));
    let chunks: Vec<_> = IffChunkView::records(&file[12..]).collect::<Result<_, _>>().unwrap();
    let sound = chunks.iter().find(|c| c.id() == b"SSND").unwrap().data();
    let (head, samples) = SoundDataView::new_prefix(sound).unwrap();
    let samples = &samples[usize::try_from(head.offset()).unwrap()..];
    let read: Vec<i32> = Mono24BeView::slice(samples)
        .unwrap()
        .iter()
        .map(|f| f.sample() << 8)
        .collect();
    assert_eq!(read.len(), 400);
    assert_eq!(read, expected);
}

#[test]
fn samples_read_with_their_sign_and_written_from_their_low_bytes() {
    let frame = Stereo24View::new(&[0xFF, 0xFF, 0x7F, 0x00, 0x00, 0x80]).unwrap();
    assert_eq!((frame.left(), frame.right()), (8_388_607, -8_388_608));
    let frame = Mono24BeView::new(&[0xFF, 0xFF, 0xFE]).unwrap();
    assert_eq!(frame.sample(), -2);
    assert_eq!(Mono24Be { sample: -2 }.to_bytes(), Ok([0xFF, 0xFF, 0xFE]));
    assert_eq!(<Stereo24 as slotmodel::ViewItem>::SIZE, 6);
}

/// A level stored in 3 bytes with a bound of its own.
#[derive(View, Debug, PartialEq, Clone, Copy)]
pub struct Meter {
    #[view(bytes = 3)]
    #[bounded(max = 10_000_000)]
    level: u32,
    #[view(bytes = 3)]
    offset: i32,
}

#[test]
fn a_value_that_does_not_fit_its_bytes_is_refused() {
    let mut bytes = [0_u8; 6];
    let mut view = MeterViewMut::new(&mut bytes).unwrap();
    view.set_level(10_000_000).unwrap();
    view.set_offset(-8_388_608).unwrap();
    assert_eq!(view.level(), 10_000_000);
    assert_eq!(view.offset(), -8_388_608);
    let refused = view.set_offset(8_388_608).unwrap_err();
    assert!(matches!(refused.kind(), ErrorKind::AboveMax { .. }), "{refused}");
    assert!(view.set_level(10_000_001).is_err());
    assert_eq!(view.offset(), -8_388_608);
    // Past the bound, read from bytes: refused by the view as any rule is.
    let error = MeterView::new(&[0xFF, 0xFF, 0xFF, 0, 0, 0]).unwrap_err();
    assert_eq!(
        error.to_string(),
        "Meter.level at byte 0 must be <= 10000000, got 16777215"
    );
    let too_wide = Meter {
        level: 5,
        offset: -9_000_000,
    };
    let error: ViewError = too_wide.write_to(&mut [0; 6]).unwrap_err();
    assert_eq!(
        error.to_string(),
        "Meter.offset at byte 3 is -9000000, which does not fit its 3 bytes: it holds -8388608 ..= 8388607"
    );
}

/// A record of variable length whose length field takes 3 bytes (as TLS handshake messages do).
#[derive(View, Debug, PartialEq, Clone)]
#[view(endian = "big")]
pub struct Handshake {
    kind: u8,
    #[view(bytes = 3)]
    length: u32,
    #[view(len = length)]
    body: Vec<u8>,
}

#[test]
fn a_three_byte_length_sizes_a_variable_record() {
    let bytes = [1, 0, 0, 3, b'a', b'b', b'c'];
    let view = HandshakeView::new(&bytes).unwrap();
    assert_eq!((view.kind(), view.length(), view.body()), (1, 3, &b"abc"[..]));
    let owned = view.to_owned();
    let mut out = [0; 7];
    assert_eq!(owned.write_to(&mut out), Ok(7));
    assert_eq!(out, bytes);
    let huge = Handshake {
        length: 1 << 24,
        ..owned
    };
    assert!(huge.write_to(&mut [0; 7]).is_err());
}

mod properties {
    use proptest::prelude::*;

    use super::{Handshake, HandshakeView, Meter, MeterViewMut, Stereo24, Stereo24View};

    proptest! {
        #[test]
        fn any_frame_reads_within_24_bits_and_writes_back(bytes in any::<[u8; 6]>()) {
            let frame = Stereo24View::new(&bytes).unwrap();
            for sample in [frame.left(), frame.right()] {
                prop_assert!((-(1 << 23)..(1 << 23)).contains(&sample));
            }
            prop_assert_eq!(frame.to_owned().to_bytes().unwrap(), bytes);
        }

        #[test]
        fn a_sample_is_accepted_exactly_when_it_fits(left in any::<i32>(), right in -(1_i32 << 23)..(1 << 23)) {
            let frame = Stereo24 { left, right };
            let fits = (-(1 << 23)..(1 << 23)).contains(&left);
            let mut out = [0; 6];
            prop_assert_eq!(frame.write_to(&mut out).is_ok(), fits);
            if fits {
                prop_assert_eq!(Stereo24View::new(&out).unwrap().to_owned(), frame);
            }
            let mut bytes = [0_u8; 6];
            let mut view = MeterViewMut::new(&mut bytes).unwrap();
            prop_assert_eq!(view.set_offset(left).is_ok(), fits);
            prop_assert_eq!(view.offset(), if fits { left } else { 0 });
            let _ = Meter { level: 0, offset: 0 };
        }

        #[test]
        fn any_bytes_as_a_handshake_never_panic_and_write_back(bytes in prop::collection::vec(any::<u8>(), 0..12), length in 0_u32..8) {
            let _ = HandshakeView::new(&bytes);
            // Near-valid: a length that fits the body, or not.
            let mut record = vec![2];
            record.extend(&length.to_be_bytes()[1..]);
            record.extend(&bytes);
            if let Ok(view) = HandshakeView::new(&record) {
                let owned: Handshake = view.to_owned();
                let mut out = vec![0; owned.view_len()];
                prop_assert_eq!(owned.write_to(&mut out), Ok(record.len()));
                prop_assert_eq!(out, record);
            } else {
                prop_assert_ne!(usize::try_from(length).unwrap(), bytes.len());
            }
        }
    }
}
