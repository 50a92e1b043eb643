//! `#[slotmodel(crate = path)]`: generated code reaches the runtime through the given path,
//! here an alias of the crate and a module that re-exports it.

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
