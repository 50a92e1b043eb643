//! Packed records leave memory and come back without decoding: 10,000,000 sensor readings are
//! written to a file in the self-describing packed form, then the file is memory-mapped and read
//! in place through a `PackedSlice`, after one check of its header and every record. Prints
//! MB/s beside a plain `write` and `read` of the same bytes.
//!
//! Run: `cargo run --release --example packed_file [-- RECORDS]`

use std::fs::File;
use std::io::{BufWriter, Write};
use std::time::Instant;

use slotmodel::{Compact, PackedSlice, PackedVec};

/// How a reading was taken.
#[derive(Compact, Clone, Copy, Debug, PartialEq)]
pub enum Unit {
    /// Degrees Celsius.
    Celsius,
    /// Degrees Fahrenheit.
    Fahrenheit,
    /// Kelvin.
    Kelvin,
}

/// One sensor reading: 66 bits packed.
#[derive(Compact, Clone, Copy, Debug, PartialEq)]
pub struct SensorReading {
    #[bounded(max = 4_294_967_295)]
    timestamp: u64,
    value: f32,
    unit: Unit,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let count: usize = std::env::args().nth(1).map_or(Ok(10_000_000), |n| n.parse())?;
    #[allow(clippy::cast_precision_loss, reason = "synthetic values")]
    let readings = PackedVec::<SensorReading>::try_from_iter((0..count).map(|i| SensorReading {
        timestamp: 1_700_000_000 + i as u64 % 1_000_000,
        value: (i % 1000) as f32 * 0.1,
        unit: [Unit::Celsius, Unit::Fahrenheit, Unit::Kelvin][i % 3],
    }))?;
    let dir = tempfile::tempdir()?;
    let (packed_path, plain_path) = (dir.path().join("readings.slotmodel"), dir.path().join("plain.bin"));

    let started = Instant::now();
    let mut out = BufWriter::new(File::create(&packed_path)?);
    readings.write_to(&mut out)?;
    out.into_inner()?.sync_all()?;
    let write_packed = started.elapsed();
    let file_len = std::fs::metadata(&packed_path)?.len();

    let started = Instant::now();
    let mut plain = File::create(&plain_path)?;
    plain.write_all(readings.as_bytes())?;
    plain.sync_all()?;
    let write_plain = started.elapsed();

    let file = File::open(&packed_path)?;
    let started = Instant::now();
    // SAFETY: the file was written above and is not changed while the map lives; a file changed
    // by another process under a map is the one hazard memory maps carry.
    #[allow(unsafe_code, reason = "memory-mapping a file is unsafe by nature")]
    let map = unsafe { memmap2::Mmap::map(&file)? };
    let slice = PackedSlice::<SensorReading>::from_file(&map)?;
    let open_packed = started.elapsed();
    let started = Instant::now();
    let sum: u64 = slice.iter().map(|r| r.timestamp).sum();
    let scan = started.elapsed();

    let started = Instant::now();
    let bytes = std::fs::read(&plain_path)?;
    let read_plain = started.elapsed();
    assert_eq!(bytes, readings.as_bytes());
    assert_eq!(slice.get(count / 2), readings.get(count / 2));

    #[allow(clippy::cast_precision_loss, reason = "figures for display")]
    let mb_per_s = |bytes: u64, time: std::time::Duration| bytes as f64 / 1e6 / time.as_secs_f64();
    let data = readings.as_bytes().len() as u64;
    println!(
        "{count} readings, {} bits each: {file_len} bytes on disk ({} of header)",
        SensorReading::LAYOUT.packed_bits,
        file_len - data
    );
    println!(
        "  write, packed file with header   {:>9.0} MB/s",
        mb_per_s(file_len, write_packed)
    );
    println!(
        "  write, the same bytes plainly    {:>9.0} MB/s",
        mb_per_s(data, write_plain)
    );
    println!(
        "  open: map and check every record {:>9.0} MB/s",
        mb_per_s(file_len, open_packed)
    );
    println!(
        "  read, the same bytes plainly     {:>9.0} MB/s",
        mb_per_s(data, read_plain)
    );
    println!(
        "  scan of the mapped records       {:>9.0} MB/s (sum of timestamps {sum})",
        mb_per_s(data, scan)
    );
    Ok(())
}
