//! Why a plugin could not be found or created, and how close a typo was.

use std::fmt;
use std::string::String;
use std::vec::Vec;

use super::PluginInfo;

/// Why a plugin could not be found or created.
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
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum PluginError {
    /// No plugin has this name or alias.
    Unknown {
        /// The registry's trait.
        registry: &'static str,
        /// The name asked for.
        name: String,
        /// The closest registered name, if one is close.
        suggestion: Option<&'static str>,
        /// Every registered name, sorted.
        available: Vec<&'static str>,
    },
    /// Several plugins claim this name or alias.
    Duplicate {
        /// The registry's trait.
        registry: &'static str,
        /// The contested name.
        name: &'static str,
        /// Every plugin that claims it.
        claimants: Vec<PluginInfo>,
    },
    /// Plugins that [`Registry::require`](super::Registry::require) expected are not linked into this program.
    Missing {
        /// The registry's trait.
        registry: &'static str,
        /// The missing names.
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

impl std::error::Error for PluginError {}

/// Every problem [`Registry::check`](super::Registry::check) found.
///
/// # Examples
///
/// ```
/// # #[slotmodel::registry] pub trait Codec {}
/// assert!(slotmodel::registry::<dyn Codec>().check().is_ok());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegistryErrors(pub Vec<PluginError>);

impl fmt::Display for RegistryErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, error) in self.0.iter().enumerate() {
            f.write_str(if i == 0 { "" } else { "\n" })?;
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for RegistryErrors {}

/// The registered name closest to `name`, when it is close enough to be a typo.
pub(super) fn nearest(name: &str, candidates: impl Iterator<Item = &'static str>) -> Option<&'static str> {
    candidates
        .map(|candidate| (edit_distance(name, candidate), candidate))
        .filter(|&(distance, candidate)| distance <= 2.max(candidate.chars().count() / 3))
        .min()
        .map(|(_, candidate)| candidate)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = std::vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}
