//! # slotmodel
//!
//! Python's class-level patterns, done the Rust way: checked by the compiler where Python checks
//! at run time.
//!
//! | Python pattern | slotmodel | reference |
//! | --- | --- | --- |
//! | a validating descriptor, `port = Bounded(min_val=1, max_val=65535)` | `#[derive(Validate)]` with `#[bounded]`, `#[check]` and `#[nested]` fields | [`Validate`](derive@Validate) |
//! | `__slots__` for millions of instances | `#[derive(Compact)]`: a bit-packed `<Name>Packed` companion | [`Compact`](derive@Compact) |
//! | `memoryview` zero-copy slicing | `#[derive(View)]`: typed views over byte buffers | [`View`](derive@View) |
//! | an `__init_subclass__` plugin registry | `#[slotmodel::registry]` on a trait, `#[slotmodel::plugin]` on each impl | [`registry`](macro@registry), [`plugin`](macro@plugin) |
//! | `@contextmanager`, `ExitStack` | `managed`, `Guard` and `ExitStack` | [`scope`] |
//!
//! Guides to each product, with what the macros' reference pages leave out (the options, the
//! compile-time errors, measured figures and comparisons with other crates), are in [`docs`].
//!
//! Cargo features, every one of them:
//!
//! - `std` (default): `std::error::Error` for the errors, hash maps and sets in the rules;
//!   registries and scopes need it, the three derives work without it, with `alloc`.
//! - `registry` (default): plugin registries, [`registry`](macro@registry) and
//!   [`plugin`](macro@plugin), collected at link time by `inventory`.
//! - `scope` (default): scoped lifecycles, [`scope`].
//! - `serde`: [`Valid<T>`](Valid) deserializes by validating; a registry declared with
//!   `serde(..)` reads its plugins from configuration files; validation errors as JSON.
//! - `tracing`: structured events of [`scope`].
//! - `rusqlite`: [`Transactional`](scope::Transactional) for rusqlite 0.32 to 0.43 transactions
//!   and savepoints (`SQLite` linked as the application chooses).
//! - `tokio-postgres`: [`AsyncTransactional`](scope::AsyncTransactional) for tokio-postgres 0.7
//!   transactions and savepoints.
//! - `sqlx-postgres` and `sqlx-sqlite`: the same for sqlx 0.8's `PostgreSQL` and `SQLite`
//!   transactions, and [`Retryable`](scope::Retryable) for `sqlx::Error`.
//! - `tokio`: the async retry waits on tokio's timer, not on a thread per wait.
//! - `axum`: `slotmodel::axum::Valid`, request extractors for axum 0.8 that answer 422 with the
//!   errors as JSON.
//! - `arrow`: [`PackedVec`] to and from Arrow `RecordBatch`es (arrow 59 or 60).
//! - `url`: `#[check(url)]`.
//! - `regex`: `#[check(pattern = "..")]`, the pattern checked when the macro runs.
//! - `unicode`: lengths in grapheme clusters.
//! - `schemars`: `#[slotmodel(json_schema)]`, a JSON Schema from the same rules.
//! - `idna`: `#[check(email)]` accepts internationalized domains by their ASCII form.
//!
//! The derives and the types most code needs are in the [`prelude`].
//!
//! ## Validated fields: `#[derive(Validate)]`
//!
//! Fields stay private; the derive generates a validated constructor `new` that reports every
//! failing field, a `const fn new_const` whose bounds the compiler checks, getters, setters that
//! keep the old value on refusal, the [`Validate`](trait@Validate) trait and `FIELDS`, the rules as
//! data. Rules: `#[bounded(..)]` (ranges, `min`/`max`, lengths), `#[check(RULE)]` with any
//! [`Check`] rule (ready-made ones in [`rules`]) and `#[nested]`. Reference:
//! [`Validate`](derive@Validate).
//!
//! ```
//! use slotmodel::{rules, Validate};
//!
//! #[derive(Validate, Debug)]
//! pub struct NetworkConfig {
//!     #[bounded(min = 1, max = 65535)]
//!     port: u32,
//!     #[bounded(0..=300)]
//!     timeout: u32,
//!     #[check(rules::one_of(&["tcp", "udp"]))]
//!     protocol: String,
//! }
//!
//! let mut config = NetworkConfig::new(8080, 30, "tcp".into())?;
//! assert_eq!(config.port(), 8080);
//! let err = config.set_port(99_999).unwrap_err();
//! assert_eq!(err.to_string(), "NetworkConfig.port must be <= 65535, got 99999");
//! assert_eq!(config.port(), 8080); // a refused value changes nothing
//! config.validate()?;
//!
//! let errors = NetworkConfig::new(0, 30, "quic".into()).unwrap_err();
//! assert_eq!(errors.to_string(), "NetworkConfig.port must be >= 1, got 0\n\
//!                                 NetworkConfig.protocol must be one of \"tcp\", \"udp\", got \"quic\"");
//! # Ok::<(), slotmodel::ValidationErrors>(())
//! ```
//!
//! ## Compact layouts: `#[derive(Compact)]`
//!
//! Stores each field in exactly the bits its type and bounds need, in a `<Name>Packed` companion
//! with getters, checked setters, `try_from`, `unpack`, `BITS` and `SIZE`, and reports the layout
//! as `Name::LAYOUT`. Reference: [`Compact`](derive@Compact).
//!
//! ```
//! use slotmodel::{Compact, Validate};
//!
//! #[derive(Compact, Clone, Copy, Debug, PartialEq)]
//! pub enum Unit { Celsius, Fahrenheit, Kelvin }               // 2 bits
//!
//! #[derive(Compact, Validate, Debug, PartialEq)]
//! #[slotmodel(max_size = 16)]                                  // a compile-time budget
//! pub struct SensorReading {
//!     #[bounded(max = 4_294_967_295)]
//!     timestamp: u64,                                          // 32 bits
//!     value: f32,                                              // 32 bits
//!     unit: Unit,
//! }
//!
//! let reading = SensorReading::new(1_700_000_000, 21.5, Unit::Celsius)?;
//! let mut packed = SensorReadingPacked::try_from(&reading)?;
//! assert_eq!(SensorReadingPacked::SIZE, 9);                    // against 16 bytes unpacked
//! assert_eq!(packed.timestamp(), 1_700_000_000);
//! packed.set_unit(Unit::Kelvin);
//! assert!(packed.set_timestamp(1 << 40).is_err());             // out of bounds: refused
//! assert_eq!(packed.unit(), Unit::Kelvin);
//! let back: SensorReading = packed.unpack();
//! assert_eq!(back.timestamp(), 1_700_000_000);
//! println!("{}", SensorReading::LAYOUT);                       // fields, offsets, bits, saving
//! # Ok::<(), slotmodel::ValidationErrors>(())
//! ```
//!
//! ## Zero-copy views: `#[derive(View)]`
//!
//! `<Name>View<'a>` and `<Name>ViewMut<'a>` check a byte buffer once, then decode each field
//! straight from it; the borrow keeps the buffer alive, and `to_owned()` is the explicit copy.
//! Real formats too: lengths from a field (`#[view(len = ..)]`, `#[view(count = ..)]`), tagged
//! unions (`#[view(tag = ..)]`, [`ViewUnion`]), bit fields (`#[view(bits = N)]`), padded records
//! and tables of records. Reference: [`View`](derive@View).
//!
//! ```
//! use slotmodel::View;
//!
//! #[derive(View, Debug, PartialEq)]
//! #[view(endian = "big", size = 8)]
//! pub struct Header {
//!     magic: [u8; 2],
//!     flags: u16,
//!     length: u32,
//! }
//!
//! let mut buf = [b'S', b'M', 0, 1, 0, 0, 1, 0];
//! let view = HeaderView::new(&buf)?;
//! assert_eq!(view.magic(), b"SM");                  // borrowed from `buf`
//! assert_eq!((view.flags(), view.length()), (1, 256));
//! assert_eq!(HeaderView::new(&buf[..7]).unwrap_err().to_string(), "Header needs 8 bytes, got 7");
//!
//! HeaderViewMut::new(&mut buf)?.set_length(7);      // written in place
//! assert_eq!(&buf[4..], &[0, 0, 0, 7]);
//! # Ok::<(), slotmodel::ViewError>(())
//! ```
//!
//! ## Plugin registries: `#[slotmodel::registry]` and `#[slotmodel::plugin]`
//!
//! Implementations register themselves under a name, from any linked crate, and are created by
//! name; a name claimed twice does not build. References: [`registry`](macro@registry) (and the
//! [`Registry`] it gives), [`plugin`](macro@plugin).
//!
//! ```
//! #[slotmodel::registry]
//! pub trait Exporter {
//!     fn export(&self, data: &[i64]) -> String;
//! }
//!
//! #[derive(Default)]
//! pub struct CsvExporter;
//!
//! /// Comma-separated values.
//! #[slotmodel::plugin(name = "csv", alias = "comma")]
//! impl Exporter for CsvExporter {
//!     fn export(&self, data: &[i64]) -> String {
//!         data.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
//!     }
//! }
//!
//! let csv = slotmodel::create::<dyn Exporter>("comma")?;
//! assert_eq!(csv.export(&[1, 2, 3]), "1,2,3");
//! let registry = slotmodel::registry::<dyn Exporter>();
//! assert_eq!(registry.names().collect::<Vec<_>>(), ["csv"]);
//! assert_eq!(registry.get("csv")?.about, "Comma-separated values.");
//! # Ok::<(), slotmodel::PluginError>(())
//! ```
//!
//! ## Scoped lifecycles: [`scope`]
//!
//! [`managed`](scope::managed) runs a body with a [`Transactional`](scope::Transactional) resource
//! and commits it when the body returns `Ok`, or rolls it back on `Err` and on panic;
//! [`Guard`](scope::Guard) does the same for code that cannot be a closure, rolling back when
//! dropped uncommitted; [`ExitStack`](scope::ExitStack) runs any number of cleanups in reverse
//! order and reports every failure. For async code, [`managed_async`](scope::managed_async) and
//! [`AsyncExitStack`](scope::AsyncExitStack) do the same on any runtime, a future dropped
//! unfinished included; [`managed_retry`](scope::managed_retry) and
//! [`managed_retry_async`](scope::managed_retry_async) rerun a transaction that lost a
//! serialization conflict or a deadlock. Reference: [`scope`].
//!
//! ```
//! use std::cell::RefCell;
//! use slotmodel::scope::{managed, ExitStack, Guard, Transactional};
//!
//! /// Rows staged in memory, appended to the table on commit, dropped on rollback.
//! struct Batch<'a> {
//!     table: &'a mut Vec<&'static str>,
//!     rows: Vec<&'static str>,
//! }
//!
//! impl Transactional for Batch<'_> {
//!     type Error = std::convert::Infallible;
//!     fn commit(self) -> Result<(), Self::Error> { self.table.extend(self.rows); Ok(()) }
//!     fn rollback(self) -> Result<(), Self::Error> { Ok(()) }
//! }
//!
//! let mut table = Vec::new();
//! let added = managed("import", Batch { table: &mut table, rows: vec![] }, |batch| {
//!     batch.rows.push("ada");
//!     Ok::<_, String>(batch.rows.len())
//! });
//! assert_eq!(added.unwrap(), 1);                                // committed
//! let failed = managed("import", Batch { table: &mut table, rows: vec![] }, |batch| {
//!     batch.rows.push("mallory");
//!     Err::<(), _>("mallory is not welcome".to_owned())
//! });
//! assert_eq!(failed.unwrap_err().to_string(), "import failed and was rolled back");
//!
//! let mut batch = Guard::new("manual", Batch { table: &mut table, rows: vec![] });
//! batch.rows.push("grace");                                     // the guard derefs to the resource
//! batch.commit().unwrap();
//! {
//!     let mut abandoned = Guard::new("abandoned", Batch { table: &mut table, rows: vec![] });
//!     abandoned.rows.push("eve");
//! }                                                             // dropped uncommitted: rolled back
//! assert_eq!(table, ["ada", "grace"]);
//!
//! let log = RefCell::new(Vec::new());
//! let stack: ExitStack<'_, String> = ExitStack::new();
//! let mut out = stack.enter(Vec::<u8>::new(), |bytes| {
//!     log.borrow_mut().push(format!("flushed {} bytes", bytes.len()));
//!     Ok::<_, String>(())
//! });
//! stack.defer(|| Err::<(), _>("disk full".to_owned()));
//! out.get_mut().extend(b"data");
//! let errors = stack.close().unwrap_err();                      // every cleanup ran, last first
//! assert_eq!(errors.to_string(), "disk full");
//! assert_eq!(*log.borrow(), ["flushed 4 bytes"]);
//! ```
#![no_std]

