//! Pieces of `#[slotmodel::registry]` and `#[slotmodel::plugin]` expansions that live here
//! rather than in every user crate.

/// Implements [`Pluggable`](crate::Pluggable) for a registry's trait object type.
///
/// The `unsafe impl` is written here, not in the user's crate: its safety argument (one private
/// `static` list per registry) is this macro's, and crates with `#![forbid(unsafe_code)]` can
/// still declare registries.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_pluggable {
    ($object:ty, $name:expr, $args:ty) => {
        // SAFETY: `inventory_registry` returns a `static` declared inside this impl alone, so only
        // `PluginEntry<$object>` nodes are ever submitted to it.
        #[automatically_derived]
        unsafe impl $crate::__private::Pluggable for $object {
            type Args = $args;
            const NAME: &'static str = $name;
            fn registry() -> &'static $crate::__private::Registry<Self> {
                static REGISTRY: $crate::__private::Registry<$object> = $crate::__private::Registry::from_inventory();
                &REGISTRY
            }
            fn inventory_registry() -> &'static $crate::__private::inventory::Registry {
                static INVENTORY: $crate::__private::inventory::Registry =
                    $crate::__private::inventory::Registry::new();
                &INVENTORY
            }
        }
    };
}

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
