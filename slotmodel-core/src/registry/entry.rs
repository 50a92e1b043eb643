//! What a registry holds: the [`Pluggable`] trait of registry trait objects, and each plugin's
//! [`PluginInfo`] and [`PluginEntry`].

use std::boxed::Box;
use std::fmt;

use super::Registry;

/// A trait object type that `#[slotmodel::registry]` turned into a registry: `dyn Exporter`.
///
/// # Safety
///
/// [`inventory_registry`](Pluggable::inventory_registry) must return a list that no other type
/// uses, since `inventory` trusts every node in it to be a `PluginEntry<Self>`. Only
/// `#[slotmodel::registry]` implements this trait, and it gives each registry its own `static`.
///
/// # Examples
///
/// ```
/// #[slotmodel::registry]
/// pub trait Greeter {
///     fn greet(&self) -> String;
/// }
///
/// assert_eq!(<dyn Greeter as slotmodel::Pluggable>::NAME, "Greeter");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a plugin registry",
    label = "no registry for this trait",
    note = "add `#[slotmodel::registry]` to the trait's declaration, so that its impls can be registered with `#[slotmodel::plugin]`"
)]
#[allow(unsafe_code, reason = "inventory trusts each list to hold one type; see Safety")]
pub unsafe trait Pluggable: 'static {
    /// What `create_with` passes to each plugin's constructor (`()` when the registry takes none).
    type Args;
    /// The trait's name, for messages.
    const NAME: &'static str;
    /// Whether the registry reads its plugins from configuration files (`serde(..)`); set by
    /// `#[slotmodel::registry]`.
    #[doc(hidden)]
    type Serde;
    /// The registry of this trait.
    fn registry() -> &'static Registry<Self>;
    /// The `inventory` list the plugins of this trait are submitted to.
    #[doc(hidden)]
    fn inventory_registry() -> &'static inventory::Registry;
}

/// What is known of a registered plugin.
///
/// `#[non_exhaustive]`: read the fields, build one with [`PluginInfo::new`] and the `with_`
/// methods.
///
/// # Examples
///
/// ```
/// #[slotmodel::registry]
/// pub trait Shape {
///     fn sides(&self) -> u32;
/// }
///
/// /// Three sides.
/// #[derive(Default)]
/// struct Triangle;
///
/// /// A shape with three sides.
/// #[slotmodel::plugin(alias = "tri")]
/// impl Shape for Triangle {
///     fn sides(&self) -> u32 { 3 }
/// }
///
/// let info = slotmodel::registry::<dyn Shape>().get("tri").unwrap();
/// assert_eq!(info.name, "triangle");
/// assert_eq!(info.aliases, ["tri"]);
/// assert_eq!(info.about, "A shape with three sides.");
/// assert_eq!(info.type_name, "Triangle");
/// assert!(info.file.ends_with(".rs"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct PluginInfo {
    /// The plugin's name: `name = "..."`, else the type's name in snake case.
    pub name: &'static str,
    /// Other names it answers to (`alias = "..."`).
    pub aliases: &'static [&'static str],
    /// One line: `about = "..."`, else the first line of the impl's doc comment.
    pub about: &'static str,
    /// The plugin type, as written in the impl.
    pub type_name: &'static str,
    /// The module of the impl.
    pub module_path: &'static str,
    /// The source file of the impl.
    pub file: &'static str,
    /// The line of the impl.
    pub line: u32,
}

impl PluginInfo {
    /// A plugin called `name`, of type `type_name`, with no aliases, no description and no
    /// location; usable in a `static`.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::PluginInfo;
    ///
    /// const SQUARE: PluginInfo = PluginInfo::new("square", "Square");
    /// assert_eq!((SQUARE.name, SQUARE.type_name, SQUARE.about), ("square", "Square", ""));
    /// assert!(SQUARE.aliases.is_empty());
    /// ```
    #[must_use]
    pub const fn new(name: &'static str, type_name: &'static str) -> Self {
        PluginInfo {
            name,
            aliases: &[],
            about: "",
            type_name,
            module_path: "",
            file: "",
            line: 0,
        }
    }

