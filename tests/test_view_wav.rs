//! WAV files written by Python's `wave` (and `LIST` chunks written with `struct`), read through
//! views: the RIFF header, chunks as variable-length records (padded to even lengths, as RIFF
//! pads a chunk of odd size), the `fmt ` chunk as a fixed record with the format's rules, and the samples as a
//! table of frames, all held to what Python reports for the same files.

#[path = "support/tools.rs"]
mod tools;

use std::process::Command;

use serde_json::Value;
use slotmodel::{View, ViewError};

/// The first 12 bytes of a RIFF file: `RIFF`, the size of what follows, the form type (`WAVE`).
#[derive(View, Debug, PartialEq)]
#[view(size = 12)]
pub struct RiffHeader {
    id: [u8; 4],
    size: u32,
    form: [u8; 4],
}

/// A RIFF chunk: its id, its size, and that many bytes. A chunk of odd size is followed by a pad
/// byte that its size does not count, which `pad_to = 2` makes part of the record.
#[derive(View, Debug, PartialEq, Clone)]
#[view(pad_to = 2)]
pub struct Chunk {
    id: [u8; 4],
    size: u32,
    #[view(len = size)]
    data: Vec<u8>,
}

/// The body of a PCM `fmt ` chunk (`WAVEFORMAT` plus `wBitsPerSample`).
#[derive(View, Debug, PartialEq, Clone)]
#[view(size = 16)]
pub struct WaveFormat {
    #[bounded(min = 1)]
    audio_format: u16,
    #[bounded(min = 1)]
    channels: u16,
    #[bounded(min = 1)]
    sample_rate: u32,
    byte_rate: u32,
    #[bounded(min = 1)]
    block_align: u16,
    #[bounded(min = 1)]
    bits_per_sample: u16,
}

/// A mono frame of 8-bit PCM (unsigned, 128 is silence).
#[derive(View, Debug, PartialEq)]
pub struct Mono8 {
    sample: u8,
}

/// A stereo frame of 8-bit PCM.
#[derive(View, Debug, PartialEq)]
pub struct Stereo8 {
    left: u8,
    right: u8,
}

/// A mono frame of 16-bit PCM (signed, little-endian).
#[derive(View, Debug, PartialEq)]
pub struct Mono16 {
    sample: i16,
}

/// A stereo frame of 16-bit PCM.
#[derive(View, Debug, PartialEq)]
pub struct Stereo16 {
    left: i16,
    right: i16,
}

const PCM: u16 = 1;

/// A chunk and the pad byte after it, if its size is odd.
type Padded<'a> = (ChunkView<'a>, Option<u8>);

/// The chunks of a RIFF body, one after another, each with its pad byte if it has one.
fn riff_chunks(body: &[u8]) -> Result<Vec<Padded<'_>>, String> {
    ChunkView::records(body)
        .map(|chunk| {
            let chunk = chunk.map_err(|e| e.to_string())?;
            let pad = chunk.as_bytes().get(8 + chunk.data().len()).copied();
            Ok((chunk, pad))
        })
        .collect()
}

/// A WAV file through the views: its header, its chunks, the `fmt ` body and the data chunk.
struct Wav<'a> {
    header: RiffHeaderView<'a>,
    chunks: Vec<Padded<'a>>,
    format: WaveFormatView<'a>,
    data: &'a [u8],
}

fn read_wav(file: &[u8]) -> Result<Wav<'_>, String> {
    let (header, body) = RiffHeaderView::new_prefix(file).map_err(|e| e.to_string())?;
    if (header.id(), header.form()) != (b"RIFF", b"WAVE") {
        return Err("not a RIFF WAVE file".to_owned());
    }
    if header.size() as usize != body.len() + 4 {
        return Err(format!("RIFF size {} for {} bytes", header.size(), body.len() + 4));
    }
    let chunks = riff_chunks(body)?;
    let find = |id: &[u8; 4]| {
        chunks
            .iter()
            .find(|(chunk, _)| chunk.id() == id)
            .map(|(chunk, _)| chunk.data())
    };
    let format = WaveFormatView::new(find(b"fmt ").ok_or("no fmt chunk")?).map_err(|e| e.to_string())?;
    let data = find(b"data").ok_or("no data chunk")?;
    Ok(Wav {
        header,
        chunks,
        format,
        data,
    })
}

