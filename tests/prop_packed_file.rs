//! The file form of `PackedVec`: records round-trip through it, a header that does not describe
//! the type is refused naming the first difference, and bytes changed anywhere are refused or
//! read as exactly the records they encode (never a panic, never a record that breaks a rule).

use proptest::prelude::*;
use slotmodel::{Compact, FileError, PackedSlice, PackedVec};

#[derive(Compact, Debug, Clone, Copy, PartialEq)]
enum Mode {
    A,
    B,
    C,
}

#[derive(Compact, Debug, Clone, Copy, PartialEq)]
struct Record {
    #[bounded(-4000..=4000)]
    level: i16,
    mode: Mode,
    #[bounded(..=100)]
    percent: u8,
}

fn record() -> impl Strategy<Value = Record> {
    (-4000_i16..=4000, 0..3_usize, 0_u8..=100).prop_map(|(level, mode, percent)| Record {
        level,
        mode: [Mode::A, Mode::B, Mode::C][mode],
        percent,
    })
}

fn file_of(records: &[Record]) -> Vec<u8> {
    PackedVec::<Record>::try_from_iter(records).unwrap().to_file_bytes()
}

/// Whatever `from_file` accepts re-encodes to the same bytes, so nothing was misread.
fn accepted_only_as_written(file: &[u8]) -> Result<(), TestCaseError> {
    if let Ok(slice) = PackedSlice::<Record>::from_file(file) {
        let again = PackedVec::<Record>::try_from_iter(slice.iter()).unwrap();
        prop_assert_eq!(again.to_file_bytes(), file);
    }
    Ok(())
}

