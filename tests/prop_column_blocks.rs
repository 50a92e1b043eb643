//! Block decoding of `<Name>Columns` against value-by-value decoding: for every width from 1 to
//! 64 bits, every start, every end and every length (the ragged last block included), a
//! column's iterators and folds give what `get` reads one value at a time.
#![deny(warnings, clippy::all, clippy::pedantic)]

use std::fmt::Debug;

use proptest::prelude::*;
use slotmodel::{Column, Compact};

/// Field `fN` is `N` bits wide (a `<Name>Columns` holds up to 32 columns).
#[derive(Compact, Debug, Clone, Copy, PartialEq)]
#[slotmodel(columns)]
pub struct Narrow {
    #[bounded(max = 1)]
    f1: u64,
    #[bounded(max = 3)]
    f2: u64,
    #[bounded(max = 7)]
    f3: u64,
    #[bounded(max = 15)]
    f4: u64,
    #[bounded(max = 31)]
    f5: u64,
    #[bounded(max = 63)]
    f6: u64,
    #[bounded(max = 127)]
    f7: u64,
    #[bounded(max = 255)]
    f8: u64,
    #[bounded(max = 511)]
    f9: u64,
    #[bounded(max = 1_023)]
    f10: u64,
    #[bounded(max = 2_047)]
    f11: u64,
    #[bounded(max = 4_095)]
    f12: u64,
    #[bounded(max = 8_191)]
    f13: u64,
    #[bounded(max = 16_383)]
    f14: u64,
    #[bounded(max = 32_767)]
    f15: u64,
    #[bounded(max = 65_535)]
    f16: u64,
    #[bounded(max = 131_071)]
    f17: u64,
    #[bounded(max = 262_143)]
    f18: u64,
    #[bounded(max = 524_287)]
    f19: u64,
    #[bounded(max = 1_048_575)]
    f20: u64,
    #[bounded(max = 2_097_151)]
    f21: u64,
    #[bounded(max = 4_194_303)]
    f22: u64,
    #[bounded(max = 8_388_607)]
    f23: u64,
    #[bounded(max = 16_777_215)]
    f24: u64,
    #[bounded(max = 33_554_431)]
    f25: u64,
    #[bounded(max = 67_108_863)]
    f26: u64,
    #[bounded(max = 134_217_727)]
    f27: u64,
    #[bounded(max = 268_435_455)]
    f28: u64,
    #[bounded(max = 536_870_911)]
    f29: u64,
    #[bounded(max = 1_073_741_823)]
    f30: u64,
    #[bounded(max = 2_147_483_647)]
    f31: u64,
    #[bounded(max = 4_294_967_295)]
    f32: u64,
}

/// Field `fN` is `N` bits wide.
#[derive(Compact, Debug, Clone, Copy, PartialEq)]
#[slotmodel(columns)]
pub struct Wide {
    #[bounded(max = 8_589_934_591)]
    f33: u64,
    #[bounded(max = 17_179_869_183)]
    f34: u64,
    #[bounded(max = 34_359_738_367)]
    f35: u64,
    #[bounded(max = 68_719_476_735)]
    f36: u64,
    #[bounded(max = 137_438_953_471)]
    f37: u64,
    #[bounded(max = 274_877_906_943)]
    f38: u64,
    #[bounded(max = 549_755_813_887)]
    f39: u64,
    #[bounded(max = 1_099_511_627_775)]
    f40: u64,
    #[bounded(max = 2_199_023_255_551)]
    f41: u64,
    #[bounded(max = 4_398_046_511_103)]
    f42: u64,
    #[bounded(max = 8_796_093_022_207)]
    f43: u64,
    #[bounded(max = 17_592_186_044_415)]
    f44: u64,
    #[bounded(max = 35_184_372_088_831)]
    f45: u64,
    #[bounded(max = 70_368_744_177_663)]
    f46: u64,
    #[bounded(max = 140_737_488_355_327)]
    f47: u64,
    #[bounded(max = 281_474_976_710_655)]
    f48: u64,
    #[bounded(max = 562_949_953_421_311)]
    f49: u64,
    #[bounded(max = 1_125_899_906_842_623)]
    f50: u64,
    #[bounded(max = 2_251_799_813_685_247)]
    f51: u64,
    #[bounded(max = 4_503_599_627_370_495)]
    f52: u64,
    #[bounded(max = 9_007_199_254_740_991)]
    f53: u64,
    #[bounded(max = 18_014_398_509_481_983)]
    f54: u64,
    #[bounded(max = 36_028_797_018_963_967)]
    f55: u64,
    #[bounded(max = 72_057_594_037_927_935)]
    f56: u64,
    #[bounded(max = 144_115_188_075_855_871)]
    f57: u64,
    #[bounded(max = 288_230_376_151_711_743)]
    f58: u64,
    #[bounded(max = 576_460_752_303_423_487)]
    f59: u64,
    #[bounded(max = 1_152_921_504_606_846_975)]
    f60: u64,
    #[bounded(max = 2_305_843_009_213_693_951)]
    f61: u64,
    #[bounded(max = 4_611_686_018_427_387_903)]
    f62: u64,
    #[bounded(max = 9_223_372_036_854_775_807)]
    f63: u64,
    f64: u64,
}

