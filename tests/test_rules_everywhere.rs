//! A value that exists passed all of its rules, whichever derive built it: the `#[check]`,
//! `#[bounded]` and length rules of a field hold in `Validate`, in `<Name>Packed` and in views.

use std::borrow::Cow;
use std::convert::TryFrom;
use std::rc::Rc;
use std::sync::Arc;

use slotmodel::{rules, Compact, ErrorKind, Validate, View, ViewError};

#[derive(Compact, Validate, Debug, Clone, PartialEq)]
/// A record for the tests.
pub struct Even {
    #[bounded(max = 100)]
    #[check(rules::multiple_of(2))]
    x: u32,
    #[check(rules::multiple_of(5))]
    y: u8,
}

#[test]
fn packed_setters_keep_check_rules() {
    let mut packed = EvenPacked::try_from(&Even::new(4, 10).unwrap()).unwrap();
    let refused = packed.set_x(3).unwrap_err();
    assert_eq!(refused.struct_name(), "Even");
    assert_eq!(refused.field(), "x");
    assert!(matches!(refused.kind(), ErrorKind::Custom { .. }), "{refused}");
    assert_eq!(packed.x(), 4, "a refused value leaves the old one in place");
    assert!(packed.set_x(102).is_err(), "the bound still holds");
    assert!(packed.set_y(7).is_err(), "a check alone makes the setter checked");
    assert_eq!(packed.y(), 10);
    packed.set_x(98).unwrap();
    packed.set_y(15).unwrap();
    assert_eq!(packed.unpack(), Even { x: 98, y: 15 });
}

#[test]
fn packing_refuses_a_value_that_breaks_a_check() {
    // Built around the validated constructor, as a struct literal in the same module can be.
    let odd = Even { x: 3, y: 10 };
    assert!(odd.validate().is_err());
    let error = EvenPacked::try_from(&odd).unwrap_err();
    assert_eq!(error.len(), 1);
    assert_eq!(error.to_string(), odd.validate().unwrap_err().to_string());
}

#[derive(View, Validate, Debug, PartialEq)]
/// A record for the tests.
pub struct Rec {
    #[bounded(max = 100)]
    #[check(rules::multiple_of(2))]
    x: u32,
}

#[test]
fn views_refuse_a_record_that_breaks_a_check() {
    let error = RecView::new(&3u32.to_le_bytes()).unwrap_err();
    assert!(
        matches!(&error, ViewError::InvalidField { field, .. } if field == "x"),
        "{error:?}"
    );
    assert!(RecView::new(&102u32.to_le_bytes()).is_err(), "the bound still holds");
    assert_eq!(RecView::new(&4u32.to_le_bytes()).unwrap().to_owned(), Rec { x: 4 });

    let mut buffer = [4, 0, 0, 0, 3, 0, 0, 0];
    assert!(RecView::new_prefix(&buffer[4..]).is_err());
    let results: Vec<_> = RecView::records(&buffer).map(|r| r.map(|v| v.x())).collect();
    assert_eq!(results.len(), 2);
    assert_eq!(results[0].as_ref().ok(), Some(&4));
    assert!(results[1].is_err(), "the second record breaks the check");

    let mut view = RecViewMut::new(&mut buffer[..4]).unwrap();
    assert!(view.set_x(5).is_err());
    assert_eq!(view.x(), 4, "a refused value leaves the buffer as it was");
    view.set_x(6).unwrap();
    assert_eq!(buffer[..4], 6u32.to_le_bytes());
}

#[derive(View, Debug, PartialEq)]
/// A record for the tests.
pub struct Outer {
    tag: u8,
    inner: Rec,
}

#[test]
fn a_nested_view_keeps_the_inner_checks() {
    let mut bytes = [1, 3, 0, 0, 0];
    assert!(OuterView::new(&bytes).is_err());
    bytes[1] = 8;
    let view = OuterView::new(&bytes).unwrap();
    assert_eq!(view.inner().x(), 8);
    let mut view = OuterViewMut::new(&mut bytes).unwrap();
    assert!(view.set_inner(Rec { x: 9 }).is_err());
    assert_eq!(view.inner().x(), 8);
}

#[derive(Validate, Debug)]
/// A record for the tests.
pub struct Shared<'a> {
    #[bounded(len = 1..=3)]
    cow: Cow<'a, str>,
    #[bounded(len = 1..=3)]
    rc: Rc<str>,
    #[bounded(len = 1..=3)]
    arc: Arc<[u8]>,
    #[bounded(len = 1..=3)]
    boxed: Box<[u16]>,
    #[bounded(len = 1..=3)]
    slice: Cow<'a, [u8]>,
}

#[test]
fn lengths_of_shared_and_borrowed_strings_and_slices() {
    let ok = Shared::new(
        Cow::Borrowed("héé"),
        Rc::from("ab"),
        Arc::from(&[1_u8][..]),
        vec![1_u16, 2].into_boxed_slice(),
        Cow::Owned(vec![1, 2, 3]),
    );
    assert!(ok.is_ok(), "{ok:?}");
    let errors = Shared::new(
        Cow::Owned(String::new()),
        Rc::from("abcd"),
        Arc::from(&[][..]),
        vec![0_u16; 4].into_boxed_slice(),
        Cow::Borrowed(&[0_u8; 5][..]),
    )
    .unwrap_err();
    let fields: Vec<_> = errors.iter().map(|e| e.field().to_owned()).collect();
    assert_eq!(fields, ["cow", "rc", "arc", "boxed", "slice"]);
}