/// The samples of a PCM data chunk, interleaved, through a table of frames of the file's shape.
fn samples(format: WaveFormatView<'_>, data: &[u8]) -> Result<Vec<i64>, ViewError> {
    Ok(match (format.channels(), format.bits_per_sample()) {
        (1, 8) => Mono8View::slice(data)?.iter().map(|f| i64::from(f.sample())).collect(),
        (2, 8) => Stereo8View::slice(data)?
            .iter()
            .flat_map(|f| [f.left(), f.right()].map(i64::from))
            .collect(),
        (1, 16) => Mono16View::slice(data)?.iter().map(|f| i64::from(f.sample())).collect(),
        (2, 16) => Stereo16View::slice(data)?
            .iter()
            .flat_map(|f| [f.left(), f.right()].map(i64::from))
            .collect(),
        (channels, bits) => panic!("no frame view for {channels} channels of {bits} bits"),
    })
}

fn number<T: TryFrom<i64>>(value: &Value) -> T
where
    T::Error: std::fmt::Debug,
{
    T::try_from(value.as_i64().unwrap_or_else(|| panic!("{value} is not a number"))).unwrap()
}

#[test]
fn wav_files_written_by_python_read_as_python_reads_them() {
    let dir = tempfile::tempdir().unwrap();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/support/make_wav.py");
    let install = "install it with `apt-get install python3`";
    let test = "wav_files_written_by_python_read_as_python_reads_them";
    let Some(output) = tools::output(test, Command::new("python3").arg(script).arg(dir.path()), install) else {
        return;
    };
    let reports: Vec<Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(reports.len(), 5, "five files");
    let mut pads = 0;
    for report in &reports {
        let name = report["name"].as_str().unwrap();
        let file = std::fs::read(dir.path().join(name)).unwrap();
        let wav = read_wav(&file).unwrap_or_else(|e| panic!("{name}: {e}"));

        let riff = &report["riff"];
        assert_eq!(wav.header.id(), riff[0].as_str().unwrap().as_bytes(), "{name} RIFF id");
        assert_eq!(wav.header.size(), number::<u32>(&riff[1]), "{name} RIFF size");
        assert_eq!(wav.header.form(), riff[2].as_str().unwrap().as_bytes(), "{name} form");

        let expected_chunks = report["chunks"].as_array().unwrap();
        assert_eq!(wav.chunks.len(), expected_chunks.len(), "{name} chunk count");
        for ((chunk, pad), expected) in wav.chunks.iter().zip(expected_chunks) {
            let id = expected[0].as_str().unwrap();
            assert_eq!(chunk.id(), id.as_bytes(), "{name} chunk id");
            assert_eq!(chunk.size(), number::<u32>(&expected[1]), "{name} {id} size");
            assert_eq!(chunk.data().len(), number::<usize>(&expected[1]), "{name} {id} data");
            assert_eq!(pad.is_some(), chunk.size() % 2 == 1, "{name} {id} pad");
            if let Some(pad) = pad {
                assert_eq!(*pad, 0, "{name} {id} pad byte");
                pads += 1;
            }
            if id == "LIST" {
                assert_eq!(&chunk.data()[..8], b"INFOISFT", "{name} LIST type and entry");
            }
        }

        let format = wav.format;
        let fmt = &report["fmt"];
        assert_eq!(
            format.audio_format(),
            number::<u16>(&fmt["audio_format"]),
            "{name} format"
        );
        assert_eq!(format.audio_format(), PCM, "{name} is PCM");
        assert_eq!(
            format.channels(),
            number::<u16>(&report["nchannels"]),
            "{name} channels"
        );
        assert_eq!(format.channels(), number::<u16>(&fmt["channels"]), "{name} channels");
        assert_eq!(format.sample_rate(), number::<u32>(&report["framerate"]), "{name} rate");
        assert_eq!(format.sample_rate(), number::<u32>(&fmt["sample_rate"]), "{name} rate");
        assert_eq!(format.byte_rate(), number::<u32>(&fmt["byte_rate"]), "{name} byte rate");
        assert_eq!(
            format.block_align(),
            number::<u16>(&fmt["block_align"]),
            "{name} block align"
        );
        assert_eq!(
            format.bits_per_sample(),
            number::<u16>(&report["sampwidth"]) * 8,
            "{name} sample width"
        );
        assert_eq!(
            format.bits_per_sample(),
            number::<u16>(&fmt["bits_per_sample"]),
            "{name} bits"
        );
        // The format's own arithmetic.
        assert_eq!(format.block_align(), format.channels() * format.bits_per_sample() / 8);
        assert_eq!(
            format.byte_rate(),
            format.sample_rate() * u32::from(format.block_align())
        );

        let frames = wav.data.len() / usize::from(format.block_align());
        assert_eq!(frames, number::<usize>(&report["nframes"]), "{name} frames");
        let samples = samples(format, wav.data).unwrap();
        assert_eq!(samples.len(), frames * usize::from(format.channels()), "{name} samples");
        assert_eq!(samples.iter().sum::<i64>(), number::<i64>(&report["sum"]), "{name} sum");
        let first: Vec<i64> = report["first"].as_array().unwrap().iter().map(number).collect();
        assert_eq!(samples[..first.len()], first[..], "{name} first samples");
        assert_eq!(samples.last().copied(), report["last"].as_i64(), "{name} last sample");
    }
    assert_eq!(pads, 1, "one chunk of odd size, followed by its pad byte");
}

