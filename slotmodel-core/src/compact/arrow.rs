//! Packed records to and from Arrow (`arrow` feature): a [`PackedVec`] of a struct deriving
//! `Compact` becomes a `RecordBatch` with one column per field, for Parquet files, `DataFusion` or
//! Polars; a `RecordBatch` comes back as a `PackedVec` only if every row passes its rules.

use alloc::string::{String, ToString};
use alloc::sync::Arc;
use alloc::vec::Vec;
use core::fmt;

use arrow_array::{Array, ArrayRef, BooleanArray, PrimitiveArray, RecordBatch, RecordBatchReader, StringArray};
use arrow_schema::{ArrowError, DataType, Field, Schema};

use crate::{Packable, PackedVec, ValidationErrors};

/// A field type with an Arrow column type: numbers, `bool`, `char` (its code point as a
/// `UInt32`), `Option`s of these (a nullable column), and fieldless enums deriving `Compact`
/// (their variant names as `Utf8`).
///
/// # Examples
///
/// ```
/// use slotmodel::ArrowField;
///
/// let column = <u16 as ArrowField>::column([3_u16, 7].iter());
/// assert_eq!(<u16 as ArrowField>::read(&column, 1), Some(7));
/// assert_eq!(<Option<u16> as ArrowField>::NULLABLE, true);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no Arrow column type",
    note = "Arrow export covers numbers, `bool`, `char`, `Option`s of these and fieldless enums; keep other fields out of records you export"
)]
pub trait ArrowField: Sized {
    /// Whether the column holds nulls: `true` for `Option`s.
    const NULLABLE: bool = false;
    /// The column's Arrow type.
    fn data_type() -> DataType;
    /// A column of `values`.
    fn column<'a>(values: impl Iterator<Item = &'a Self>) -> ArrayRef
    where
        Self: 'a;
    /// The value at `row`, or `None` when the column has another type, or a null where none
    /// may be, or a value of no `Self`.
    fn read(column: &ArrayRef, row: usize) -> Option<Self>;
}

macro_rules! arrow_numbers {
    ($($t:ty => $arrow:ident, $data:ident;)*) => {$(
        impl ArrowField for $t {
            fn data_type() -> DataType {
                DataType::$data
            }
            fn column<'a>(values: impl Iterator<Item = &'a Self>) -> ArrayRef {
                Arc::new(PrimitiveArray::<arrow_array::types::$arrow>::from_iter_values(values.copied()))
            }
            fn read(column: &ArrayRef, row: usize) -> Option<Self> {
                let column = column.as_any().downcast_ref::<PrimitiveArray<arrow_array::types::$arrow>>()?;
                (row < column.len() && !column.is_null(row)).then(|| column.value(row))
            }
        }
        impl ArrowField for Option<$t> {
            const NULLABLE: bool = true;
            fn data_type() -> DataType {
                DataType::$data
            }
            fn column<'a>(values: impl Iterator<Item = &'a Self>) -> ArrayRef {
                Arc::new(values.copied().collect::<PrimitiveArray<arrow_array::types::$arrow>>())
            }
            fn read(column: &ArrayRef, row: usize) -> Option<Self> {
                let column = column.as_any().downcast_ref::<PrimitiveArray<arrow_array::types::$arrow>>()?;
                (row < column.len()).then(|| (!column.is_null(row)).then(|| column.value(row)))
            }
        }
    )*};
}

arrow_numbers! {
    u8 => UInt8Type, UInt8; u16 => UInt16Type, UInt16; u32 => UInt32Type, UInt32; u64 => UInt64Type, UInt64;
    i8 => Int8Type, Int8; i16 => Int16Type, Int16; i32 => Int32Type, Int32; i64 => Int64Type, Int64;
    f32 => Float32Type, Float32; f64 => Float64Type, Float64;
}

impl ArrowField for bool {
    fn data_type() -> DataType {
        DataType::Boolean
    }
    fn column<'a>(values: impl Iterator<Item = &'a Self>) -> ArrayRef {
        Arc::new(values.map(|v| Some(*v)).collect::<BooleanArray>())
    }
    fn read(column: &ArrayRef, row: usize) -> Option<Self> {
        let column = column.as_any().downcast_ref::<BooleanArray>()?;
        (row < column.len() && !column.is_null(row)).then(|| column.value(row))
    }
}

