//! Plugin registries: `#[slotmodel::registry]` on a trait declares one, `#[slotmodel::plugin]` on
//! an impl registers into it (through `inventory`, so no central list is edited), and
//! [`Registry`] finds and creates plugins by name.

#[cfg(feature = "serde")]
mod content;
mod entry;
mod error;
pub(crate) mod plugin_support;
#[cfg(feature = "serde")]
mod serde;
mod suggest;

use std::boxed::Box;
use std::collections::HashMap;
use std::fmt;
use std::string::String;
use std::sync::{Arc, OnceLock};
use std::vec::Vec;

pub use entry::{Pluggable, PluginEntry, PluginInfo};
pub use error::{PluginError, RegistryErrors};
#[cfg(feature = "serde")]
#[doc(hidden)]
pub use serde::IntoPlugin;
#[cfg(feature = "serde")]
pub use serde::SerdePlugin;

use crate::Errors;
use suggest::Suggester;

/// The plugins of one trait, found by name in constant time.
///
/// The name → plugin map is built once, on first use, from everything the linked crates
/// registered; building it never panics (clashing names become [`PluginError::Duplicate`]s).
///
/// # Examples
///
/// ```
/// #[slotmodel::registry]
/// pub trait Exporter {
///     fn export(&self, data: &[i64]) -> String;
/// }
///
/// #[derive(Default)]
/// struct CsvExporter;
///
/// #[slotmodel::plugin(name = "csv")]
/// impl Exporter for CsvExporter {
///     fn export(&self, data: &[i64]) -> String {
///         data.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
///     }
/// }
///
/// let registry = slotmodel::registry::<dyn Exporter>();
/// assert_eq!(registry.names().collect::<Vec<_>>(), ["csv"]);
/// let csv = registry.create("csv").unwrap();
/// assert_eq!(csv.export(&[1, 2]), "1,2");
/// ```
pub struct Registry<R: ?Sized + Pluggable> {
    index: OnceLock<Index<R>>,
    source: Source<R>,
}

