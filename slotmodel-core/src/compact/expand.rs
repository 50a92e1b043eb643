//! The functions that `#[derive(Compact)]`'s output calls, through `__private`: bit offsets and
//! widths computed in constants, the check of stored bytes, columns, and `Name::LAYOUT`.

use alloc::vec::Vec;

use crate::{get_bits, ErrorKind, FieldError, LayoutReport, Packable, ValidationErrors};

/// Bits of an optional integer field whose range spans `span`: its values and `None`.
///
/// # Panics
///
/// When `span` covers all of `u128`, leaving no value for `None`; in a constant, so the panic
/// is a compile error in the user's crate.
#[must_use]
pub const fn bits_with_none(span: u128) -> u32 {
    match span.checked_add(1) {
        Some(values) => crate::span_bits(values),
        None => panic!("an `Option` of an integer bounded to its type's full 128-bit range has no spare value for `None`: narrow the bounds"),
    }
}

/// Each field's first bit, from the widths in declaration order.
#[must_use]
pub const fn bit_offsets<const N: usize>(widths: [u32; N]) -> [u32; N] {
    let mut offsets = [0; N];
    let mut i = 1;
    while i < N {
        offsets[i] = offsets[i - 1] + widths[i - 1];
        i += 1;
    }
    offsets
}

/// The total of the widths.
#[must_use]
pub const fn total_bits<const N: usize>(widths: [u32; N]) -> u32 {
    let mut total = 0;
    let mut i = 0;
    while i < N {
        total += widths[i];
        i += 1;
    }
    total
}

/// Bytes for `bits` bits.
#[must_use]
pub const fn bytes_for(bits: u32) -> usize {
    (bits as usize).div_ceil(8)
}

/// `<Name>Packed::from_bytes`: bytes from outside hold a valid record of `T` (every field's bits
/// a stored form, the bits after the last field zero, every rule passed) before they are used.
///
/// # Errors
///
/// The field whose bits encode no value, the padding, or every rule the record breaks.
pub fn check_stored<T: Packable>(
    bytes: &[u8],
    invalid_field: Option<&'static str>,
    type_name: &'static str,
) -> Result<(), ValidationErrors> {
    let refuse = |field: &'static str, message: &'static str| {
        Err(ValidationErrors::from(FieldError::new(
            type_name,
            field,
            ErrorKind::Custom {
                message: alloc::borrow::Cow::Borrowed(message),
            },
        )))
    };
    if let Some(field) = invalid_field {
        return refuse(field, "holds bits that encode no value of its type");
    }
    let padding = (bytes.len() * 8).saturating_sub(T::BITS as usize);
    if padding > 0 && get_bits(bytes, T::BITS as usize, u32::try_from(padding).unwrap_or(u32::MAX)) != 0 {
        return refuse("<padding>", "must be zero: bits are set after the last field");
    }
    T::read_bits(bytes, 0).check_packable()
}

/// Bytes that `records` values of `width` bits take.
#[must_use]
pub fn column_bytes(records: usize, width: usize) -> usize {
    records.saturating_mul(width).div_ceil(8)
}

/// Makes `column` long enough for `records` values of `width` bits, new bits zero.
pub fn grow_column(column: &mut Vec<u8>, records: usize, width: usize) {
    column.resize(column_bytes(records, width), 0);
}

/// The errors of the record at `index` of a sequence: `Name[index].field`.
#[must_use]
pub fn at_index(errors: ValidationErrors, index: usize) -> ValidationErrors {
    errors.at_index(index)
}

/// One field's entry of `Name::LAYOUT`.
#[must_use]
pub const fn field_layout(
    name: &'static str,
    ty: &'static str,
    offset: usize,
    size: usize,
    bit_offset: u32,
    bits: u32,
) -> crate::FieldLayout {
    crate::FieldLayout {
        name,
        ty,
        offset,
        size,
        bit_offset,
        bits,
    }
}

/// `Name::LAYOUT`.
#[must_use]
pub const fn layout_report(
    type_name: &'static str,
    size: usize,
    align: usize,
    packed_bits: u32,
    packed_size: usize,
    fields: &'static [crate::FieldLayout],
) -> LayoutReport {
    LayoutReport {
        type_name,
        size,
        align,
        packed_bits,
        packed_size,
        fields,
    }
}