impl ArrowField for char {
    fn data_type() -> DataType {
        DataType::UInt32
    }
    fn column<'a>(values: impl Iterator<Item = &'a Self>) -> ArrayRef {
        u32::column(values.map(|c| u32::from(*c)).collect::<Vec<_>>().iter())
    }
    fn read(column: &ArrayRef, row: usize) -> Option<Self> {
        u32::read(column, row).and_then(char::from_u32)
    }
}

impl ArrowField for Option<bool> {
    const NULLABLE: bool = true;
    fn data_type() -> DataType {
        DataType::Boolean
    }
    fn column<'a>(values: impl Iterator<Item = &'a Self>) -> ArrayRef {
        Arc::new(values.copied().collect::<BooleanArray>())
    }
    fn read(column: &ArrayRef, row: usize) -> Option<Self> {
        let column = column.as_any().downcast_ref::<BooleanArray>()?;
        (row < column.len()).then(|| (!column.is_null(row)).then(|| column.value(row)))
    }
}

impl ArrowField for Option<char> {
    const NULLABLE: bool = true;
    fn data_type() -> DataType {
        DataType::UInt32
    }
    fn column<'a>(values: impl Iterator<Item = &'a Self>) -> ArrayRef {
        <Option<u32>>::column(values.map(|c| c.map(u32::from)).collect::<Vec<_>>().iter())
    }
    fn read(column: &ArrayRef, row: usize) -> Option<Self> {
        match <Option<u32>>::read(column, row)? {
            Some(code) => char::from_u32(code).map(Some),
            None => Some(None),
        }
    }
}

/// Fieldless enums: the variant's name, in a `Utf8` column.
#[doc(hidden)]
pub fn enum_column<'a, T: 'a>(values: impl Iterator<Item = &'a T>, name: impl Fn(&T) -> &'static str) -> ArrayRef {
    Arc::new(values.map(|v| Some(name(v))).collect::<StringArray>())
}

/// The variant name at `row` of a `Utf8` column.
#[doc(hidden)]
#[must_use]
pub fn enum_name(column: &ArrayRef, row: usize) -> Option<&str> {
    let column = column.as_any().downcast_ref::<StringArray>()?;
    (row < column.len() && !column.is_null(row)).then(|| column.value(row))
}

/// A struct deriving `Compact` with `#[slotmodel(arrow)]`, whose fields all have Arrow column
/// types: a [`PackedVec`] of it converts to and from `RecordBatch`es.
///
/// # Examples
///
/// ```
/// use slotmodel::{ArrowRecord, Compact};
///
/// #[derive(Compact, Clone, Copy, Debug, PartialEq)]
/// #[slotmodel(arrow)]
/// struct Sample {
///     level: u16,
///     note: Option<char>,
/// }
///
/// let schema = Sample::schema();
/// assert_eq!(schema.field(0).name(), "level");
/// assert!(schema.field(1).is_nullable());
/// ```
pub trait ArrowRecord: Packable {
    /// One column per field, named as the field.
    fn schema() -> Schema;
    /// The columns of `records`.
    fn columns(records: &[Self]) -> Vec<ArrayRef>;
    /// The record at `row` of a batch whose schema is [`schema`](ArrowRecord::schema).
    ///
    /// # Errors
    ///
    /// A null where none may be, or a value of no field type (an unknown variant name).
    fn row(batch: &RecordBatch, row: usize) -> Result<Self, ArrowImportError>;
}

/// The Arrow field of a record field.
#[doc(hidden)]
#[must_use]
pub fn arrow_field<T: ArrowField>(name: &str) -> Field {
    Field::new(name, T::data_type(), T::NULLABLE)
}