    /// The same plugin, also answering to `aliases`.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::PluginInfo;
    ///
    /// const SQUARE: PluginInfo = PluginInfo::new("square", "Square").with_aliases(&["sq", "box"]);
    /// assert_eq!(SQUARE.aliases, ["sq", "box"]);
    /// ```
    #[must_use]
    pub const fn with_aliases(self, aliases: &'static [&'static str]) -> Self {
        PluginInfo { aliases, ..self }
    }

    /// The same plugin, described by one line.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::PluginInfo;
    ///
    /// const SQUARE: PluginInfo = PluginInfo::new("square", "Square").with_about("Four equal sides");
    /// assert_eq!(SQUARE.about, "Four equal sides");
    /// ```
    #[must_use]
    pub const fn with_about(self, about: &'static str) -> Self {
        PluginInfo { about, ..self }
    }

    /// The same plugin, declared at this place in the source.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::PluginInfo;
    ///
    /// const SQUARE: PluginInfo = PluginInfo::new("square", "Square").with_location(module_path!(), file!(), line!());
    /// assert!(SQUARE.file.ends_with(".rs"));
    /// assert!(SQUARE.line > 0);
    /// ```
    #[must_use]
    pub const fn with_location(self, module_path: &'static str, file: &'static str, line: u32) -> Self {
        PluginInfo {
            module_path,
            file,
            line,
            ..self
        }
    }
}

impl fmt::Display for PluginInfo {
    /// `CsvExporter (src/exporters.rs:12)`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}:{})", self.type_name, self.file, self.line)
    }
}

/// One registered plugin: its description and its constructor. `#[slotmodel::plugin]` submits
/// these; [`Registry::from_entries`] accepts them directly.
///
/// `#[non_exhaustive]`: read the fields, build one with [`PluginEntry::new`].
///
/// # Examples
///
/// ```
/// # #[slotmodel::registry] pub trait Shape { fn sides(&self) -> u32; }
/// # struct Square;
/// # impl Shape for Square { fn sides(&self) -> u32 { 4 } }
/// use slotmodel::{PluginEntry, PluginInfo};
///
/// static SQUARE: PluginEntry<dyn Shape> = PluginEntry::new(
///     PluginInfo::new("square", "Square"),
///     |()| Box::new(Square),
/// );
/// assert_eq!((SQUARE.create)(()).sides(), 4);
/// ```
#[non_exhaustive]
pub struct PluginEntry<R: ?Sized + Pluggable> {
    /// What is known of the plugin.
    pub info: PluginInfo,
    /// Builds one.
    pub create: fn(R::Args) -> Box<R>,
    /// How it is read from a configuration, in a registry with `serde(..)`.
    #[cfg(feature = "serde")]
    #[doc(hidden)]
    pub serde: Option<super::serde::PluginSerde<R>>,
}

impl<R: ?Sized + Pluggable> PluginEntry<R> {
    /// An entry; usable in a `static`.
    ///
    /// # Examples
    ///
    /// See [`PluginEntry`].
    pub const fn new(info: PluginInfo, create: fn(R::Args) -> Box<R>) -> Self {
        PluginEntry {
            info,
            create,
            #[cfg(feature = "serde")]
            serde: None,
        }
    }

    /// Without the `serde` feature, [`new`](PluginEntry::new): no registry reads configurations.
    #[cfg(not(feature = "serde"))]
    #[doc(hidden)]
    pub const fn registered<T, How>(info: PluginInfo, create: fn(R::Args) -> Box<R>) -> Self {
        PluginEntry::new(info, create)
    }

    /// An entry read from configurations as its registry's serde mode says (`T` is the plugin
    /// type, `How` its construction). Used by `#[slotmodel::plugin]`; not public API.
    #[cfg(feature = "serde")]
    #[doc(hidden)]
    pub const fn registered<T, How>(info: PluginInfo, create: fn(R::Args) -> Box<R>) -> Self
    where
        R::Serde: super::serde::SerdeMode<R, T, How>,
    {
        PluginEntry {
            info,
            create,
            serde: <R::Serde as super::serde::SerdeMode<R, T, How>>::SERDE,
        }
    }
}

impl<R: ?Sized + Pluggable> fmt::Debug for PluginEntry<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PluginEntry")
            .field("info", &self.info)
            .finish_non_exhaustive()
    }
}

impl<R: ?Sized + Pluggable> inventory::Collect for PluginEntry<R> {
    fn registry() -> &'static inventory::Registry {
        R::inventory_registry()
    }
}
