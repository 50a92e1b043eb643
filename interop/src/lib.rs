//! slotmodel held against the crates it works with and the crates it is measured beside.
//!
//! This crate has no API: its tests, examples and benchmarks are kept out of the root package
//! because they need heavy dependencies (Arrow and Parquet, `PostgreSQL` drivers, axum, tokio,
//! JSON Schema validators, the ICU and regex engines under the `url`, `regex` and `idna` text
//! rules, criterion and the peer crates), which every example of the root package would
//! otherwise build first. Run them with `-p slotmodel-interop`, e.g.
//! `cargo test -p slotmodel-interop` or `cargo bench -p slotmodel-interop --bench compact`.

/// The code blocks of `README.md`, compiled and run as doctests so that the README cannot drift
/// from the code. They run here, where every dependency they may show (axum, tokio, PostgreSQL
/// drivers) is at hand.
#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

/// The guides of `slotmodel::docs`, doctested here for the same reason as the README.
#[cfg(doctest)]
pub mod guides {
    #[doc = include_str!("../../src/docs/guide/validate.md")]
    pub struct Validate;
    #[doc = include_str!("../../src/docs/guide/compact.md")]
    pub struct Compact;
    #[doc = include_str!("../../src/docs/guide/view.md")]
    pub struct View;
    #[doc = include_str!("../../src/docs/guide/registry.md")]
    pub struct Registry;
    #[doc = include_str!("../../src/docs/guide/scope.md")]
    pub struct Scope;
    #[doc = include_str!("../../src/docs/guide/build.md")]
    pub struct Build;
}
