//! # slotmodel
//!
//! Python's class-level patterns, checked by the Rust compiler:
//!
//! - **validating descriptors** → `#[derive(Validate)]` with `#[bounded]`, `#[check]` and
//!   `#[nested]` fields: validated constructors, setters that keep the old value on refusal, and
//!   `const` constructors whose bounds are checked at compile time.
//!
//! ```
//! use slotmodel::Validate;
//!
//! #[derive(Validate, Debug)]
//! pub struct NetworkConfig {
//!     #[bounded(min = 1, max = 65535)]
//!     port: u32,
//!     #[bounded(0..=300)]
//!     timeout: u32,
//!     #[bounded(max = 50)]
//!     max_retries: u32,
//! }
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mut config = NetworkConfig::new(8080, 30, 3)?;
//! assert_eq!(config.port(), 8080);
//! let err = config.set_port(99_999).unwrap_err();
//! assert_eq!(err.to_string(), "NetworkConfig.port must be <= 65535, got 99999");
//! assert_eq!(config.port(), 8080);
//! config.validate()?;
//!
//! const DEFAULT: NetworkConfig = NetworkConfig::new_const(8080, 30, 3);
//! assert_eq!(DEFAULT.timeout(), 30);
//! # Ok(())
//! # }
//! ```
#![no_std]

pub use slotmodel_core::*;
pub use slotmodel_derive::{plugin, registry, Compact, Validate, View};

/// The traits and types most code needs: `use slotmodel::prelude::*;`.
///
/// ```
/// use slotmodel::prelude::*;
///
/// #[derive(Validate)]
/// struct Port(#[bounded(1..=65535)] u32);
///
/// let port: Result<Port, ValidationErrors> = Port::new(0);
/// assert!(port.is_err());
/// ```
pub mod prelude {
    pub use slotmodel_core::{Check, FieldError, Valid, Validate, ValidationErrors};
    pub use slotmodel_derive::Validate;
}

#[doc(hidden)]
pub mod __private {
    //! Not public API: paths that generated code uses. May change in any release.
    pub use slotmodel_core::__private::*;
}
