//! Packed records to Arrow and back, through a Parquet file written and read by Arrow's own
//! Parquet crate: every value survives, and a batch that breaks a rule or does not match the
//! record's schema is refused, naming the row and field.

use std::sync::Arc;

use arrow_array::{Array, ArrayRef, Float32Array, PrimitiveArray, RecordBatch, RecordBatchIterator, StringArray};
use arrow_schema::{ArrowError, Schema};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use parquet::arrow::ArrowWriter;
use slotmodel::{ArrowImportError, ArrowRecord, Compact, PackedVec};

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

/// `batch` with every column marked nullable, as pandas, Polars and most engines write them.
fn all_nullable(batch: &RecordBatch) -> RecordBatch {
    let fields: Vec<_> = batch
        .schema()
        .fields()
        .iter()
        .map(|field| field.as_ref().clone().with_nullable(true))
        .collect();
    RecordBatch::try_new(Arc::new(Schema::new(fields)), batch.columns().to_vec()).unwrap()
}

#[test]
fn columns_marked_nullable_without_a_null_are_read() {
    let original = readings(50);
    let batch = all_nullable(&original.to_record_batch().unwrap());
    assert!(batch.schema().fields().iter().all(|field| field.is_nullable()));
    assert_eq!(PackedVec::<Reading>::try_from_record_batch(&batch).unwrap(), original);
    // The other way too: an `Option` field from a column that says it holds no null.
    let fields: Vec<_> = Reading::schema()
        .fields()
        .iter()
        .map(|field| field.as_ref().clone().with_nullable(false))
        .collect();
    let quality: PrimitiveArray<arrow_array::types::UInt8Type> = (1..=50).map(Some).collect();
    let batch = with_column(&batch, 3, Arc::new(quality));
    let strict = RecordBatch::try_new(Arc::new(Schema::new(fields)), batch.columns().to_vec()).unwrap();
    let back = PackedVec::<Reading>::try_from_record_batch(&strict).unwrap();
    assert_eq!(back.get(49).unwrap().quality, Some(50));
}

/// A column of `rows` values with a null at `null`.
fn values_with_null(rows: usize, null: Option<usize>) -> ArrayRef {
    Arc::new(
        (0..rows)
            .map(|row| (Some(row) != null).then_some(1.5))
            .collect::<Float32Array>(),
    )
}

#[test]
fn a_null_in_a_field_that_takes_none_is_refused_at_its_row() {
    let batch = all_nullable(&readings(4).to_record_batch().unwrap());
    for row in [0, 2, 3] {
        let holed = with_column(&batch, 1, values_with_null(4, Some(row)));
        let err = PackedVec::<Reading>::try_from_record_batch(&holed).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("row {row}: `value` holds null, no value of its type")
        );
    }
    let units = StringArray::from(vec![Some("Celsius"), None, Some("Kelvin"), Some("Kelvin")]);
    let err = PackedVec::<Reading>::try_from_record_batch(&with_column(&batch, 2, Arc::new(units))).unwrap_err();
    assert_eq!(err.to_string(), "row 1: `unit` holds null, no value of its type");
    assert!(matches!(
        err,
        ArrowImportError::Value {
            row: 1,
            field: "unit",
            ..
        }
    ));
}

/// Three batches of 4, 5 and 6 rows, all columns nullable, the third with a null in `value`
/// at `null` and a quality of 101 at `refused` (both counted in the third batch).
fn three_batches(null: Option<usize>, refused: Option<usize>) -> Vec<RecordBatch> {
    let whole = readings(15).to_record_batch().unwrap();
    let mut batches: Vec<_> = [(0, 4), (4, 5), (9, 6)]
        .into_iter()
        .map(|(offset, len)| all_nullable(&whole.slice(offset, len)))
        .collect();
    batches[2] = with_column(&batches[2], 1, values_with_null(6, null));
    if let Some(refused) = refused {
        let quality: PrimitiveArray<arrow_array::types::UInt8Type> =
            (0..6).map(|row| Some(if row == refused { 101 } else { 1 })).collect();
        batches[2] = with_column(&batches[2], 3, Arc::new(quality));
    }
    batches
}

fn reader(batches: Vec<RecordBatch>) -> impl arrow_array::RecordBatchReader {
    let schema = batches[0].schema();
    RecordBatchIterator::new(batches.into_iter().map(Ok), schema)
}

