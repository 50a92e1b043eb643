//! Generated code compiles without a warning under the strictest lint levels a user may set,
//! including clippy's pedantic group (CI runs clippy over this file) and a module without the
//! implicit prelude.
#![deny(warnings, clippy::all, clippy::pedantic)]
#![forbid(unsafe_code)]

use slotmodel::Validate;

/// Every kind of rule at once.
#[derive(Validate, Debug, Clone)]
pub struct Everything<'a, T: Copy + slotmodel::Ranged<Scalar = u8>> {
    #[bounded(1..=65535)]
    port: u32,
    #[bounded(-1.5..2.5)]
    ratio: f64,
    #[bounded(len = 1..=8)]
    name: String,
    #[bounded(max_len = 3)]
    tags: &'a [u8],
    #[bounded(min = 1)]
    maybe: Option<i128>,
    #[check(slotmodel::rules::non_empty())]
    items: Vec<u8>,
    #[bounded(max = 9)]
    generic: T,
    #[nested]
    inner: Inner,
    plain: bool,
}

/// A tuple struct nested in `Everything`.
#[derive(Validate, Debug, Clone, Copy)]
pub struct Inner(#[bounded(max = 3)] u8, #[bounded(min = 'a' as u32)] u32);

#[no_implicit_prelude]
mod without_prelude {
    /// Limits.
    #[derive(::slotmodel::Validate)]
    pub struct Limits {
        /// Level.
        #[bounded(min = 1, max = 10)]
        pub level: u8,
        /// Name.
        #[bounded(len = 1..)]
        pub name: ::std::string::String,
        /// Weight.
        #[check(::slotmodel::rules::finite())]
        pub weight: f32,
    }

    /// A constant.
    #[derive(::slotmodel::Validate)]
    pub struct Constant(#[bounded(0..10)] pub i16, #[bounded(max = 1.0)] pub f32);
}

const ORIGIN: without_prelude::Constant = without_prelude::Constant::new_const(0, 0.5);

#[test]
fn strict_lints_accept_the_generated_code() {
    let inner = Inner::new(1, 100).unwrap();
    let value = Everything::new(80, 0.5, "x".into(), &[1], None, vec![1], 3_u8, inner, true).unwrap();
    assert_eq!(value.port(), 80);
    assert!(value.plain());
    assert!(Everything::new(80, 2.5, "x".into(), &[1], None, vec![1], 3_u8, inner, true).is_err());
    let limits = without_prelude::Limits::new(3, "a".into(), 1.0).unwrap();
    assert_eq!(limits.level(), 3);
    assert_eq!(ORIGIN.get_0(), 0);
}
