//! `<Name>Columns` against a `Vec` as its model: after random pushes (some refused), every record,
//! every column and every zip of columns reads back what was accepted, and a refused record
//! changes nothing.
#![deny(warnings, clippy::all, clippy::pedantic)]

use proptest::prelude::*;
use slotmodel::Compact;

#[derive(Compact, Debug, Clone, Copy, PartialEq)]
enum Mode {
    A,
    B,
    C,
}

/// Widths 13, 1, 2, 7, 32 and 21: columns whose values straddle bytes at every offset.
#[derive(Compact, Debug, Clone, Copy, PartialEq)]
#[slotmodel(columns)]
pub struct Record {
    #[bounded(-4000..=4000)]
    level: i16,
    flag: bool,
    mode: Mode,
    #[bounded(..=100)]
    percent: u8,
    value: f32,
    code: char,
}

fn record() -> impl Strategy<Value = Record> {
    (
        -4100_i16..=4100,
        any::<bool>(),
        0..3_usize,
        0_u8..=110,
        any::<f32>(),
        any::<char>(),
    )
        .prop_map(|(level, flag, mode, percent, value, code)| Record {
            level,
            flag,
            mode: [Mode::A, Mode::B, Mode::C][mode],
            percent,
            value,
            code,
        })
}

fn valid(r: &Record) -> bool {
    (-4000..=4000).contains(&r.level) && r.percent <= 100
}

/// Field by field, floats by bit pattern (NaN included).
fn same(a: &Record, b: &Record) -> bool {
    (a.level, a.flag, a.mode, a.percent, a.value.to_bits(), a.code)
        == (b.level, b.flag, b.mode, b.percent, b.value.to_bits(), b.code)
}

proptest! {
    #[test]
    fn columns_hold_what_was_accepted(records in prop::collection::vec(record(), 0..120)) {
        let mut columns = RecordColumns::new();
        let mut model = Vec::new();
        for r in &records {
            let before = columns.clone();
            prop_assert_eq!(columns.push(r).is_ok(), valid(r));
            if valid(r) { model.push(*r); } else { prop_assert_eq!(&columns, &before); }
        }
        prop_assert_eq!(columns.len(), model.len());
        for (i, r) in model.iter().enumerate() {
            prop_assert!(same(&columns.get(i).unwrap(), r));
        }
        prop_assert!(columns.get(model.len()).is_none());
        prop_assert!(columns.iter().zip(&model).all(|(a, b)| same(&a, b)));
        prop_assert_eq!(columns.level().iter().collect::<Vec<_>>(), model.iter().map(|r| r.level).collect::<Vec<_>>());
        prop_assert_eq!(columns.code().iter().rev().collect::<Vec<_>>(), model.iter().rev().map(|r| r.code).collect::<Vec<_>>());
        let zipped: Vec<(bool, Mode, u8)> = columns.flag().iter().zip(columns.mode()).zip(columns.percent()).map(|((f, m), p)| (f, m, p)).collect();
        prop_assert_eq!(zipped, model.iter().map(|r| (r.flag, r.mode, r.percent)).collect::<Vec<_>>());
        prop_assert_eq!(columns.percent().as_bytes().len(), (model.len() * 7).div_ceil(8));
        // Folds over a whole-byte column (32-bit `value`) take the chunked path, from any start.
        let bits = |skip: usize| {
            let mut values = columns.value().iter();
            values.by_ref().take(skip).for_each(drop);
            values.map(f32::to_bits).fold(Vec::new(), |mut all, v| { all.push(v); all })
        };
        for skip in [0, 1, model.len() / 2] {
            prop_assert_eq!(bits(skip), model.iter().skip(skip).map(|r| r.value.to_bits()).collect::<Vec<_>>());
        }
    }
}

#[test]
fn a_refused_record_names_its_position() {
    let good = Record {
        level: 0,
        flag: false,
        mode: Mode::B,
        percent: 1,
        value: 0.5,
        code: 'x',
    };
    let err = RecordColumns::try_from_iter([good, good, Record { level: -4001, ..good }]).unwrap_err();
    assert_eq!(err.to_string(), "Record[2].level must be >= -4000, got -4001");
    let columns = RecordColumns::try_from_iter([good; 10]).unwrap();
    assert_eq!(
        format!("{columns:?}"),
        format!("RecordColumns {{ len: 10, heap_bytes: {}, .. }}", columns.heap_bytes())
    );
    assert_eq!(
        RecordColumns::with_capacity(1000).heap_bytes(),
        1625 + 125 + 250 + 875 + 4000 + 2625
    );
}

/// A record of more fields than `Default` is derived for on arrays (32).
#[derive(Compact, Debug, Clone, Copy, PartialEq, Default)]
#[slotmodel(columns)]
pub struct Bytes40(
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
    u8,
);

#[test]
fn columns_hold_records_of_more_than_32_fields() {
    let mut columns = Bytes40Columns::new();
    assert!(columns.is_empty());
    let record = Bytes40 {
        0: 7,
        39: 255,
        ..Bytes40::default()
    };
    columns.push(record).unwrap();
    columns.push(Bytes40::default()).unwrap();
    assert_eq!(columns.len(), 2);
    assert_eq!(columns.get(0), Some(record));
    assert_eq!(columns.get(1), Some(Bytes40::default()));
    assert_eq!(Bytes40Columns::default(), Bytes40Columns::new());
}
