//! Packed getters and setters against plain field access, summing `value` over 1,000,000
//! packed readings against the plain `Vec`, scans of 10,000,000 records as rows and columns, and
//! a 10-bit column against the `bitpacking` crate.
#![allow(missing_docs)]
#![allow(
    clippy::semicolon_if_nothing_returned,
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    reason = "measurement closures, synthetic data"
)]

use std::convert::TryFrom;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use slotmodel::{Compact, PackedVec};

#[derive(Compact, Clone, Copy, Debug, PartialEq)]
pub enum Unit {
    Celsius,
    Fahrenheit,
    Kelvin,
}

#[derive(Compact, Debug, PartialEq, Clone, Copy)]
#[slotmodel(columns)]
pub struct SensorReading {
    #[bounded(max = 4_294_967_295)]
    timestamp: u64,
    value: f32,
    unit: Unit,
}

const COUNT: usize = 1_000_000;

fn readings() -> Vec<SensorReading> {
    (0..COUNT)
        .map(|i| SensorReading {
            timestamp: 1_700_000_000 + i as u64,
            value: (i % 100) as f32 * 0.5,
            unit: Unit::Celsius,
        })
        .collect()
}

fn access(c: &mut Criterion) {
    let plain = readings();
    let packed: Vec<SensorReadingPacked> = plain
        .iter()
        .map(|r| SensorReadingPacked::try_from(r).unwrap())
        .collect();
    let mut group = c.benchmark_group("one field");
    group.bench_function("plain get value", |b| {
        b.iter(|| black_box(&plain[black_box(500)]).value)
    });
    group.bench_function("packed get value", |b| {
        b.iter(|| black_box(&packed[black_box(500)]).value())
    });
    group.bench_function("plain get timestamp", |b| {
        b.iter(|| black_box(&plain[black_box(500)]).timestamp)
    });
    group.bench_function("packed get timestamp", |b| {
        b.iter(|| black_box(&packed[black_box(500)]).timestamp())
    });
    let mut one_plain = plain[0];
    let mut one_packed = packed[0];
    group.bench_function("plain set value", |b| {
        b.iter(|| black_box(&mut one_plain).value = black_box(1.5))
    });
    group.bench_function("packed set value", |b| {
        b.iter(|| black_box(&mut one_packed).set_value(black_box(1.5)))
    });
    group.bench_function("packed set timestamp (checked)", |b| {
        b.iter(|| {
            black_box(&mut one_packed)
                .set_timestamp(black_box(1_700_000_123))
                .unwrap()
        });
    });
    group.finish();

    let mut group = c.benchmark_group("sum value over 1,000,000");
    group.throughput(Throughput::Elements(COUNT as u64));
    group.bench_function("Vec<SensorReading>", |b| {
        b.iter(|| black_box(&plain).iter().map(|r| f64::from(r.value)).sum::<f64>())
    });
    group.bench_function("Vec<SensorReadingPacked>", |b| {
        b.iter(|| black_box(&packed).iter().map(|r| f64::from(r.value())).sum::<f64>());
    });
    group.finish();
}

const SCAN: usize = 10_000_000;