#[test]
fn rows_in_errors_over_several_batches_count_from_the_first_batch() {
    let read = PackedVec::<Reading>::try_from_record_batches(reader(three_batches(None, None))).unwrap();
    assert_eq!(read.len(), 15);
    let whole = readings(15);
    let expected = whole.iter().enumerate().map(|(row, reading)| {
        if row < 9 {
            reading
        } else {
            Reading { value: 1.5, ..reading }
        }
    });
    assert_eq!(read, PackedVec::try_from_iter(expected).unwrap());
    for (row, global) in [(0, 9), (2, 11), (5, 14)] {
        let err = PackedVec::<Reading>::try_from_record_batches(reader(three_batches(Some(row), None))).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("row {global}: `value` holds null, no value of its type")
        );
        let err = PackedVec::<Reading>::try_from_record_batches(reader(three_batches(None, Some(row)))).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("a row breaks its rules: Reading[{global}].quality must be <= 100, got 101")
        );
    }
    // One batch alone counts its own rows.
    let err = PackedVec::<Reading>::try_from_record_batch(&three_batches(Some(2), None)[2]).unwrap_err();
    assert_eq!(err.to_string(), "row 2: `value` holds null, no value of its type");
}

#[test]
fn a_failing_reader_and_a_reader_of_another_schema_are_refused() {
    let batches = three_batches(None, None);
    let schema = batches[0].schema();
    let items = vec![Ok(batches[0].clone()), Err(ArrowError::ParseError("cut short".into()))];
    let err = PackedVec::<Reading>::try_from_record_batches(RecordBatchIterator::new(items, schema)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "reading the batch from row 4 failed: Parser error: cut short"
    );
    assert!(std::error::Error::source(&err).is_some());

    let other = Arc::new(Schema::new(vec![arrow_schema::Field::new(
        "timestamp",
        arrow_schema::DataType::UInt32,
        true,
    )]));
    let empty = RecordBatchIterator::new(Vec::new(), other);
    let err = PackedVec::<Reading>::try_from_record_batches(empty).unwrap_err();
    assert!(matches!(err, ArrowImportError::Schema { .. }), "{err}");
    let none = RecordBatchIterator::new(Vec::new(), Arc::new(Reading::schema()));
    assert!(PackedVec::<Reading>::try_from_record_batches(none).unwrap().is_empty());
}

#[test]
fn a_parquet_file_of_nullable_columns_is_read_across_its_batches() {
    let original = readings(2_500);
    let batch = all_nullable(&original.to_record_batch().unwrap());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nullable.parquet");
    let mut writer = ArrowWriter::try_new(std::fs::File::create(&path).unwrap(), batch.schema(), None).unwrap();
    writer.write(&batch).unwrap();
    writer.close().unwrap();
    let reader = ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(&path).unwrap())
        .unwrap()
        .with_batch_size(1_000)
        .build()
        .unwrap();
    assert_eq!(PackedVec::<Reading>::try_from_record_batches(reader).unwrap(), original);
}

/// `batch` with its `unit` column dictionary-encoded, as pandas' categoricals and Polars' enums
/// arrive, its schema saying so.
fn with_dictionary_units(batch: &RecordBatch, names: &[Option<&str>]) -> RecordBatch {
    let units: arrow_array::DictionaryArray<arrow_array::types::Int8Type> = names.iter().copied().collect();
    let mut fields: Vec<arrow_schema::Field> = batch.schema().fields().iter().map(|f| f.as_ref().clone()).collect();
    fields[2] = fields[2]
        .clone()
        .with_data_type(units.data_type().clone())
        .with_nullable(true);
    let mut columns = batch.columns().to_vec();
    columns[2] = Arc::new(units);
    RecordBatch::try_new(Arc::new(Schema::new(fields)), columns).unwrap()
}

#[test]
fn a_dictionary_of_names_is_read_as_the_enum_it_names() {
    use Unit::{Celsius, Fahrenheit, Kelvin};
    let original = readings(6);
    let batch = original.to_record_batch().unwrap();
    let names = ["Kelvin", "Celsius", "Kelvin", "Fahrenheit", "Kelvin", "Celsius"].map(Some);
    let read = PackedVec::<Reading>::try_from_record_batch(&with_dictionary_units(&batch, &names)).unwrap();
    let units: Vec<Unit> = read.iter().map(|r| r.unit).collect();
    assert_eq!(units, [Kelvin, Celsius, Kelvin, Fahrenheit, Kelvin, Celsius]);
    let rest: Vec<u64> = read.iter().map(|r| r.timestamp).collect();
    assert_eq!(rest, original.iter().map(|r| r.timestamp).collect::<Vec<_>>());

    let mut unknown = names;
    unknown[4] = Some("Rankine");
    let error = PackedVec::<Reading>::try_from_record_batch(&with_dictionary_units(&batch, &unknown)).unwrap_err();
    assert_eq!(
        error.to_string(),
        "row 4: `unit` holds \"Rankine\", no value of its type"
    );
    let mut holed = names;
    holed[1] = None;
    let error = PackedVec::<Reading>::try_from_record_batch(&with_dictionary_units(&batch, &holed)).unwrap_err();
    assert_eq!(error.to_string(), "row 1: `unit` holds null, no value of its type");
}