enum Source<R: ?Sized + Pluggable> {
    Inventory,
    Entries(Vec<&'static PluginEntry<R>>),
}

struct Index<R: ?Sized + Pluggable> {
    /// Sorted by name.
    entries: Vec<&'static PluginEntry<R>>,
    /// Every name and alias, each pointing into `slots`.
    /// The standard map with `foldhash`'s hasher: as fast as the hand-written open addressing it
    /// replaced, in `interop/benches/registry.rs` ("name map"), and 2-3x faster than `SipHash`.
    by_name: HashMap<&'static str, u32, foldhash::fast::RandomState>,
    slots: Vec<(&'static str, Slot<R>)>,
    /// The length in bytes of the longest name or alias: longer inputs are misses unread.
    longest: usize,
    /// Sorted primary names, each once; shared with every [`PluginError::Unknown`].
    names: Arc<[&'static str]>,
    suggester: Suggester,
}

enum Slot<R: ?Sized + Pluggable> {
    One(&'static PluginEntry<R>),
    Clash(Vec<&'static PluginEntry<R>>),
}

impl<R: ?Sized + Pluggable> Registry<R> {
    /// The registry of plugins submitted with `#[slotmodel::plugin]`. Used by
    /// `#[slotmodel::registry]`; call [`registry`] to get it.
    #[doc(hidden)]
    #[must_use]
    pub const fn from_inventory() -> Self {
        Registry {
            index: OnceLock::new(),
            source: Source::Inventory,
        }
    }

    /// A registry of the given entries, independent of what is linked: for tests, and for
    /// plugins chosen at run time.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[slotmodel::registry] pub trait Shape { fn sides(&self) -> u32; }
    /// # struct Square;
    /// # impl Shape for Square { fn sides(&self) -> u32 { 4 } }
    /// use slotmodel::{PluginEntry, PluginInfo, Registry};
    ///
    /// static SQUARE: PluginEntry<dyn Shape> = PluginEntry::new(
    ///     PluginInfo::new("square", "Square"),
    ///     |()| Box::new(Square),
    /// );
    /// let registry = Registry::from_entries(vec![&SQUARE]);
    /// assert_eq!(registry.create("square").unwrap().sides(), 4);
    /// ```
    #[must_use]
    pub fn from_entries(entries: Vec<&'static PluginEntry<R>>) -> Self {
        Registry {
            index: OnceLock::new(),
            source: Source::Entries(entries),
        }
    }

    fn index(&self) -> &Index<R> {
        self.index.get_or_init(|| {
            let entries = match &self.source {
                Source::Inventory => inventory::iter::<PluginEntry<R>>.into_iter().collect(),
                Source::Entries(entries) => entries.clone(),
            };
            Index::build(entries)
        })
    }

    /// Information on the plugin with this name or alias.
    ///
    /// # Errors
    ///
    /// [`PluginError::Unknown`] (with the nearest name) or [`PluginError::Duplicate`].
    ///
    /// # Examples
    ///
    /// See [`PluginInfo`].
    pub fn get(&self, name: &str) -> Result<&'static PluginInfo, PluginError> {
        self.entry(name).map(|entry| &entry.info)
    }

    #[inline]
    fn entry(&self, name: &str) -> Result<&'static PluginEntry<R>, PluginError> {
        let index = self.index();
        if let Some((_, Slot::One(entry))) = index.slot(name) {
            return Ok(entry);
        }
        Err(index.refusal(name))
    }

    /// Builds the plugin with this name or alias, passing `args` to its constructor.
    ///
    /// # Errors
    ///
    /// As [`get`](Registry::get).
    ///
    /// # Examples
    ///
    /// ```
    /// pub struct Options { pub separator: char }
    ///
    /// #[slotmodel::registry(args = Options)]
    /// pub trait Joiner { fn join(&self, parts: &[&str]) -> String; }
    ///
    /// struct Plain(char);
    /// impl Plain { fn new(options: Options) -> Self { Plain(options.separator) } }
    ///
    /// #[slotmodel::plugin(name = "plain", new = Plain::new)]
    /// impl Joiner for Plain {
    ///     fn join(&self, parts: &[&str]) -> String { parts.join(&self.0.to_string()) }
    /// }
    ///
    /// let joiner = slotmodel::create_with::<dyn Joiner>("plain", Options { separator: '+' }).unwrap();
    /// assert_eq!(joiner.join(&["a", "b"]), "a+b");
    /// ```
    pub fn create_with(&self, name: &str, args: R::Args) -> Result<Box<R>, PluginError> {
        self.entry(name).map(|entry| (entry.create)(args))
    }

    /// The plugins' primary names, sorted.
    ///
    /// # Examples
    ///
    /// See [`Registry`].
    pub fn names(&self) -> impl ExactSizeIterator<Item = &'static str> + '_ {
        self.index().names.iter().copied()
    }

    /// Every plugin, sorted by name (then by type, for clashing names).
    ///
    /// # Examples
    ///
    /// ```
    /// # #[slotmodel::registry] pub trait Codec {}
    /// for plugin in slotmodel::registry::<dyn Codec>().iter() {
    ///     println!("{:<10} {}", plugin.name, plugin.about);
    /// }
    /// ```
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &'static PluginInfo> + '_ {
        self.index().entries.iter().map(|entry| &entry.info)
    }

    /// The number of registered plugins.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[slotmodel::registry] pub trait Codec {}
    /// assert_eq!(slotmodel::registry::<dyn Codec>().len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.index().entries.len()
    }

    /// Whether no plugin is registered.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[slotmodel::registry] pub trait Codec {}
    /// assert!(slotmodel::registry::<dyn Codec>().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Reports every name or alias claimed by more than one plugin, so one test line catches
    /// them all: `slotmodel::registry::<dyn Exporter>().check().unwrap();`
    ///
    /// # Errors
    ///
    /// One [`PluginError::Duplicate`] per contested name, sorted by name.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[slotmodel::registry] pub trait Codec {}
    /// slotmodel::registry::<dyn Codec>().check().unwrap();
    /// ```
    pub fn check(&self) -> Result<(), RegistryErrors> {
        let index = self.index();
        // `slots` is sorted by name, so the errors are too.
        let errors: Vec<PluginError> = index
            .slots
            .iter()
            .filter_map(|(name, slot)| match slot {
                Slot::Clash(claimants) => Some(PluginError::Duplicate {
                    registry: R::NAME,
                    name,
                    claimants: claimants.iter().map(|e| e.info).collect(),
                }),
                Slot::One(_) => None,
            })
            .collect();
        Errors::from_vec(errors).map_or(Ok(()), Err)
    }

    /// Fails loudly when expected plugins are missing, typically because the crate that
    /// registers them was never linked into the program.
    ///
    /// # Errors
    ///
    /// [`PluginError::Missing`] naming every absent plugin.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[slotmodel::registry] pub trait Codec {}
    /// let err = slotmodel::registry::<dyn Codec>().require(&["json"]).unwrap_err();
    /// assert!(err.to_string().starts_with("missing Codec plugins: json"));
    /// ```
    pub fn require(&self, names: &[&str]) -> Result<(), PluginError> {
        let index = self.index();
        let missing: Vec<String> = names
            .iter()
            .filter(|n| index.slot(n).is_none())
            .map(|n| error::shown(n))
            .collect();
        if missing.is_empty() {
            Ok(())
        } else {
            Err(PluginError::Missing {
                registry: R::NAME,
                names: missing,
            })
        }
    }
}

impl<R: ?Sized + Pluggable<Args = ()>> Registry<R> {
    /// Builds the plugin with this name or alias.
    ///
    /// # Errors
    ///
    /// As [`get`](Registry::get).
    ///
    /// # Examples
    ///
    /// See [`Registry`].
    pub fn create(&self, name: &str) -> Result<Box<R>, PluginError> {
        self.create_with(name, ())
    }
}

impl<R: ?Sized + Pluggable> fmt::Debug for Registry<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Registry")
            .field("trait", &R::NAME)
            .field("plugins", &self.iter().collect::<Vec<_>>())
            .finish()
    }
}

