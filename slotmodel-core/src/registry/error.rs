//! Why a plugin could not be found or created, and how close a typo was.

use std::fmt;
use std::string::String;
use std::sync::Arc;
use std::vec::Vec;

use super::PluginInfo;

/// Why a plugin could not be found or created.
///
/// The enum and each variant are `#[non_exhaustive]`: match variants with `..`, so that a field
/// or variant added later does not break the match.
///
/// # Examples
///
/// ```
/// #[slotmodel::registry]
/// pub trait Codec {}
///
/// #[derive(Default)]
/// struct Json;
/// #[slotmodel::plugin(name = "json")]
/// impl Codec for Json {}
///
/// let err = slotmodel::create::<dyn Codec>("jsn").err().unwrap();
/// assert_eq!(err.to_string(), r#"unknown Codec plugin "jsn"; did you mean "json"? available: json"#);
/// if let slotmodel::PluginError::Unknown { suggestion, .. } = err {
///     assert_eq!(suggestion, Some("json"));
/// }
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum PluginError {
    /// No plugin has this name or alias.
    #[non_exhaustive]
    Unknown {
        /// The registry's trait.
        registry: &'static str,
        /// The name asked for; a name longer than 100 bytes is cut there (at a character
        /// boundary) and ends in `…`, so that a refusal never copies a huge input.
        name: String,
        /// The closest registered name or alias, if one is close enough to be a typo.
        suggestion: Option<&'static str>,
        /// Every registered name, sorted; shared by every refusal of the registry, not copied.
        available: Arc<[&'static str]>,
    },
    /// Several plugins claim this name or alias.
    #[non_exhaustive]
    Duplicate {
        /// The registry's trait.
        registry: &'static str,
        /// The contested name.
        name: &'static str,
        /// Every plugin that claims it.
        claimants: Vec<PluginInfo>,
    },
    /// Plugins that [`Registry::require`](super::Registry::require) expected are not linked into this program.
    #[non_exhaustive]
    Missing {
        /// The registry's trait.
        registry: &'static str,
        /// The missing names, each cut like [`Unknown`](PluginError::Unknown)'s `name`.
        names: Vec<String>,
    },
}

impl fmt::Display for PluginError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PluginError::Unknown {
                registry,
                name,
                suggestion,
                available,
            } => {
                write!(f, "unknown {registry} plugin {name:?}; ")?;
                if let Some(suggestion) = suggestion {
                    write!(f, "did you mean {suggestion:?}? ")?;
                }
                if available.is_empty() {
                    f.write_str("no plugins are registered (is the crate that registers them linked?)")
                } else {
                    write!(f, "available: {}", available.join(", "))
                }
            }
            PluginError::Duplicate {
                registry,
                name,
                claimants,
            } => {
                write!(f, "duplicate {registry} plugin name {name:?}, claimed by ")?;
                for (i, claimant) in claimants.iter().enumerate() {
                    f.write_str(if i == 0 { "" } else { " and " })?;
                    write!(f, "{claimant}")?;
                }
                Ok(())
            }
            PluginError::Missing { registry, names } => {
                write!(
                    f,
                    "missing {registry} plugins: {}; link the crates that register them (`use plugin_crate as _;` in the binary)",
                    names.join(", ")
                )
            }
        }
    }
}

// No `source()`: no variant wraps another error; each is the whole story.
impl std::error::Error for PluginError {}

/// Every problem [`Registry::check`](super::Registry::check) found: one or more
/// [`PluginError`]s, never none, with one error per line in `Display`.
///
/// # Examples
///
/// ```
/// #[slotmodel::registry]
/// pub trait Codec {}
///
/// #[derive(Default)]
/// struct Zip;
/// #[derive(Default)]
/// struct Gzip;
/// // `link_guard = false` lets a deliberate clash build, so that `check` can report it.
/// #[slotmodel::plugin(name = "zip", link_guard = false)]
/// impl Codec for Zip {}
/// #[slotmodel::plugin(name = "zip", link_guard = false)]
/// impl Codec for Gzip {}
///
/// let errors: slotmodel::RegistryErrors = slotmodel::registry::<dyn Codec>().check().unwrap_err();
/// assert_eq!(errors.len(), 1);
/// assert!(errors.first().to_string().starts_with(r#"duplicate Codec plugin name "zip""#));
/// ```
pub type RegistryErrors = crate::Errors<PluginError>;

/// How much of an unknown name a refusal keeps.
const KEPT_BYTES: usize = 100;

/// `name`, cut after [`KEPT_BYTES`] at a character boundary and marked with `…` when longer.
pub(super) fn shown(name: &str) -> String {
    if name.len() <= KEPT_BYTES {
        return String::from(name);
    }
    let mut end = KEPT_BYTES;
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    let mut kept = String::with_capacity(end + '…'.len_utf8());
    kept.push_str(&name[..end]);
    kept.push('…');
    kept
}
