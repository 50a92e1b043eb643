//! Every slotmodel macro in an edition-2021 crate, warning-free under strict lints.
#![deny(warnings, clippy::all, clippy::pedantic, unused_qualifications, missing_docs)]
#![forbid(unsafe_code)]

include!("../../editions/all_macros.rs");
