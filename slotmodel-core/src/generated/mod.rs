//! The fixed parts of the code slotmodel's derives generate, as `macro_rules!` the derives call
//! through `__private01`: written once here, they cost the derive crate nothing to build.

mod columns;
mod compact;
mod compact_enum;
mod features;
mod stub;
mod view;
mod view_var;