impl<R: ?Sized + Pluggable> Index<R> {
    /// The slot of a name or alias. An input longer than every name is dismissed unread, so a
    /// huge one costs no more than a short one.
    #[inline]
    fn slot(&self, name: &str) -> Option<&(&'static str, Slot<R>)> {
        if name.len() > self.longest {
            return None;
        }
        self.slots.get(*self.by_name.get(name)? as usize)
    }

    /// Why `name` has no single plugin; kept out of line, away from the lookup.
    #[cold]
    #[inline(never)]
    fn refusal(&self, name: &str) -> PluginError {
        let clash = match self.slot(name) {
            Some((contested, Slot::Clash(claimants))) => Some((*contested, claimants)),
            _ => None,
        };
        match clash {
            Some((contested, claimants)) => PluginError::Duplicate {
                registry: R::NAME,
                name: contested,
                claimants: claimants.iter().map(|e| e.info).collect(),
            },
            None => PluginError::Unknown {
                registry: R::NAME,
                name: error::shown(name),
                suggestion: self.suggester.nearest(name),
                available: Arc::clone(&self.names),
            },
        }
    }

    fn build(mut entries: Vec<&'static PluginEntry<R>>) -> Self {
        entries.sort_by(|a, b| {
            (a.info.name, a.info.type_name, a.info.file, a.info.line).cmp(&(
                b.info.name,
                b.info.type_name,
                b.info.file,
                b.info.line,
            ))
        });
        let mut by_name: HashMap<&'static str, Slot<R>> = HashMap::with_capacity(entries.len());
        for &entry in &entries {
            for &name in core::iter::once(&entry.info.name).chain(entry.info.aliases) {
                match by_name.get_mut(name) {
                    None => {
                        by_name.insert(name, Slot::One(entry));
                    }
                    Some(Slot::One(first)) => {
                        let first = *first;
                        // A plugin that lists the same alias twice does not clash with itself.
                        if !core::ptr::eq(first, entry) {
                            by_name.insert(name, Slot::Clash(std::vec![first, entry]));
                        }
                    }
                    Some(Slot::Clash(claimants)) => {
                        if !claimants.iter().any(|c| core::ptr::eq(*c, entry)) {
                            claimants.push(entry);
                        }
                    }
                }
            }
        }
        let mut names: Vec<&'static str> = entries.iter().map(|e| e.info.name).collect();
        names.dedup();
        let mut slots: Vec<(&'static str, Slot<R>)> = by_name.into_iter().collect();
        slots.sort_by_key(|(name, _)| *name);
        let by_name = slots
            .iter()
            .enumerate()
            .map(|(i, (name, _))| (*name, u32::try_from(i).unwrap_or(u32::MAX)))
            .collect();
        Index {
            entries,
            by_name,
            longest: slots.iter().map(|(name, _)| name.len()).max().unwrap_or(0),
            suggester: Suggester::new(slots.iter().map(|(name, _)| *name)),
            slots,
            names: names.into(),
        }
    }
}

/// The registry of a trait declared with `#[slotmodel::registry]`.
///
/// # Examples
///
/// ```
/// # #[slotmodel::registry] pub trait Codec {}
/// let registry: &'static slotmodel::Registry<dyn Codec> = slotmodel::registry::<dyn Codec>();
/// assert_eq!(registry.len(), 0);
/// ```
#[must_use]
pub fn registry<R: ?Sized + Pluggable>() -> &'static Registry<R> {
    R::registry()
}

/// Builds the plugin of trait `R` with this name or alias: Python's `create(name)`.
///
/// # Errors
///
/// An unknown or contested name.
///
/// # Examples
///
/// See [`Registry`].
pub fn create<R: ?Sized + Pluggable<Args = ()>>(name: &str) -> Result<Box<R>, PluginError> {
    R::registry().create(name)
}

/// Builds the plugin with this name, passing `args` to its constructor: Python's
/// `create(name, *args, **kwargs)`.
///
/// # Errors
///
/// An unknown or contested name.
///
/// # Examples
///
/// See [`Registry::create_with`].
pub fn create_with<R: ?Sized + Pluggable>(name: &str, args: R::Args) -> Result<Box<R>, PluginError> {
    R::registry().create_with(name, args)
}