#[test]
fn an_odd_chunk_without_its_pad_and_a_bad_format_are_refused() {
    // `data` of 3 bytes, its pad byte, then an empty `LIST`: the pad is stepped over.
    let mut body = b"data\x03\x00\x00\x00abc\x00LIST\x00\x00\x00\x00".to_vec();
    let chunks = riff_chunks(&body).unwrap();
    let ids: Vec<(&[u8; 4], Option<u8>)> = chunks.iter().map(|(c, pad)| (c.id(), *pad)).collect();
    assert_eq!(ids, [(b"data", Some(0)), (b"LIST", None)]);
    body.truncate(11);
    assert_eq!(
        riff_chunks(&body).unwrap_err(),
        "Chunk.padding at byte 11 needs 1 byte, 0 remain"
    );
    body.truncate(10);
    assert_eq!(
        riff_chunks(&body).unwrap_err(),
        "Chunk.data at byte 8 needs 3 bytes, 2 remain"
    );

    let mut fmt = [1, 0, 1, 0, 0x40, 0x1F, 0, 0, 0x40, 0x1F, 0, 0, 1, 0, 8, 0];
    assert_eq!(WaveFormatView::new(&fmt).unwrap().sample_rate(), 8000);
    fmt[2] = 0;
    assert_eq!(
        WaveFormatView::new(&fmt).unwrap_err().to_string(),
        "WaveFormat.channels at byte 2 must be >= 1, got 0"
    );
    fmt[2] = 1;
    fmt[12] = 0;
    assert_eq!(
        WaveFormatView::new(&fmt).unwrap_err().to_string(),
        "WaveFormat.block_align at byte 12 must be >= 1, got 0"
    );
}

#[test]
fn a_written_file_reads_back() {
    let format = WaveFormat {
        audio_format: PCM,
        channels: 2,
        sample_rate: 8000,
        byte_rate: 32_000,
        block_align: 4,
        bits_per_sample: 16,
    };
    let frames: Vec<u8> = [(1_i16, -1_i16), (300, -300)]
        .iter()
        .flat_map(|(l, r)| [l.to_le_bytes(), r.to_le_bytes()].concat())
        .collect();
    let mut body = b"WAVE".to_vec();
    for (id, data) in [(*b"fmt ", format.to_bytes().unwrap().to_vec()), (*b"data", frames)] {
        let chunk = Chunk {
            id,
            size: u32::try_from(data.len()).unwrap(),
            data,
        };
        let at = body.len();
        body.resize(at + chunk.view_len(), 0);
        chunk.write_to(&mut body[at..]).unwrap();
    }
    let header = RiffHeader {
        id: *b"RIFF",
        size: u32::try_from(body.len()).unwrap(),
        form: *b"WAVE",
    };
    let file = [&header.to_bytes().unwrap()[..8], &body].concat();
    let wav = read_wav(&file).unwrap();
    assert_eq!(wav.format.to_owned(), format);
    assert_eq!(samples(wav.format, wav.data).unwrap(), [1, -1, 300, -300]);
    assert_eq!(
        read_wav(&file[..file.len() - 1]).err().unwrap(),
        format!("RIFF size {} for {} bytes", body.len(), body.len() - 1)
    );
}