/// One field summed and two fields filtered over 10,000,000 records: rows as structs, rows
/// bit-packed back to back, and one bit-packed column per field.
fn scans(c: &mut Criterion) {
    let plain: Vec<SensorReading> = (0..SCAN)
        .map(|i| SensorReading {
            timestamp: 1_700_000_000 + i as u64,
            value: (i % 100) as f32 * 0.5,
            unit: [Unit::Celsius, Unit::Fahrenheit, Unit::Kelvin][i % 3],
        })
        .collect();
    let rows = PackedVec::<SensorReading>::try_from_iter(&plain).unwrap();
    let columns = SensorReadingColumns::try_from_iter(&plain).unwrap();
    let mut group = c.benchmark_group("scan 10,000,000 records");
    group.throughput(Throughput::Elements(SCAN as u64));
    group.sample_size(10);
    group.bench_function("sum timestamp: Vec<SensorReading>", |b| {
        b.iter(|| black_box(&plain).iter().map(|r| r.timestamp).sum::<u64>())
    });
    group.bench_function("sum timestamp: PackedVec<SensorReading>", |b| {
        b.iter(|| black_box(&rows).iter().map(|r| r.timestamp).sum::<u64>())
    });
    group.bench_function("sum timestamp: SensorReadingColumns", |b| {
        b.iter(|| black_box(&columns).timestamp().iter().sum::<u64>())
    });
    let hot = |value: f32, unit: Unit| unit == Unit::Kelvin && value > 30.0;
    group.bench_function("filter value and unit: Vec<SensorReading>", |b| {
        b.iter(|| black_box(&plain).iter().filter(|r| hot(r.value, r.unit)).count())
    });
    group.bench_function("filter value and unit: PackedVec<SensorReading>", |b| {
        b.iter(|| black_box(&rows).iter().filter(|r| hot(r.value, r.unit)).count())
    });
    group.bench_function("filter value and unit: SensorReadingColumns", |b| {
        let columns = black_box(&columns);
        b.iter(|| {
            columns
                .value()
                .iter()
                .zip(columns.unit())
                .filter(|&(v, u)| hot(v, u))
                .count()
        })
    });
    group.finish();
}

/// A 10-bit reading: 1,000 levels.
#[derive(Compact, Debug, PartialEq, Clone, Copy)]
#[slotmodel(columns)]
pub struct Level {
    #[bounded(max = 1000)]
    reading: u16,
}

/// A 10-bit column summed over 10,000,000 records against `bitpacking`'s `BitPacker4x`
/// unpacking the same values at 10 bits (SIMD where the machine has it) and summing them,
/// and against a `Vec<u16>` of the values.
fn bit_column(c: &mut Criterion) {
    use bitpacking::{BitPacker, BitPacker4x};

    let values: Vec<u16> = (0..SCAN).map(|i| (i * 7919 % 1001) as u16).collect();
    let columns = LevelColumns::try_from_iter(values.iter().map(|&reading| Level { reading })).unwrap();
    let packer = BitPacker4x::new();
    let mut bits = vec![0_u8; SCAN / BitPacker4x::BLOCK_LEN * 10 * BitPacker4x::BLOCK_LEN / 8];
    let wide: Vec<u32> = values.iter().map(|&v| u32::from(v)).collect();
    for (block, out) in wide
        .chunks_exact(BitPacker4x::BLOCK_LEN)
        .zip(bits.chunks_exact_mut(10 * BitPacker4x::BLOCK_LEN / 8))
    {
        packer.compress(block, out, 10);
    }
    let expected: u64 = values.iter().map(|&v| u64::from(v)).sum();
    assert_eq!(columns.reading().iter().map(u64::from).sum::<u64>(), expected);
    let mut group = c.benchmark_group("sum a 10-bit column of 10,000,000");
    group.throughput(Throughput::Elements(SCAN as u64));
    group.sample_size(20);
    group.bench_function("bitpacking BitPacker4x", |b| {
        b.iter(|| {
            let mut out = [0_u32; BitPacker4x::BLOCK_LEN];
            let mut sum = 0_u64;
            for block in black_box(&bits).chunks_exact(10 * BitPacker4x::BLOCK_LEN / 8) {
                packer.decompress(block, &mut out, 10);
                sum += out.iter().map(|&v| u64::from(v)).sum::<u64>();
            }
            sum
        })
    });
    group.bench_function("LevelColumns", |b| {
        b.iter(|| black_box(&columns).reading().iter().map(u64::from).sum::<u64>())
    });
    group.bench_function("Vec<u16>", |b| {
        b.iter(|| black_box(&values).iter().map(|&v| u64::from(v)).sum::<u64>())
    });
    group.finish();
}

criterion_group!(benches, access, scans, bit_column);
criterion_main!(benches);
