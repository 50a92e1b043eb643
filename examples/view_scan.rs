//! Files larger than memory, read through views: writes a file of 16-byte records (2 GiB by
//! default), memory-maps it, and sums a field through `ReadingView::records`, which checks every
//! record, beside a plain sum of the same bytes (the machine's memory bandwidth) and a
//! hand-written loop that makes the same checks.
//!
//! Run: `cargo run --release --example view_scan [-- MEBIBYTES]`

use std::fs::File;
use std::io::{BufWriter, Write};
use std::time::{Duration, Instant};

use slotmodel::View;

/// One sensor record, 16 bytes, little-endian.
#[derive(View, Debug, PartialEq)]
#[view(size = 16)]
pub struct Reading {
    timestamp: u64,
    value: f32,
    #[bounded(max = 1000)]
    level: u16,
    ok: bool,
    kind: u8,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mebibytes: u64 = std::env::args().nth(1).map_or(Ok(2048), |n| n.parse())?;
    let records = mebibytes * 1024 * 1024 / 16;
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("readings.bin");
    let mut out = BufWriter::with_capacity(1 << 20, File::create(&path)?);
    for i in 0..records {
        let reading = Reading {
            timestamp: i,
            value: 0.5,
            level: (i % 1001) as u16,
            ok: i % 2 == 0,
            kind: 7,
        };
        out.write_all(&reading.to_bytes()?)?;
    }
    out.into_inner()?.sync_all()?;

    let file = File::open(&path)?;
    // SAFETY: the file was written above and is not changed while the map lives; a file changed
    // by another process under a map is the one hazard memory maps carry.
    #[allow(unsafe_code, reason = "memory-mapping a file is unsafe by nature")]
    let map = unsafe { memmap2::Mmap::map(&file)? };
    let bytes: &[u8] = &map;

    // Both scans read every byte once before timing, so neither pays for the page faults.
    let plain = |bytes: &[u8]| {
        bytes
            .chunks_exact(16)
            .map(|r| u64::from_le_bytes(r[..8].try_into().unwrap_or_default()))
            .sum::<u64>()
    };
    // What `ReadingView::records` checks, written out: a `level` of at most 1000, an `ok` of 0 or 1.
    let hand_checked = |bytes: &[u8]| {
        bytes
            .chunks_exact(16)
            .map(|r| {
                let level = u16::from_le_bytes([r[12], r[13]]);
                if level <= 1000 && r[14] <= 1 {
                    u64::from_le_bytes(r[..8].try_into().unwrap_or_default())
                } else {
                    0
                }
            })
            .sum::<u64>()
    };
    let viewed = |bytes: &[u8]| {
        ReadingView::records(bytes)
            .map(|r| r.map_or(0, |r| r.timestamp()))
            .sum::<u64>()
    };
    assert_eq!(plain(bytes), viewed(bytes));
    assert_eq!(hand_checked(bytes), viewed(bytes));
    let (plain_time, plain_sum) = best_of(3, || plain(bytes));
    let (hand_time, hand_sum) = best_of(3, || hand_checked(bytes));
    let (view_time, view_sum) = best_of(3, || viewed(bytes));
    assert_eq!((plain_sum, hand_sum), (view_sum, view_sum));

    #[allow(clippy::cast_precision_loss, reason = "figures for display")]
    let gb_per_s = |time: Duration| bytes.len() as f64 / 1e9 / time.as_secs_f64();
    println!("{records} records, {} MiB, memory-mapped", bytes.len() >> 20);
    println!(
        "  plain sum of the bytes                 {:>6.2} GB/s",
        gb_per_s(plain_time)
    );
    println!(
        "  hand-written loop, the same checks     {:>6.2} GB/s",
        gb_per_s(hand_time)
    );
    println!(
        "  ReadingView::records (every record checked) {:>6.2} GB/s",
        gb_per_s(view_time)
    );
    println!(
        "  views take {:.2}x the plain scan's time, {:.2}x the hand-written checked loop's",
        view_time.as_secs_f64() / plain_time.as_secs_f64(),
        view_time.as_secs_f64() / hand_time.as_secs_f64()
    );
    Ok(())
}

fn best_of(rounds: u32, mut scan: impl FnMut() -> u64) -> (Duration, u64) {
    (0..rounds)
        .map(|_| {
            let started = Instant::now();
            let sum = std::hint::black_box(scan());
            (started.elapsed(), sum)
        })
        .min_by_key(|&(time, _)| time)
        .unwrap_or_default()
}
