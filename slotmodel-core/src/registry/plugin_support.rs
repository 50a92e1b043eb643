//! Pieces of `#[slotmodel::registry]` and `#[slotmodel::plugin]` expansions that live here
//! rather than in every user crate.

/// Implements [`Pluggable`](crate::Pluggable) for a registry's trait object type; with
/// `tagged "key"` (a registry with `serde(tag = "key")`), also `Serialize` for the trait object
/// and `Deserialize` for its box.
///
/// The `unsafe impl` is written here, not in the user's crate: its safety argument (one private
/// `static` list per registry) is this macro's, and crates with `#![forbid(unsafe_code)]` can
/// still declare registries.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_pluggable {
    ($object:ty, $name:expr, $args:ty $(, tagged $tag:literal)?) => {
        // SAFETY: `inventory_registry` returns a `static` declared inside this impl alone, so only
        // `PluginEntry<$object>` nodes are ever submitted to it.
        #[automatically_derived]
        unsafe impl $crate::__private01::Pluggable for $object {
            type Args = $args;
            type Serde = $crate::__private01::serde_mode!($($tag)?);
            const NAME: &'static str = $name;
            fn registry() -> &'static $crate::__private01::Registry<Self> {
                static REGISTRY: $crate::__private01::Registry<$object> = $crate::__private01::Registry::from_inventory();
                &REGISTRY
            }
            fn inventory_registry() -> &'static $crate::__private01::inventory::Registry {
                static INVENTORY: $crate::__private01::inventory::Registry =
                    $crate::__private01::inventory::Registry::new();
                &INVENTORY
            }
        }
        $($crate::__private01::serde_registry!($object, $tag);)?
    };
}

/// The serde mode of a registry: `NoSerde`, or `Tagged` when given its tag key.
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_mode {
    () => {
        $crate::__private01::NoSerde
    };
    ($tag:literal) => {
        $crate::__private01::Tagged
    };
}

/// `Serialize` for a serde registry's trait object and `Deserialize` for its box, through the
/// registry's tagged reader and writer; `require` checks that the feature is on.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_registry {
    (require) => {};
    ($object:ty, $tag:literal) => {
        #[automatically_derived]
        impl $crate::__private01::serde::Serialize for $object {
            fn serialize<__S: $crate::__private01::serde::Serializer>(
                &self,
                __serializer: __S,
            ) -> $crate::__private01::Result<__S::Ok, __S::Error> {
                <$object as $crate::__private01::Pluggable>::registry().serialize_tagged($tag, self, __serializer)
            }
        }
        #[automatically_derived]
        impl<'de> $crate::__private01::serde::Deserialize<'de> for $crate::__private01::Box<$object> {
            fn deserialize<__D: $crate::__private01::serde::Deserializer<'de>>(
                __deserializer: __D,
            ) -> $crate::__private01::Result<Self, __D::Error> {
                <$object as $crate::__private01::Pluggable>::registry().deserialize_tagged($tag, __deserializer)
            }
        }
    };
}

/// Without the `serde` feature, `serde(..)` on a registry says which feature it needs (once, in
/// the `require` form that the attribute writes at its `serde` key).
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_registry {
    (require) => {
        ::core::compile_error!("`#[slotmodel::registry(serde)]` needs slotmodel's `serde` feature: `slotmodel = { version = \"..\", features = [\"serde\"] }`");
    };
    ($object:ty, $tag:literal) => {};
}

/// Boxes the plugin as its registry's trait object, for the registry's deserializer; written
/// next to the impl, where the coercion is known.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __plugin_serde {
    ($object:ty, $plugin:ty) => {
        const _: () = {
            #[automatically_derived]
            impl $crate::__private01::IntoPlugin<$object> for $plugin {
                fn into_plugin(self) -> $crate::__private01::Box<$object> {
                    $crate::__private01::Box::new(self)
                }
            }
        };
    };
}

/// Without the `serde` feature, nothing is read from configurations.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __plugin_serde {
    ($object:ty, $plugin:ty) => {};
}

