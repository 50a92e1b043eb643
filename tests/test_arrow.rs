//! Packed records to Arrow and back, through a Parquet file written and read by Arrow's own
//! Parquet crate: every value survives, and a batch that breaks a rule or does not match the
//! record's schema is refused, naming the row and field.

use std::sync::Arc;

use arrow_array::{Array, ArrayRef, PrimitiveArray, RecordBatch, StringArray};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use parquet::arrow::ArrowWriter;
use slotmodel::{ArrowImportError, Compact, PackedVec};

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

/// A sensor reading with every kind of column.
#[derive(Compact, Clone, Copy, Debug, PartialEq)]
#[slotmodel(arrow)]
pub struct Reading {
    #[bounded(max = 4_294_967_295)]
    timestamp: u64,
    value: f32,
    unit: Unit,
    #[bounded(1..=100)]
    quality: Option<u8>,
    ok: bool,
    code: char,
}

fn readings(count: u32) -> PackedVec<Reading> {
    PackedVec::try_from_iter((0..count).map(|i| Reading {
        timestamp: 1_700_000_000 + u64::from(i),
        value: f32::from(u16::try_from(i % 1000).unwrap()) * 0.5,
        unit: [Unit::Celsius, Unit::Fahrenheit, Unit::Kelvin][i as usize % 3],
        quality: (i % 7 != 0).then(|| u8::try_from(i % 100 + 1).unwrap()),
        ok: i % 2 == 0,
        code: char::from_u32(0x41 + i % 26).unwrap(),
    }))
    .unwrap()
}

#[test]
fn a_parquet_file_round_trips_through_arrows_own_reader() {
    let original = readings(10_000);
    let batch = original.to_record_batch().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("readings.parquet");
    let mut writer = ArrowWriter::try_new(std::fs::File::create(&path).unwrap(), batch.schema(), None).unwrap();
    writer.write(&batch).unwrap();
    writer.close().unwrap();

    let reader = ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(&path).unwrap())
        .unwrap()
        .build()
        .unwrap();
    let mut back = PackedVec::<Reading>::new();
    for read in reader {
        let read = read.unwrap();
        assert_eq!(read.schema().fields(), batch.schema().fields());
        back.try_extend(PackedVec::<Reading>::try_from_record_batch(&read).unwrap().iter())
            .unwrap();
    }
    assert_eq!(back, original);
    let units = batch.column(2).as_any().downcast_ref::<StringArray>().unwrap();
    assert_eq!((units.value(0), units.value(2)), ("Celsius", "Kelvin"));
    assert_eq!(batch.column(3).null_count(), 10_000_usize.div_ceil(7));
}

fn with_column(batch: &RecordBatch, index: usize, column: ArrayRef) -> RecordBatch {
    let mut columns = batch.columns().to_vec();
    columns[index] = column;
    RecordBatch::try_new(batch.schema(), columns).unwrap()
}

#[test]
fn a_batch_that_breaks_a_rule_is_refused_naming_row_and_field() {
    let batch = readings(3).to_record_batch().unwrap();
    let quality: PrimitiveArray<arrow_array::types::UInt8Type> = [Some(5), Some(101), None].into_iter().collect();
    let err = PackedVec::<Reading>::try_from_record_batch(&with_column(&batch, 3, Arc::new(quality))).unwrap_err();
    assert_eq!(
        err.to_string(),
        "a row breaks its rules: Reading[1].quality must be <= 100, got 101"
    );
    assert!(matches!(err, ArrowImportError::Refused(_)));

    let units = StringArray::from(vec!["Celsius", "Rankine", "Kelvin"]);
    let err = PackedVec::<Reading>::try_from_record_batch(&with_column(&batch, 2, Arc::new(units))).unwrap_err();
    assert_eq!(err.to_string(), "row 1: `unit` holds \"Rankine\", no value of its type");
}

#[test]
fn a_batch_of_another_schema_is_refused_with_the_first_difference() {
    #[derive(Compact, Clone, Copy, Debug, PartialEq)]
    #[slotmodel(arrow)]
    struct Other {
        timestamp: u32,
    }
    let batch = PackedVec::<Other>::try_from_iter([Other { timestamp: 1 }])
        .unwrap()
        .to_record_batch()
        .unwrap();
    let err = PackedVec::<Reading>::try_from_record_batch(&batch).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the batch has field 0 `timestamp: UInt32`, the record has field 0 `timestamp: UInt64`"
    );
}