pub use slotmodel_core::*;

#[doc = include_str!("docs/validate.md")]
#[doc = include_str!("docs/attributes.md")]
pub use slotmodel_derive::Validate;

#[doc = include_str!("docs/compact.md")]
#[doc = include_str!("docs/attributes.md")]
pub use slotmodel_derive::Compact;

#[doc = include_str!("docs/view.md")]
#[doc = include_str!("docs/attributes.md")]
pub use slotmodel_derive::View;

#[doc = include_str!("docs/registry.md")]
pub use slotmodel_derive::registry;

#[doc = include_str!("docs/plugin.md")]
pub use slotmodel_derive::plugin;

/// Guides to each product: how to use it, its options and errors, and how it compares, with
/// measured figures. Each page's examples are compiled and run as doctests.
// Prose pages name products (SQLite, PostgreSQL, DataFusion) as prose does, not as code.
#[allow(clippy::doc_markdown)]
pub mod docs {
    // The pages are doctested by `slotmodel-interop`, whose dev-dependencies hold every crate they
    // show (axum, tokio, PostgreSQL drivers); here they are only rendered, so that the examples of
    // this package build without those crates.

    /// Validated fields with `#[derive(Validate)]`: what it generates, the rules, errors as data
    /// and as JSON, the axum extractor, container options.
    #[cfg_attr(not(doctest), doc = include_str!("docs/guide/validate.md"))]
    pub mod validate {}

