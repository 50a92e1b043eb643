//! Arrow import with rules checked: `PackedVec::try_from_record_batch` against `serde_arrow`
//! deserializing the same batch into a `Vec` followed by a validation loop over it, on
//! 1,000,000 rows; and the export the other way.
#![allow(missing_docs)]
#![allow(
    clippy::semicolon_if_nothing_returned,
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    reason = "measurement closures, synthetic data"
)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use serde::{Deserialize, Serialize};
use slotmodel::{Compact, PackedVec, Validate};

#[derive(Compact, Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Unit {
    Celsius,
    Fahrenheit,
    Kelvin,
}

/// The packed record: its rules are checked as each row is packed.
#[derive(Compact, Clone, Copy, Debug, PartialEq)]
#[slotmodel(arrow)]
pub struct Reading {
    #[bounded(max = 4_294_967_295)]
    timestamp: u64,
    #[bounded(min = -100.0, max = 1000.0)]
    value: f32,
    unit: Unit,
    #[bounded(1..=100)]
    quality: Option<u8>,
    ok: bool,
}

/// The same record and rules for the peer: deserialized by `serde_arrow`, then validated.
#[derive(Validate, Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlainReading {
    #[bounded(max = 4_294_967_295)]
    timestamp: u64,
    #[bounded(min = -100.0, max = 1000.0)]
    value: f32,
    unit: Unit,
    #[bounded(1..=100)]
    quality: Option<u8>,
    ok: bool,
}

const ROWS: u32 = 1_000_000;

fn batch() -> arrow_array::RecordBatch {
    let readings = PackedVec::try_from_iter((0..ROWS).map(|i| Reading {
        timestamp: 1_700_000_000 + u64::from(i),
        value: (i % 1000) as f32 * 0.5,
        unit: [Unit::Celsius, Unit::Fahrenheit, Unit::Kelvin][i as usize % 3],
        quality: (i % 7 != 0).then(|| (i % 100 + 1) as u8),
        ok: i % 2 == 0,
    }))
    .unwrap();
    readings.to_record_batch().unwrap()
}

fn import(c: &mut Criterion) {
    let batch = batch();
    let mut group = c.benchmark_group("arrow import, 1,000,000 rows, rules checked");
    group.throughput(Throughput::Elements(u64::from(ROWS)));
    group.sample_size(20);
    group.bench_function("PackedVec::try_from_record_batch", |b| {
        b.iter(|| PackedVec::<Reading>::try_from_record_batch(black_box(&batch)).unwrap())
    });
    group.bench_function("serde_arrow::from_record_batch + validate", |b| {
        b.iter(|| {
            let rows: Vec<PlainReading> = serde_arrow::from_record_batch(black_box(&batch)).unwrap();
            for row in &rows {
                row.validate().unwrap();
            }
            rows
        })
    });
    group.finish();

    let packed = PackedVec::<Reading>::try_from_record_batch(&batch).unwrap();
    let plain: Vec<PlainReading> = serde_arrow::from_record_batch(&batch).unwrap();
    let fields: Vec<arrow_schema::FieldRef> = serde_arrow::schema::SchemaLike::from_type::<PlainReading>(
        serde_arrow::schema::TracingOptions::default().enums_without_data_as_strings(true),
    )
    .unwrap();
    let mut group = c.benchmark_group("arrow export, 1,000,000 rows");
    group.throughput(Throughput::Elements(u64::from(ROWS)));
    group.sample_size(20);
    group.bench_function("PackedVec::to_record_batch", |b| {
        b.iter(|| black_box(&packed).to_record_batch().unwrap())
    });
    group.bench_function("serde_arrow::to_record_batch", |b| {
        b.iter(|| serde_arrow::to_record_batch(&fields, black_box(&plain)).unwrap())
    });
    group.finish();
}

criterion_group!(benches, import);
criterion_main!(benches);