/// Field `column` of the record at `row`.
///
/// # Errors
///
/// [`ArrowImportError::Value`] naming the row and field.
#[doc(hidden)]
pub fn arrow_value<T: ArrowField>(
    batch: &RecordBatch,
    column: usize,
    row: usize,
    field: &'static str,
) -> Result<T, ArrowImportError> {
    let array = batch.column(column);
    T::read(array, row).ok_or_else(|| ArrowImportError::Value {
        row,
        field,
        found: if array.is_null(row) {
            "null".to_string()
        } else {
            arrow_array::cast::AsArray::as_string_opt::<i32>(array.as_ref()).map_or_else(
                || "a value of another type".to_string(),
                |names| alloc::format!("{:?}", names.value(row)),
            )
        },
    })
}

/// Why a `RecordBatch` is not a vector of the records asked for.
///
/// # Examples
///
/// ```
/// use slotmodel::{ArrowImportError, Compact, PackedVec};
///
/// #[derive(Compact, Clone, Copy, Debug, PartialEq)]
/// #[slotmodel(arrow)]
/// struct Wide { level: u32 }
/// #[derive(Compact, Clone, Copy, Debug, PartialEq)]
/// #[slotmodel(arrow)]
/// struct Narrow { level: u8 }
///
/// let batch = PackedVec::<Wide>::try_from_iter([Wide { level: 300 }])?.to_record_batch().unwrap();
/// let err = PackedVec::<Narrow>::try_from_record_batch(&batch).unwrap_err();
/// assert!(matches!(err, ArrowImportError::Schema { .. }));
/// # Ok::<(), slotmodel::ValidationErrors>(())
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum ArrowImportError {
    /// The batch's schema is not the record's: the first difference.
    Schema {
        /// As the record has it.
        expected: String,
        /// As the batch has it.
        found: String,
    },
    /// A row holds a null where the field takes none, or a value of no field type.
    Value {
        /// The row.
        row: usize,
        /// The field.
        field: &'static str,
        /// What the row holds.
        found: String,
    },
    /// A row breaks its rules: every rule, the fields prefixed with the row (`Reading[3].level`).
    Refused(ValidationErrors),
    /// A [`RecordBatchReader`] failed to give the next batch.
    Read {
        /// The row the batch would have started at.
        row: usize,
        /// What the reader reported.
        error: ArrowError,
    },
}

impl ArrowImportError {
    /// The error with its row counted from `first`, the batch's first row in the whole input.
    fn counted_from(self, first: usize) -> Self {
        match self {
            ArrowImportError::Value { row, field, found } => ArrowImportError::Value {
                row: first + row,
                field,
                found,
            },
            other => other,
        }
    }
}

impl fmt::Display for ArrowImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ArrowImportError::Schema { expected, found } => {
                write!(f, "the batch has {found}, the record has {expected}")
            }
            ArrowImportError::Value { row, field, found } => {
                write!(f, "row {row}: `{field}` holds {found}, no value of its type")
            }
            ArrowImportError::Refused(errors) => write!(f, "a row breaks its rules: {errors}"),
            ArrowImportError::Read { row, error } => write!(f, "reading the batch from row {row} failed: {error}"),
        }
    }
}

impl std::error::Error for ArrowImportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ArrowImportError::Refused(errors) => Some(errors),
            ArrowImportError::Read { error, .. } => Some(error),
            _ => None,
        }
    }
}

impl<T: ArrowRecord> PackedVec<T> {
    /// The records as an Arrow `RecordBatch`, one column per field.
    ///
    /// # Errors
    ///
    /// What Arrow reports building the batch.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::{Compact, PackedVec};
    ///
    /// #[derive(Compact, Clone, Copy, Debug, PartialEq)]
    /// enum Unit { Celsius, Kelvin }
    ///
    /// #[derive(Compact, Clone, Copy, Debug, PartialEq)]
    /// #[slotmodel(arrow)]
    /// struct Reading {
    ///     #[bounded(max = 1000)]
    ///     level: u16,
    ///     unit: Unit,
    /// }
    ///
    /// let readings = PackedVec::<Reading>::try_from_iter([Reading { level: 7, unit: Unit::Kelvin }])?;
    /// let batch = readings.to_record_batch().unwrap();
    /// assert_eq!(batch.num_rows(), 1);
    /// assert_eq!(batch.schema().field(1).name(), "unit");
    /// assert_eq!(PackedVec::<Reading>::try_from_record_batch(&batch).unwrap(), readings);
    /// # Ok::<(), slotmodel::ValidationErrors>(())
    /// ```
    pub fn to_record_batch(&self) -> Result<RecordBatch, ArrowError> {
        let records: Vec<T> = self.iter().collect();
        RecordBatch::try_new(Arc::new(T::schema()), T::columns(&records))
    }