    /// Compact layouts with `#[derive(Compact)]`: bit widths, the packed companion, bytes in and
    /// out, `PackedVec`, columns, packed files and Arrow, with measured figures.
    #[cfg_attr(not(doctest), doc = include_str!("docs/guide/compact.md"))]
    pub mod compact {}

    /// Zero-copy views with `#[derive(View)]`: fixed and variable-length records, tagged unions,
    /// bit fields, expression lengths, conditional fields, and the real formats they are held to.
    #[cfg_attr(not(doctest), doc = include_str!("docs/guide/view.md"))]
    pub mod view {}

    /// Plugin registries with `#[registry]` and `#[plugin]`: registration from any crate,
    /// creation by name, registries read from configuration files, and the peers.
    #[cfg_attr(not(doctest), doc = include_str!("docs/guide/registry.md"))]
    pub mod registry {}

    /// Scoped lifecycles: `managed`, `Guard` and `ExitStack`, their async forms, `PostgreSQL`
    /// and `SQLite` transactions, and retry on serialization failures.
    #[cfg_attr(not(doctest), doc = include_str!("docs/guide/scope.md"))]
    pub mod scope {}

    /// Build cost beside validator and garde, hygiene and portability, and each dependency with
    /// the reason for it.
    #[cfg_attr(not(doctest), doc = include_str!("docs/guide/build.md"))]
    pub mod build {}
}

