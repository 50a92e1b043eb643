//! Validation, the product of `#[derive(Validate)]`: the [`Validate`] and [`Check`] traits, the
//! built-in rules, the errors a refused value reports, the [`Valid`] wrapper, and the helpers the
//! derive expands into.

#[cfg(feature = "axum")]
pub mod axum;
pub(crate) mod elements;
pub(crate) mod error;
#[cfg(feature = "serde")]
mod error_wire;
pub(crate) mod expand;
mod expand_features;
mod kind;
pub(crate) mod refusal;
pub mod rules;
#[cfg(feature = "schemars")]
pub(crate) mod schema;
// Without the feature, `#[slotmodel(json_schema)]` still expands, to say which feature it needs.
#[cfg(not(feature = "schemars"))]
mod schema_off;
pub(crate) mod spec;
pub(crate) mod text_rules;
mod traits;
mod valid;
pub(crate) mod value;

pub use elements::Elements;
pub use error::{FieldError, ValidationErrors};
pub use kind::{ErrorKind, IpVersion, LengthUnit, TextRule};
pub use spec::{Bound, FieldSpec, Rule};
pub use traits::{Check, Validate, ValidateWith};
pub use valid::Valid;
pub use value::{HasLength, Ranged, Scalar};