    /// The records of an Arrow `RecordBatch` whose schema is the record's, if every row passes
    /// its rules. The schema's nullability is not compared: pandas, Polars and most engines mark
    /// every column nullable, so a null is refused where one stands in a field that takes none.
    ///
    /// # Errors
    ///
    /// The first difference of schema, the first row holding no value of a field's type (a null
    /// outside an `Option` field), or the first row that breaks a rule.
    ///
    /// # Examples
    ///
    /// See [`to_record_batch`](PackedVec::to_record_batch); a column marked nullable that holds
    /// no null is read, a null is refused with its row:
    ///
    /// ```
    /// use std::sync::Arc;
    /// use arrow_array::{RecordBatch, UInt16Array};
    /// use slotmodel::{ArrowRecord, Compact, PackedVec};
    ///
    /// #[derive(Compact, Clone, Copy, Debug, PartialEq)]
    /// #[slotmodel(arrow)]
    /// struct Sample { level: u16 }
    ///
    /// let field = Sample::schema().field(0).clone().with_nullable(true);
    /// let schema = Arc::new(arrow_schema::Schema::new(vec![field]));
    /// let full = RecordBatch::try_new(schema.clone(), vec![Arc::new(UInt16Array::from(vec![1, 2]))]).unwrap();
    /// assert_eq!(PackedVec::<Sample>::try_from_record_batch(&full).unwrap().len(), 2);
    /// let holed = RecordBatch::try_new(schema, vec![Arc::new(UInt16Array::from(vec![Some(1), None]))]).unwrap();
    /// let err = PackedVec::<Sample>::try_from_record_batch(&holed).unwrap_err();
    /// assert_eq!(err.to_string(), "row 1: `level` holds null, no value of its type");
    /// ```
    pub fn try_from_record_batch(batch: &RecordBatch) -> Result<Self, ArrowImportError> {
        check_schema::<T>(&batch.schema())?;
        let mut out = PackedVec::with_capacity(batch.num_rows());
        out.extend_from_batch(batch)?;
        Ok(out)
    }

    /// The records of every batch of `reader` (a Parquet file's reader, an IPC stream, or a
    /// `RecordBatchIterator` over batches at hand), as [`try_from_record_batch`] takes one; the
    /// rows in its errors are counted across the batches, from the first row of the first.
    ///
    /// [`try_from_record_batch`]: PackedVec::try_from_record_batch
    ///
    /// # Errors
    ///
    /// As [`try_from_record_batch`], and [`ArrowImportError::Read`] when the reader fails.
    ///
    /// # Examples
    ///
    /// ```
    /// use arrow_array::RecordBatchIterator;
    /// use slotmodel::{ArrowRecord, Compact, PackedVec};
    ///
    /// #[derive(Compact, Clone, Copy, Debug, PartialEq)]
    /// #[slotmodel(arrow)]
    /// struct Sample { #[bounded(max = 100)] level: u16 }
    ///
    /// let batch = |levels: &[u16]| {
    ///     let samples = PackedVec::<Sample>::try_from_iter(levels.iter().map(|&level| Sample { level })).unwrap();
    ///     samples.to_record_batch()
    /// };
    /// let batches = vec![batch(&[1, 2]), batch(&[3, 4])];
    /// let reader = RecordBatchIterator::new(batches, Sample::schema().into());
    /// assert_eq!(PackedVec::<Sample>::try_from_record_batches(reader).unwrap().len(), 4);
    /// ```
    pub fn try_from_record_batches(reader: impl RecordBatchReader) -> Result<Self, ArrowImportError> {
        check_schema::<T>(&reader.schema())?;
        let mut out = PackedVec::new();
        for batch in reader {
            let batch = batch.map_err(|error| ArrowImportError::Read { row: out.len(), error })?;
            check_schema::<T>(&batch.schema())?;
            out.extend_from_batch(&batch)?;
        }
        Ok(out)
    }