/// The derives and the types most code needs: `use slotmodel::prelude::*;`.
///
/// It holds the five macros, the traits ([`Validate`](trait@crate::Validate), [`Check`],
/// [`Packable`], [`ViewItem`], [`Ranged`], [`HasLength`], and with `std`
/// [`Transactional`](scope::Transactional)), the error types, [`Valid`], the [`rules`] module, and
/// with `std` the registry functions ([`registry()`](fn@crate::registry), [`create`],
/// [`create_with`], [`Registry`]) and the main items of [`scope`]
/// ([`managed`](scope::managed), [`Guard`](scope::Guard), [`ExitStack`](scope::ExitStack), and
/// their async and retrying forms).
///
/// ```
/// use slotmodel::prelude::*;
///
/// #[derive(Validate, Compact, Debug)]
/// struct Port(#[bounded(1..=65535)] u32);
///
/// let port: Result<Port, ValidationErrors> = Port::new(0);
/// assert!(port.is_err());
/// assert_eq!(<Port as Packable>::BITS, 16);
///
/// #[registry]
/// trait Greeter {
///     fn greet(&self) -> String;
/// }
///
/// #[derive(Default)]
/// struct English;
///
/// #[plugin(name = "en")]
/// impl Greeter for English {
///     fn greet(&self) -> String { "hello".into() }
/// }
///
/// assert_eq!(create::<dyn Greeter>("en").map(|g| g.greet()), Ok("hello".to_owned()));
/// let err: PluginError = create::<dyn Greeter>("fr").err().unwrap();
/// assert!(registry::<dyn Greeter>().check().is_ok());
///
/// let stack: ExitStack = ExitStack::new();
/// stack.defer(move || Err::<(), _>(err));
/// let errors: CleanupErrors<_> = stack.close().unwrap_err();
/// assert!(errors.first().to_string().starts_with("unknown Greeter plugin \"fr\""));
/// ```
pub mod prelude {
    #[doc(no_inline)]
    pub use crate::rules;
    #[cfg(feature = "registry")]
    #[doc(no_inline)]
    pub use crate::{create, create_with, PluginError, Registry, RegistryErrors};
    #[doc(no_inline)]
    pub use crate::{
        plugin, registry, Check, Compact, ErrorKind, Errors, FieldError, HasLength, Packable, Ranged, Valid, Validate,
        ValidateWith, ValidationErrors, View, ViewError, ViewItem, ViewUnion,
    };

    #[cfg(feature = "scope")]
    #[doc(no_inline)]
    pub use crate::scope::{
        managed, managed_async, managed_retry, managed_retry_async, AsyncExitStack, AsyncTransactional, CleanupError,
        CleanupErrors, ExitStack, Guard, RetryError, RetryPolicy, Retryable, ScopeError, Transactional,
    };
}

#[doc(hidden)]
pub mod __private01 {
    //! Not public API: paths that generated code uses. May change in any release. Named with
    //! the release (0.1.x), as `slotmodel-derive` names it, so that a derive of another release
    //! fails to compile rather than silently mixing with this runtime.
    pub use slotmodel_core::__private01::*;
}
