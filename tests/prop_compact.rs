//! For random values across a layout mixing widths, signedness, bools, enums, floats (NaN
//! payloads included), a nested struct and a total over 128 bits: `unpack(pack(x)) == x`, and
//! each setter changes its own field only.

use std::convert::TryFrom;

use proptest::prelude::*;
use slotmodel::Compact;

#[derive(Compact, Debug, Clone, Copy, PartialEq)]
enum Mode {
    A,
    B,
    C,
    D,
    E,
}

#[derive(Compact, Debug, Clone, Copy, PartialEq)]
struct Inner {
    #[bounded(-3..=3)]
    s: i8,
    flag: bool,
    mode: Mode,
}

#[derive(Compact, Debug, Clone, Copy)]
struct Wide {
    #[bounded(1000..=1003)]
    a: u32,
    b: i64,
    #[bounded(min = -1_000_000, max = 1_000_000)]
    c: i32,
    d: bool,
    e: Mode,
    f: f32,
    g: f64,
    inner: Inner,
    h: u128,
    #[bounded(..=9)]
    i: u8,
    j: char,
    k: i128,
}

/// Field-by-field equality, floats by bit pattern.
fn same(x: &Wide, y: &Wide) -> bool {
    (x.a, x.b, x.c, x.d, x.e, x.inner, x.h, x.i, x.j, x.k) == (y.a, y.b, y.c, y.d, y.e, y.inner, y.h, y.i, y.j, y.k)
        && x.f.to_bits() == y.f.to_bits()
        && x.g.to_bits() == y.g.to_bits()
}

fn mode() -> impl Strategy<Value = Mode> {
    prop_oneof![
        Just(Mode::A),
        Just(Mode::B),
        Just(Mode::C),
        Just(Mode::D),
        Just(Mode::E)
    ]
}

fn inner() -> impl Strategy<Value = Inner> {
    (-3..=3_i8, any::<bool>(), mode()).prop_map(|(s, flag, mode)| Inner { s, flag, mode })
}

prop_compose! {
    fn wide()(
        a in 1000..=1003_u32,
        b in any::<i64>(),
        c in -1_000_000..=1_000_000_i32,
        d in any::<bool>(),
        e in mode(),
        f in any::<u32>().prop_map(f32::from_bits),
        g in any::<u64>().prop_map(f64::from_bits),
        inner in inner(),
        h in any::<u128>(),
        i in 0..=9_u8,
        j in any::<char>(),
        k in any::<i128>(),
    ) -> Wide {
        Wide { a, b, c, d, e, f, g, inner, h, i, j, k }
    }
}

#[test]
fn the_layout_is_wider_than_128_bits() {
    assert_eq!(WidePacked::BITS, 2 + 64 + 21 + 1 + 3 + 32 + 64 + 7 + 128 + 4 + 21 + 128);
    assert_eq!(WidePacked::SIZE, 60);
}

proptest! {
    #[test]
    fn unpack_after_pack_is_the_identity(value in wide()) {
        let packed = WidePacked::try_from(&value).unwrap();
        prop_assert!(same(&packed.unpack(), &value), "{:?} != {:?}", packed.unpack(), value);
    }

    #[test]
    fn each_setter_changes_only_its_field(old in wide(), new in wide()) {
        let mut packed = WidePacked::try_from(&old).unwrap();
        let mut expected = old;
        macro_rules! step {
            ($field:ident, $setter:ident, checked) => {{
                packed.$setter(new.$field).unwrap();
                expected.$field = new.$field;
                prop_assert!(same(&packed.unpack(), &expected), "after {}", stringify!($setter));
            }};
            ($field:ident, $setter:ident) => {{
                let _ = packed.$setter(new.$field);
                expected.$field = new.$field;
                prop_assert!(same(&packed.unpack(), &expected), "after {}", stringify!($setter));
            }};
        }
        step!(a, set_a, checked);
        step!(b, set_b);
        step!(c, set_c, checked);
        step!(d, set_d);
        step!(e, set_e);
        step!(f, set_f);
        step!(g, set_g);
        step!(inner, set_inner, checked);
        step!(h, set_h);
        step!(i, set_i, checked);
        step!(j, set_j);
        step!(k, set_k);
    }

    #[test]
    fn refused_values_leave_the_packed_value_unchanged(value in wide(), a in any::<u32>(), i in any::<u8>()) {
        let mut packed = WidePacked::try_from(&value).unwrap();
        let before = packed;
        prop_assert_eq!(packed.set_a(a).is_ok(), (1000..=1003).contains(&a));
        prop_assert_eq!(packed.set_i(i).is_ok(), i <= 9);
        if !(1000..=1003).contains(&a) && i > 9 {
            prop_assert_eq!(packed, before);
        }
    }
}
