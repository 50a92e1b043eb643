//! `#[slotmodel(crate = path)]`: generated code reaches the runtime through the given path,
//! here an alias of the crate, a module that re-exports it, and `$crate` in another crate's
//! `macro_rules!` wrappers.

extern crate slotmodel as sm;

mod reexport {
    pub use sm::*;
}

#[derive(sm::Validate, Debug)]
#[slotmodel(crate = sm)]
struct Renamed {
    #[bounded(1..=9)]
    level: u8,
    #[nested]
    inner: Option<Inner>,
}

#[derive(sm::Validate, Debug)]
#[slotmodel(crate = crate::reexport)]
struct Inner(#[bounded(max = 3)] u8);

#[test]
fn a_renamed_dependency_works() {
    use sm::Validate as _;
    let value = Renamed::new(5, Some(Inner::new(1).unwrap())).unwrap();
    assert!(value.validate().is_ok());
    assert_eq!(
        Renamed::new(0, Some(Inner(4))).unwrap_err().to_string(),
        "Renamed.level must be >= 1, got 0\nRenamed.inner.0 must be <= 3, got 4"
    );
}

slotmodel_renamed::config!(OutsideConfig);
slotmodel_renamed::records!(OutsidePacked, OutsideFrame, OutsideKind);
slotmodel_renamed::greeter!(OutsideGreeter, OutsideHello, "outside");
slotmodel_renamed::sensor!(OutsideSensor, OutsideProbe, "outside");

#[test]
fn every_macro_works_through_another_crates_dollar_crate() {
    assert!(OutsideConfig::new(0, 2).is_err());
    assert!(OutsideConfig::new(443, 1).is_err());
    assert_eq!(OutsideConfig::new(443, 4).unwrap().port(), 443);
    let packed = OutsidePackedPacked::try_from(&OutsidePacked {
        value: 1000,
        kind: OutsideKind::Data,
    })
    .unwrap();
    assert_eq!(packed.value(), 1000);
    assert!(OutsideFrameView::new(&[1, 0]).is_err());
    assert_eq!(OutsideFrameView::new(&[1, 9]).unwrap().kind(), OutsideKind::Data);
    assert_eq!(sm::create::<dyn OutsideGreeter>("outside").unwrap().greet(), "outside");
    let probe: Box<dyn OutsideSensor> = serde_json::from_str(r#"{"sensor": "outside"}"#).unwrap();
    assert_eq!(serde_json::to_string(&probe).unwrap(), r#"{"sensor":"outside"}"#);
}