    /// Appends the rows of `batch`, whose schema was checked; the rows of errors count from the
    /// records already held.
    fn extend_from_batch(&mut self, batch: &RecordBatch) -> Result<(), ArrowImportError> {
        let first = self.len();
        for row in 0..batch.num_rows() {
            let record = T::row(batch, row).map_err(|error| error.counted_from(first))?;
            self.push(record)
                .map_err(|errors| ArrowImportError::Refused(errors.at_index(first + row)))?;
        }
        Ok(())
    }
}

/// The first difference between `found` and the record's schema, nullability aside: a column
/// marked nullable may hold no null, and a null is refused at its row.
fn check_schema<T: ArrowRecord>(found: &Schema) -> Result<(), ArrowImportError> {
    let expected = T::schema();
    for index in 0..expected.fields().len().max(found.fields().len()) {
        let describe = |schema: &Schema| {
            schema.fields().get(index).map_or_else(
                || alloc::format!("no field {index}"),
                |f| alloc::format!("field {index} `{}: {}`", f.name(), f.data_type()),
            )
        };
        let (want, have) = (describe(&expected), describe(found));
        if want != have {
            return Err(ArrowImportError::Schema {
                expected: want,
                found: have,
            });
        }
    }
    Ok(())
}

/// `ArrowRecord` for a struct, from its fields: `arrow_record!(Name { 0 "a" a: u8, 1 "b" b: bool })`.
#[doc(hidden)]
#[macro_export]
macro_rules! __arrow_record {
    ($name:ident { $($index:literal $field:literal $member:tt : $ty:ty),* $(,)? }) => {
        #[automatically_derived]
        impl $crate::__private::ArrowRecord for $name {
            fn schema() -> $crate::__private::arrow_schema::Schema {
                $crate::__private::arrow_schema::Schema::new($crate::__private::Vec::from([
                    $($crate::__private::arrow_field::<$ty>($field)),*
                ]))
            }
            fn columns(records: &[Self]) -> $crate::__private::Vec<$crate::__private::arrow_array::ArrayRef> {
                $crate::__private::Vec::from([
                    $(<$ty as $crate::__private::ArrowField>::column(records.iter().map(|r| &r.$member))),*
                ])
            }
            fn row(batch: &$crate::__private::arrow_array::RecordBatch, row: usize) -> $crate::__private::Result<Self, $crate::__private::ArrowImportError> {
                let _ = (batch, row);
                $crate::__private::Ok($name { $($member: $crate::__private::arrow_value::<$ty>(batch, $index, row, $field)?),* })
            }
        }
    };
}

/// `ArrowField` for a fieldless enum, by variant name: `arrow_enum!(Unit { Celsius, Kelvin })`.
#[doc(hidden)]
#[macro_export]
macro_rules! __arrow_enum {
    ($name:ident { $($variant:ident),* $(,)? }) => {
        #[automatically_derived]
        impl $crate::__private::ArrowField for $name {
            fn data_type() -> $crate::__private::arrow_schema::DataType {
                $crate::__private::arrow_schema::DataType::Utf8
            }
            fn column<'a>(values: impl ::core::iter::Iterator<Item = &'a Self>) -> $crate::__private::arrow_array::ArrayRef {
                $crate::__private::enum_column(values, |v| match v { $($name::$variant => ::core::stringify!($variant)),* })
            }
            fn read(column: &$crate::__private::arrow_array::ArrayRef, row: usize) -> $crate::__private::Option<Self> {
                match $crate::__private::enum_name(column, row)? {
                    $(::core::stringify!($variant) => $crate::__private::Some($name::$variant),)*
                    _ => $crate::__private::None,
                }
            }
        }
    };
}