/// Without the `serde` feature, the supertrait that `serde(..)` gives a registry trait asks for
/// nothing: the missing feature is reported once, by `__serde_registry!(require)`.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
pub trait SerdePlugin {}

#[cfg(not(feature = "serde"))]
impl<T: ?Sized> SerdePlugin for T {}

/// The serde mode of a registry without `serde(..)`: its plugins are not read from files.
#[doc(hidden)]
pub struct NoSerde;

/// The serde mode of a registry with `serde(..)`.
#[doc(hidden)]
pub struct Tagged;

/// A plugin built with `Default`: a configuration holds the plugin type itself.
#[doc(hidden)]
pub struct FromSelf;

/// A plugin built by `new = ..`: a configuration holds the registry's `args`.
#[doc(hidden)]
pub struct FromArgs;

/// Defines a symbol named after a registry and a plugin name, so that two plugins claiming the
/// same name in one program do not build: rustc reports `symbol ... is already defined` when both
/// are in one crate, the linker `duplicate symbol` when they are in two.
///
/// Written here rather than in the user's crate because `export_name` counts as unsafe code; the
/// symbol is a never-read `u8` whose name starts with `slotmodel:`, so it cannot stand in for any
/// other definition.
#[doc(hidden)]
#[macro_export]
macro_rules! __link_guard {
    ($symbol:literal) => {
        const _: () = {
            #[used]
            #[unsafe(export_name = $symbol)]
            static __SLOTMODEL_LINK_GUARD: u8 = 0;
        };
    };
}

/// A plugin type built with `Default`, when the attribute names no constructor.
#[diagnostic::on_unimplemented(
    message = "plugin type `{Self}` cannot be built: it implements neither `Default` nor a named constructor",
    label = "`{Self}` has no `Default`",
    note = "derive `Default` for `{Self}`, or name a constructor: `#[slotmodel::plugin(new = {Self}::new)]`"
)]
pub trait DefaultPlugin: Sized {
    /// Builds the plugin.
    fn build() -> Self;
}

impl<T: Default> DefaultPlugin for T {
    #[inline]
    fn build() -> Self {
        T::default()
    }
}

/// Builds a plugin with `Default`, ignoring the registry's arguments.
#[inline]
pub fn default_plugin<T: DefaultPlugin, A>(_args: A) -> T {
    T::build()
}

/// A constructor named by `new = ...`: `fn() -> T` for registries without arguments,
/// `fn(Args) -> T` for registries with them. `M` tells the two apart.
#[diagnostic::on_unimplemented(
    message = "this constructor cannot build the plugin from the registry's arguments `{A}`",
    note = "a registry without `args` needs `fn() -> Self`; with `args = T` it needs `fn(T) -> Self`"
)]
pub trait Constructor<A, T, M> {
    /// Calls the constructor.
    fn call(self, args: A) -> T;
}

/// Marks constructors without arguments.
pub struct NoArgs;
/// Marks constructors that take the registry's arguments.
pub struct WithArgs;

impl<F: FnOnce() -> T, T> Constructor<(), T, NoArgs> for F {
    #[inline]
    fn call(self, (): ()) -> T {
        self()
    }
}

impl<F: FnOnce(A) -> T, A, T> Constructor<A, T, WithArgs> for F {
    #[inline]
    fn call(self, args: A) -> T {
        self(args)
    }
}

/// Builds a plugin with the constructor the attribute names.
///
/// The arguments come first: their type, the registry's, is then known when the constructor is
/// checked, so a constructor of the wrong shape fails `Constructor` (whose message says what is
/// expected) instead of fixing the arguments' type itself and failing as a type mismatch.
#[inline]
pub fn construct<A, F: Constructor<A, T, M>, T, M>(args: A, constructor: F) -> T {
    constructor.call(args)
}

/// A `#[slotmodel::plugin]`'s registration, with the `registry` feature: it stands as written
/// (see `registry/off.rs` for the form without the feature).
#[doc(hidden)]
#[macro_export]
#[cfg(feature = "registry")]
macro_rules! __registered {
    ($($registration:tt)*) => {
        $($registration)*
    };
}
