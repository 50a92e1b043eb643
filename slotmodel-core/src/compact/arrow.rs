//! Packed records to and from Arrow (`arrow` feature): a [`PackedVec`] of a struct deriving
//! `Compact` becomes a `RecordBatch` with one column per field, for Parquet files, `DataFusion` or
//! Polars; a `RecordBatch` comes back as a `PackedVec` only if every row passes its rules.

use alloc::string::{String, ToString};
use alloc::sync::Arc;
use alloc::vec::Vec;
use core::fmt;

use arrow_array::cast::AsArray;
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
    /// A column of this type, downcast once to be read row by row.
    type Column<'a>;
    /// `column` as a column of this type, or `None` when it has another type.
    fn downcast(column: &ArrayRef) -> Option<Self::Column<'_>>;
    /// The value at `row` (within the column), or `None` for a null where none may be, or a
    /// value of no `Self`.
    fn value(column: &Self::Column<'_>, row: usize) -> Option<Self>;
    /// The value at `row`, or `None` when the column has another type, or a null where none
    /// may be, or a value of no `Self`, or no such row.
    fn read(column: &ArrayRef, row: usize) -> Option<Self> {
        let typed = Self::downcast(column)?;
        if row < column.len() {
            Self::value(&typed, row)
        } else {
            None
        }
    }
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
            type Column<'a> = &'a PrimitiveArray<arrow_array::types::$arrow>;
            fn downcast(column: &ArrayRef) -> Option<Self::Column<'_>> {
                column.as_any().downcast_ref()
            }
            #[inline]
            fn value(column: &Self::Column<'_>, row: usize) -> Option<Self> {
                (!column.is_null(row)).then(|| column.value(row))
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
            type Column<'a> = &'a PrimitiveArray<arrow_array::types::$arrow>;
            fn downcast(column: &ArrayRef) -> Option<Self::Column<'_>> {
                column.as_any().downcast_ref()
            }
            #[inline]
            fn value(column: &Self::Column<'_>, row: usize) -> Option<Self> {
                Some((!column.is_null(row)).then(|| column.value(row)))
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
    type Column<'a> = &'a BooleanArray;
    fn downcast(column: &ArrayRef) -> Option<Self::Column<'_>> {
        column.as_any().downcast_ref()
    }
    #[inline]
    fn value(column: &Self::Column<'_>, row: usize) -> Option<Self> {
        (!column.is_null(row)).then(|| column.value(row))
    }
}

impl ArrowField for char {
    fn data_type() -> DataType {
        DataType::UInt32
    }
    fn column<'a>(values: impl Iterator<Item = &'a Self>) -> ArrayRef {
        u32::column(values.map(|c| u32::from(*c)).collect::<Vec<_>>().iter())
    }
    type Column<'a> = &'a PrimitiveArray<arrow_array::types::UInt32Type>;
    fn downcast(column: &ArrayRef) -> Option<Self::Column<'_>> {
        u32::downcast(column)
    }
    #[inline]
    fn value(column: &Self::Column<'_>, row: usize) -> Option<Self> {
        u32::value(column, row).and_then(char::from_u32)
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
    type Column<'a> = &'a BooleanArray;
    fn downcast(column: &ArrayRef) -> Option<Self::Column<'_>> {
        column.as_any().downcast_ref()
    }
    #[inline]
    fn value(column: &Self::Column<'_>, row: usize) -> Option<Self> {
        Some((!column.is_null(row)).then(|| column.value(row)))
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
    type Column<'a> = &'a PrimitiveArray<arrow_array::types::UInt32Type>;
    fn downcast(column: &ArrayRef) -> Option<Self::Column<'_>> {
        u32::downcast(column)
    }
    #[inline]
    fn value(column: &Self::Column<'_>, row: usize) -> Option<Self> {
        match <Option<u32>>::value(column, row)? {
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

/// A fieldless enum's column: each row's variant (`None` for a null or an unknown name), named
/// once per distinct name for a dictionary column and once per row for a `Utf8` one.
#[doc(hidden)]
#[must_use]
pub fn enum_values<T: Clone>(column: &ArrayRef, variant: impl Fn(&str) -> Option<T>) -> Option<Vec<Option<T>>> {
    if let Some(names) = column.as_any().downcast_ref::<StringArray>() {
        return Some(names.iter().map(|name| name.and_then(&variant)).collect());
    }
    let dictionary = column.as_any_dictionary_opt()?;
    let names = dictionary.values().as_any().downcast_ref::<StringArray>()?;
    let variants: Vec<Option<T>> = names.iter().map(|name| name.and_then(&variant)).collect();
    let keys = dictionary.normalized_keys();
    Some(
        (0..column.len())
            .map(|row| {
                if column.is_null(row) {
                    None
                } else {
                    variants.get(keys[row]).cloned().flatten()
                }
            })
            .collect(),
    )
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
    /// Hands each record of a batch whose schema is [`schema`](ArrowRecord::schema) to `each`
    /// with its row, reading the batch column by column: each column is downcast once.
    ///
    /// # Errors
    ///
    /// A column of another type, a null where none may be, a value of no field type (an
    /// unknown variant name), or what `each` returns.
    fn read_rows<F>(batch: &RecordBatch, each: F) -> Result<(), ArrowImportError>
    where
        F: FnMut(usize, Self) -> Result<(), ArrowImportError>;
}

/// The Arrow field of a record field.
#[doc(hidden)]
#[must_use]
pub fn arrow_field<T: ArrowField>(name: &str) -> Field {
    Field::new(name, T::data_type(), T::NULLABLE)
}

/// Column `index` of `batch`, downcast to the type of its field.
///
/// # Errors
///
/// [`ArrowImportError::Value`] at the first row, when the column has another type.
#[doc(hidden)]
pub fn arrow_column<'a, T: ArrowField>(
    batch: &'a RecordBatch,
    index: usize,
    field: &'static str,
) -> Result<T::Column<'a>, ArrowImportError> {
    let array = batch.column(index);
    T::downcast(array).ok_or_else(|| refused_value(array, 0, field))
}