proptest! {
    #[test]
    fn records_round_trip(records in prop::collection::vec(record(), 0..300)) {
        let vec = PackedVec::<Record>::try_from_iter(&records).unwrap();
        let file = vec.to_file_bytes();
        let mut written = Vec::new();
        vec.write_to(&mut written).unwrap();
        prop_assert_eq!(&written, &file);
        let slice = PackedSlice::<Record>::from_file(&file).unwrap();
        prop_assert_eq!(slice.iter().collect::<Vec<_>>(), records.clone());
        prop_assert_eq!(slice.iter().next_back(), records.last().copied());
        prop_assert_eq!(slice.get(records.len()), None);
    }

    /// Opening checks records 8 at a time, then the block of a refused one record by record:
    /// wherever the broken record is, it is the one named.
    #[test]
    fn a_broken_record_is_named_wherever_it_is(
        records in prop::collection::vec(record(), 1..100),
        at in any::<prop::sample::Index>(),
        invalid in any::<bool>(),
    ) {
        let index = at.index(records.len());
        let mut file = file_of(&records);
        let data = file.len() - (records.len() * 22).div_ceil(8);
        if invalid {
            // The mode, 2 bits after the 13-bit level, set to 3: no `Mode`.
            slotmodel::put_bits(&mut file[data..], index * 22 + 13, 2, 3);
            prop_assert_eq!(PackedSlice::<Record>::from_file(&file).unwrap_err(), FileError::InvalidBits { index });
        } else {
            slotmodel::put_bits(&mut file[data..], index * 22 + 15, 7, 101);
            let err = PackedSlice::<Record>::from_file(&file).unwrap_err();
            prop_assert_eq!(err.to_string(), format!("a record breaks its rules: Record[{index}].percent must be <= 100, got 101"));
        }
    }

    #[test]
    fn a_changed_byte_is_refused_or_read_as_written(
        records in prop::collection::vec(record(), 1..60),
        at in any::<prop::sample::Index>(),
        value in any::<u8>(),
    ) {
        let mut file = file_of(&records);
        let at = at.index(file.len());
        file[at] = value;
        accepted_only_as_written(&file)?;
    }

    #[test]
    fn a_cut_or_extended_file_is_refused(records in prop::collection::vec(record(), 0..60), cut in any::<prop::sample::Index>(), extra in 1..16_usize) {
        let file = file_of(&records);
        let cut = cut.index(file.len());
        prop_assert!(PackedSlice::<Record>::from_file(&file[..cut]).is_err());
        let mut longer = file.clone();
        longer.resize(file.len() + extra, 0);
        prop_assert!(PackedSlice::<Record>::from_file(&longer).is_err());
    }

    #[test]
    fn any_count_of_records_of_no_bits_is_read_or_refused_by_the_limit(records in 0..100_usize, count in prop_oneof![any::<u64>(), 0..1000_u64, Just(u64::MAX)]) {
        let file = PackedVec::<Fixed>::try_from_iter(vec![Fixed(7); records]).unwrap().to_file_bytes();
        let most = isize::MAX.unsigned_abs();
        match PackedSlice::<Fixed>::from_file(&with_count(&file, count)) {
            Ok(slice) => {
                prop_assert!(usize::try_from(count).is_ok_and(|count| count <= most));
                prop_assert_eq!(u64::try_from(slice.len()).unwrap(), count);
            }
            Err(err) => {
                prop_assert!(usize::try_from(count).is_err() || usize::try_from(count).unwrap() > most);
                prop_assert_eq!(err, FileError::Count { count, most });
            }
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        accepted_only_as_written(&bytes)?;
        let mut with_header = file_of(&[]);
        with_header.extend_from_slice(&bytes);
        accepted_only_as_written(&with_header)?;
    }
}

/// `Record` with a wider `level`, as a later version of a program might declare it.
mod wider {
    #[derive(slotmodel::Compact, Debug, Clone, Copy, PartialEq)]
    pub struct Record {
        #[bounded(-8000..=8000)]
        pub level: i16,
        pub mode: super::Mode,
        #[bounded(..=100)]
        pub percent: u8,
    }
}

#[test]
fn the_first_difference_is_named() {
    let file = file_of(&[Record {
        level: 1,
        mode: Mode::C,
        percent: 2,
    }]);
    let err = PackedSlice::<wider::Record>::from_file(&file).unwrap_err();
    assert_eq!(
        err.to_string(),
        "field 0 differs: the file has `level: i16` in 13 bits, the type has `level: i16` in 14 bits"
    );
    let err = PackedSlice::<Mode>::from_file(&file).unwrap_err();
    assert!(
        matches!(&err, FileError::Mismatch { what, .. } if what == "type"),
        "{err}"
    );
    assert_eq!(
        PackedSlice::<Record>::from_file(b"PNG...").unwrap_err(),
        FileError::NotAFile
    );
}

#[test]
fn bad_records_are_refused_with_their_position() {
    let good = Record {
        level: 0,
        mode: Mode::A,
        percent: 0,
    };
    let mut file = file_of(&[good, good, good]);
    let data = file.len() - 3; // 3 x 22 bits = 9 bytes; records start 9 bytes from the end
    let data = data - 6;
    // record 2 starts at bit 44: its mode (2 bits after the 13-bit level) at bits 57..=58.
    slotmodel::put_bits(&mut file[data..], 57, 2, 3);
    assert_eq!(
        PackedSlice::<Record>::from_file(&file).unwrap_err(),
        FileError::InvalidBits { index: 2 }
    );

    let mut file = file_of(&[good, good]);
    let data = file.len() - 6;
    slotmodel::put_bits(&mut file[data..], 22 + 15, 7, 101); // record 1's percent
    let err = PackedSlice::<Record>::from_file(&file).unwrap_err();
    assert_eq!(
        err.to_string(),
        "a record breaks its rules: Record[1].percent must be <= 100, got 101"
    );

    let mut file = file_of(&[good]);
    *file.last_mut().unwrap() |= 0x80; // bit 23, after the 22-bit record
    assert_eq!(PackedSlice::<Record>::from_file(&file).unwrap_err(), FileError::Padding);
}

/// Records of no bits: every value but 7 breaks the rule, so the one value takes no bit.
#[derive(Compact, Debug, Clone, Copy, PartialEq)]
struct Fixed(#[bounded(7..=7)] u8);

/// `file` with the header's record count (bytes 16..24) set to `count`.
fn with_count(file: &[u8], count: u64) -> Vec<u8> {
    let mut file = file.to_vec();
    file[16..24].copy_from_slice(&count.to_le_bytes());
    file
}

#[test]
fn a_count_of_records_of_no_bits_is_limited_to_what_a_vec_holds() {
    let file = PackedVec::<Fixed>::try_from_iter([Fixed(7); 3])
        .unwrap()
        .to_file_bytes();
    assert_eq!(PackedSlice::<Fixed>::from_file(&file).unwrap().len(), 3);
    let most = isize::MAX.unsigned_abs();
    let err = PackedSlice::<Fixed>::from_file(&with_count(&file, u64::MAX)).unwrap_err();
    assert_eq!(err, FileError::Count { count: u64::MAX, most });
    assert_eq!(
        err.to_string(),
        format!("the header claims 18446744073709551615 records; at most {most} can be read as this type")
    );
    let past = u64::try_from(most).unwrap() + 1;
    assert_eq!(
        PackedSlice::<Fixed>::from_file(&with_count(&file, past)).unwrap_err(),
        FileError::Count { count: past, most }
    );
    let full = with_count(&file, past - 1);
    let at_most = PackedSlice::<Fixed>::from_file(&full).unwrap();
    assert_eq!(at_most.len(), most);
    assert_eq!(at_most.get(most - 1), Some(Fixed(7)));
    assert_eq!(at_most.get(most), None);
    assert!(PackedSlice::<Fixed>::from_file(&with_count(&file, 0))
        .unwrap()
        .is_empty());
}

#[test]
fn a_count_whose_bits_overflow_is_named() {
    let file = file_of(&[]);
    // 22 bits a record: the bit positions of more than `usize::MAX / 22` overflow.
    let most = usize::MAX / 22;
    let err = PackedSlice::<Record>::from_file(&with_count(&file, u64::MAX)).unwrap_err();
    assert_eq!(err, FileError::Count { count: u64::MAX, most });
    let just = u64::try_from(most).unwrap();
    assert!(matches!(
        PackedSlice::<Record>::from_file(&with_count(&file, just)).unwrap_err(),
        FileError::Length { .. }
    ));
    assert_eq!(
        PackedSlice::<Record>::from_file(&with_count(&file, 1)).unwrap_err(),
        FileError::Length {
            expected: file.len() + 3,
            found: file.len()
        }
    );
}
