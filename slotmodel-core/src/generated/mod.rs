//! The fixed parts of the code slotmodel's derives generate, as `macro_rules!` the derives call
//! through `__private`: written once here, they cost the derive crate nothing to build.

mod compact;
mod features;
mod view;
