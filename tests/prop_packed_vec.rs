//! `PackedVec` against a plain `Vec` as its model: after any sequence of pushes (some refused),
//! sets, pops and truncations, both hold the same records, a refused value changes nothing, and
//! the bytes are exactly what a fresh vector of the same records holds (no stale bits).

use proptest::prelude::*;
use slotmodel::{Compact, PackedVec};

#[derive(Compact, Debug, Clone, Copy, PartialEq)]
enum Mode {
    A,
    B,
    C,
}

// 13 + 1 + 2 + 7 = 23 bits: records straddle bytes at every offset.
#[derive(Compact, Debug, Clone, Copy, PartialEq)]
struct Record {
    #[bounded(-4000..=4000)]
    level: i16,
    flag: bool,
    mode: Mode,
    #[bounded(..=100)]
    percent: u8,
}

// 32 + 32 + 2 = 66 bits: a record wider than a word, as the tour's `SensorReading`.
#[derive(Compact, Debug, Clone, Copy, PartialEq)]
struct Wide {
    #[bounded(max = 4_294_967_295)]
    timestamp: u64,
    value: u32,
    mode: Mode,
}

/// Folds take the records in blocks of 8: from every start, a fold gives what `get` reads one
/// record at a time, whole blocks, the partial first one and the ragged last one alike.
fn folds_as_gets<T: slotmodel::Packable + PartialEq + std::fmt::Debug>(
    records: &PackedVec<T>,
) -> Result<(), TestCaseError> {
    let expected: Vec<T> = (0..records.len()).map(|i| records.get(i).unwrap()).collect();
    for start in 0..=records.len() {
        let mut rest = records.iter();
        if start > 0 {
            let skipped = rest.nth(start - 1);
            prop_assert_eq!(skipped.as_ref(), expected.get(start - 1));
        }
        let folded = rest.fold(Vec::new(), |mut all, r| {
            all.push(r);
            all
        });
        prop_assert_eq!(&folded[..], &expected[start..], "start {}", start);
        let mut ended = records.iter();
        let last = ended.next_back();
        prop_assert_eq!(last.as_ref(), expected.last());
        prop_assert_eq!(ended.skip(start).count(), records.len().saturating_sub(start + 1));
    }
    Ok(())
}

#[derive(Debug, Clone)]
enum Op {
    Push(Record),
    Set(usize, Record),
    Pop,
    Truncate(usize),
}

fn record() -> impl Strategy<Value = Record> {
    // Out-of-range levels and percents are generated too, to be refused.
    (-4100_i16..=4100, any::<bool>(), 0..3_usize, 0_u8..=110).prop_map(|(level, flag, mode, percent)| Record {
        level,
        flag,
        mode: [Mode::A, Mode::B, Mode::C][mode],
        percent,
    })
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => record().prop_map(Op::Push),
        2 => (any::<usize>(), record()).prop_map(|(i, r)| Op::Set(i, r)),
        1 => Just(Op::Pop),
        1 => any::<usize>().prop_map(Op::Truncate),
    ]
}

fn valid(r: Record) -> bool {
    (-4000..=4000).contains(&r.level) && r.percent <= 100
}

proptest! {
    #[test]
    fn behaves_like_a_vec_of_valid_records(ops in prop::collection::vec(op(), 0..200)) {
        let mut packed = PackedVec::<Record>::new();
        let mut model: Vec<Record> = Vec::new();
        for op in ops {
            let before = packed.clone();
            match op {
                Op::Push(r) => {
                    prop_assert_eq!(packed.push(r).is_ok(), valid(r));
                    if valid(r) { model.push(r); } else { prop_assert_eq!(&packed, &before); }
                }
                Op::Set(i, r) if !model.is_empty() => {
                    let i = i % model.len();
                    prop_assert_eq!(packed.set(i, r).is_ok(), valid(r));
                    if valid(r) { model[i] = r; } else { prop_assert_eq!(&packed, &before); }
                }
                Op::Set(..) => {}
                Op::Pop => prop_assert_eq!(packed.pop(), model.pop()),
                Op::Truncate(n) => {
                    let n = n % (model.len() + 2);
                    packed.truncate(n);
                    model.truncate(n);
                }
            }
            prop_assert_eq!(packed.len(), model.len());
        }
        prop_assert_eq!(packed.iter().collect::<Vec<_>>(), model.clone());
        prop_assert_eq!(packed.iter().rev().collect::<Vec<_>>(), model.iter().rev().copied().collect::<Vec<_>>());
        let fresh = PackedVec::<Record>::try_from_iter(&model).unwrap();
        prop_assert_eq!(packed.as_bytes(), fresh.as_bytes());
        prop_assert_eq!(fresh.as_bytes().len(), (model.len() * 23).div_ceil(8));
    }

    #[test]
    fn folds_decode_as_gets(records in prop::collection::vec(record(), 0..80), seed in any::<u64>()) {
        let narrow = PackedVec::<Record>::try_from_iter(records.iter().filter(|r| valid(**r))).unwrap();
        folds_as_gets(&narrow)?;
        let wide = PackedVec::<Wide>::try_from_iter(records.iter().enumerate().map(|(i, r)| Wide {
            timestamp: seed.rotate_left(u32::try_from(i).unwrap()) >> 32,
            value: u32::try_from(seed.rotate_right(u32::try_from(i).unwrap()) >> 32).unwrap(),
            mode: r.mode,
        })).unwrap();
        folds_as_gets(&wide)?;
        let bytes: PackedVec<u8> = records.iter().map(|r| r.percent).collect();
        folds_as_gets(&bytes)?;
    }

    #[test]
    fn try_extend_takes_all_or_nothing(records in prop::collection::vec(record(), 0..50)) {
        let mut packed = PackedVec::<Record>::try_from_iter(&records[..records.len() / 2]).unwrap_or_default();
        let before = packed.clone();
        let first_refused = records.iter().position(|r| !valid(*r));
        match (packed.try_extend(&records), first_refused) {
            (Ok(()), None) => prop_assert_eq!(packed.len(), before.len() + records.len()),
            (Err(errors), Some(i)) => {
                prop_assert_eq!(&packed, &before);
                let prefix = format!("[{i}].");
                prop_assert!(errors.first().field().starts_with(&prefix));
            }
            (outcome, expected) => prop_assert!(false, "{outcome:?} with first refusal at {expected:?}"),
        }
    }
}

#[test]
fn a_refused_record_names_its_position_and_field() {
    let good = Record {
        level: 1,
        flag: true,
        mode: Mode::C,
        percent: 5,
    };
    let bad = Record { percent: 101, ..good };
    let err = PackedVec::try_from_iter([good, good, bad]).unwrap_err();
    assert_eq!(err.to_string(), "Record[2].percent must be <= 100, got 101");
    assert_eq!(err.first().field(), "[2].percent");
}

#[test]
fn zero_width_records_are_counted() {
    #[derive(Compact, Debug, Clone, Copy, PartialEq)]
    struct Fixed(#[bounded(7..=7)] u8);
    let mut fixed = PackedVec::<Fixed>::new();
    fixed.try_extend([Fixed(7); 1000]).unwrap();
    assert_eq!((fixed.len(), fixed.as_bytes().len()), (1000, 0));
    assert_eq!(fixed.get(999), Some(Fixed(7)));
    assert!(fixed.push(Fixed(8)).is_err());
}