/// The records: each field's bits drawn from a xorshift sequence, cut to its width.
fn records(len: usize, seed: u64) -> (Vec<Narrow>, Vec<Wide>) {
    let mut state = seed | 1;
    let mut width = 0;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        width = width % 64 + 1;
        state >> (64 - width)
    };
    macro_rules! record {
        ($name:ident $($f:ident)*) => { $name { $($f: next(),)* } };
    }
    (0..len)
        .map(|_| (record!(Narrow f1 f2 f3 f4 f5 f6 f7 f8 f9 f10 f11 f12 f13 f14 f15 f16 f17 f18 f19 f20 f21 f22 f23 f24 f25 f26 f27 f28 f29 f30 f31 f32), record!(Wide f33 f34 f35 f36 f37 f38 f39 f40 f41 f42 f43 f44 f45 f46 f47 f48 f49 f50 f51 f52 f53 f54 f55 f56 f57 f58 f59 f60 f61 f62 f63 f64)))
        .unzip()
}

/// Every way through one column against `get`.
fn check<T: PartialEq + Debug, F: Fn(&[u8], usize) -> T + Copy, const WIDTH: usize>(
    column: Column<'_, T, F, WIDTH>,
) -> Result<(), TestCaseError> {
    let len = column.len();
    let expected: Vec<T> = (0..len).map(|row| column.get(row).unwrap()).collect();
    let push = |mut all: Vec<T>, value: T| {
        all.push(value);
        all
    };
    for start in 0..=len {
        // Skipped by `nth`, then folded: a partial first block, whole blocks, a ragged last.
        let mut values = column.iter();
        if start > 0 {
            let skipped = values.nth(start - 1);
            prop_assert_eq!(skipped.as_ref(), expected.get(start - 1), "width {}", WIDTH);
        }
        prop_assert_eq!(
            &values.fold(Vec::new(), push)[..],
            &expected[start..],
            "width {}, start {}",
            WIDTH,
            start
        );
        // Ended early from the back, then folded: whole blocks stop before the new end.
        let mut values = column.iter();
        let end = len.saturating_sub(start % 70);
        for _ in end..len {
            values.next_back();
        }
        prop_assert_eq!(
            &values.fold(Vec::new(), push)[..],
            &expected[..end],
            "width {}, end {}",
            WIDTH,
            end
        );
        // Ended early from the back, then taken one at a time from the front.
        let mut values = column.iter();
        for row in (start..len).rev().take(3) {
            let last = values.next_back();
            prop_assert_eq!(last.as_ref(), Some(&expected[row]));
        }
        let end = len.saturating_sub(3).max(start);
        values.by_ref().take(start).for_each(drop);
        prop_assert_eq!(
            values.collect::<Vec<_>>(),
            &expected[start.min(end)..end],
            "width {}, start {}",
            WIDTH,
            start
        );
    }
    let mut reversed: Vec<T> = column.iter().rev().collect();
    reversed.reverse();
    prop_assert_eq!(reversed, expected);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]
    #[test]
    fn blocks_decode_as_one_value_at_a_time(len in 0..200_usize, seed in any::<u64>()) {
        let (narrow, wide) = records(len, seed);
        let (narrow_columns, wide_columns) = (NarrowColumns::try_from_iter(&narrow).unwrap(), WideColumns::try_from_iter(&wide).unwrap());
        macro_rules! every_column {
            ($columns:ident $records:ident: $($f:ident)*) => { $(
                check($columns.$f())?;
                prop_assert_eq!($columns.$f().iter().collect::<Vec<_>>(), $records.iter().map(|r| r.$f).collect::<Vec<_>>());
            )* };
        }
        every_column!(narrow_columns narrow: f1 f2 f3 f4 f5 f6 f7 f8 f9 f10 f11 f12 f13 f14 f15 f16 f17 f18 f19 f20 f21 f22 f23 f24 f25 f26 f27 f28 f29 f30 f31 f32);
        every_column!(wide_columns wide: f33 f34 f35 f36 f37 f38 f39 f40 f41 f42 f43 f44 f45 f46 f47 f48 f49 f50 f51 f52 f53 f54 f55 f56 f57 f58 f59 f60 f61 f62 f63 f64);
    }
}