/// Field `field` of the record at `row`, from its downcast column.
///
/// # Errors
///
/// [`ArrowImportError::Value`] naming the row and field.
#[doc(hidden)]
#[inline]
pub fn arrow_cell<T: ArrowField>(
    column: &T::Column<'_>,
    batch: &RecordBatch,
    index: usize,
    row: usize,
    field: &'static str,
) -> Result<T, ArrowImportError> {
    match T::value(column, row) {
        Some(value) => Ok(value),
        None => Err(refused_value(batch.column(index), row, field)),
    }
}

#[cold]
#[inline(never)]
fn refused_value(array: &ArrayRef, row: usize, field: &'static str) -> ArrowImportError {
    ArrowImportError::Value {
        row,
        field,
        found: if row < array.len() && array.is_null(row) {
            "null".to_string()
        } else if let Some(names) = array.as_string_opt::<i32>().filter(|_| row < array.len()) {
            alloc::format!("{:?}", names.value(row))
        } else if let Some(name) = dictionary_name(array, row) {
            alloc::format!("{name:?}")
        } else {
            "a value of another type".to_string()
        },
    }
}

/// The name at `row` of a dictionary column of names.
fn dictionary_name(array: &ArrayRef, row: usize) -> Option<String> {
    let dictionary = array.as_any_dictionary_opt()?;
    let names = dictionary.values().as_any().downcast_ref::<StringArray>()?;
    let key = *dictionary.normalized_keys().get(row)?;
    (key < names.len()).then(|| names.value(key).to_string())
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
        T::read_rows(batch, |row, record| {
            self.push(record)
                .map_err(|errors| ArrowImportError::Refused(errors.at_index(first + row)))
        })
        .map_err(|error| error.counted_from(first))
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
                |f| {
                    // A dictionary of names stands for the names: engines encode enums so.
                    let data_type = match f.data_type() {
                        DataType::Dictionary(_, values) if **values == DataType::Utf8 => &DataType::Utf8,
                        other => other,
                    };
                    alloc::format!("field {index} `{}: {data_type}`", f.name())
                },
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
    ($name:ident { $($index:tt $field:literal $member:tt : $ty:ty),* $(,)? }) => {
        #[automatically_derived]
        impl $crate::__private01::ArrowRecord for $name {
            fn schema() -> $crate::__private01::arrow_schema::Schema {
                $crate::__private01::arrow_schema::Schema::new($crate::__private01::Vec::from([
                    $($crate::__private01::arrow_field::<$ty>($field)),*
                ]))
            }
            fn columns(records: &[Self]) -> $crate::__private01::Vec<$crate::__private01::arrow_array::ArrayRef> {
                $crate::__private01::Vec::from([
                    $(<$ty as $crate::__private01::ArrowField>::column(records.iter().map(|r| &r.$member))),*
                ])
            }
            fn read_rows<F>(batch: &$crate::__private01::arrow_array::RecordBatch, mut each: F) -> $crate::__private01::Result<(), $crate::__private01::ArrowImportError>
            where
                F: ::core::ops::FnMut(usize, Self) -> $crate::__private01::Result<(), $crate::__private01::ArrowImportError>,
            {
                let columns = ($($crate::__private01::arrow_column::<$ty>(batch, $index, $field)?,)*);
                let _ = &columns;
                for row in 0..$crate::__private01::arrow_array::RecordBatch::num_rows(batch) {
                    each(row, $name { $($member: $crate::__private01::arrow_cell::<$ty>(&columns.$index, batch, $index, row, $field)?),* })?;
                }
                $crate::__private01::Ok(())
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
        impl $crate::__private01::ArrowField for $name {
            fn data_type() -> $crate::__private01::arrow_schema::DataType {
                $crate::__private01::arrow_schema::DataType::Utf8
            }
            fn column<'a>(values: impl ::core::iter::Iterator<Item = &'a Self>) -> $crate::__private01::arrow_array::ArrayRef {
                $crate::__private01::enum_column(values, |v| match v { $($name::$variant => ::core::stringify!($variant)),* })
            }
            type Column<'a> = $crate::__private01::Vec<$crate::__private01::Option<Self>>;
            fn downcast(column: &$crate::__private01::arrow_array::ArrayRef) -> $crate::__private01::Option<Self::Column<'_>> {
                $crate::__private01::enum_values(column, |name| match name {
                    $(::core::stringify!($variant) => $crate::__private01::Some($name::$variant),)*
                    _ => $crate::__private01::None,
                })
            }
            #[inline]
            fn value(column: &Self::Column<'_>, row: usize) -> $crate::__private01::Option<Self> {
                ::core::clone::Clone::clone(&column[row])
            }
        }
    };
}
