//! What each fuzz target asserts, kept apart from libFuzzer so that the root crate's
//! `tests/fuzz_corpus.rs` replays the checked-in corpus through the very same checks on stable.

mod compact;
mod input;
mod packed_file;
mod registry;
mod registry_config;
mod validate;
mod view;
mod view_formats;
mod view_order;

pub use compact::compact_values;
pub use packed_file::packed_file;
pub use registry::registry_names;
pub use registry_config::registry_config;
pub use validate::validate_setters;
pub use view::view_bytes;
pub use view_formats::view_formats;
pub use view_order::view_order;

/// A check: panics when the input breaks what it asserts.
pub type Check = fn(&[u8]);

/// Every check, by the name of its fuzz target and corpus directory.
pub const TARGETS: [(&str, Check); 8] = [
    ("compact_values", compact_values),
    ("packed_file", packed_file),
    ("registry_config", registry_config),
    ("registry_names", registry_names),
    ("validate_setters", validate_setters),
    ("view_bytes", view_bytes),
    ("view_formats", view_formats),
    ("view_order", view_order),
];
