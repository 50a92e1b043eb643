//! `each(..)`: a field's rules applied to every element of a collection, the refused element
//! named in the error's path (`Order.items[3]`, `Prices.by_region["eu"]`).

use alloc::collections::{BTreeMap, BTreeSet, VecDeque};
use alloc::format;
use alloc::vec::Vec;
use core::fmt::Debug;

use crate::FieldError;

/// A collection whose elements `each(..)` checks: sequences by position, sets by value, maps by
/// the value under each key. `validate` reports every refused element; a setter, the first.
///
/// # Examples
///
/// ```
/// use slotmodel::Validate;
///
/// #[derive(Validate, Debug)]
/// struct Order {
///     #[bounded(len = 1..=10, each(1..=99))]
///     quantities: Vec<u32>,
/// }
///
/// let err = Order::new(vec![1, 100]).unwrap_err();
/// assert_eq!(err.to_string(), "Order.quantities[1] must be <= 99, got 100");
/// ```
pub trait Elements {
    /// The type of each element checked.
    type Item: ?Sized;

    /// Checks the elements in a stable order and passes each refusal, its position or key
    /// added to the error's path, to `report`, stopping when `report` returns `false`.
    fn refusals(
        &self,
        check: &mut dyn FnMut(&Self::Item) -> Result<(), FieldError>,
        report: &mut dyn FnMut(FieldError) -> bool,
    );

    /// The first element `check` refuses.
    ///
    /// # Errors
    ///
    /// The first refusal.
    fn first_refusal(&self, check: &mut dyn FnMut(&Self::Item) -> Result<(), FieldError>) -> Result<(), FieldError> {
        let mut first = None;
        self.refusals(check, &mut |error| {
            first = Some(error);
            false
        });
        first.map_or(Ok(()), Err)
    }
}

/// Checks each item, naming it by `name`; returns `false` once `report` asks to stop.
fn visit<'a, T: ?Sized + 'a, N: core::fmt::Display>(
    items: impl Iterator<Item = (N, &'a T)>,
    check: &mut dyn FnMut(&T) -> Result<(), FieldError>,
    report: &mut dyn FnMut(FieldError) -> bool,
) {
    for (name, item) in items {
        if let Err(error) = check(item) {
            if !report(error.at_element(&format!("{name}"))) {
                return;
            }
        }
    }
}

/// `[3]`, `["eu"]`: an element's place in a path.
struct Place<T>(T);

impl<T: Debug> core::fmt::Display for Place<T> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "[{:?}]", self.0)
    }
}

macro_rules! sequences {
    ($($t:ident<$($p:ident),*>;)*) => {$(
        impl<T, $($p),*> Elements for $t<T, $($p),*> {
            type Item = T;
            fn refusals(&self, check: &mut dyn FnMut(&T) -> Result<(), FieldError>, report: &mut dyn FnMut(FieldError) -> bool) {
                visit(self.iter().enumerate().map(|(i, item)| (Place(i), item)), check, report);
            }
        }
    )*};
}

sequences! {
    Vec<>;
    VecDeque<>;
}

/// A set's element is named by its value, `tags["x"]`: a position in a set means nothing to
/// the reader, and in a `HashSet` it changes from run to run.
impl<T: Debug> Elements for BTreeSet<T> {
    type Item = T;
    fn refusals(
        &self,
        check: &mut dyn FnMut(&T) -> Result<(), FieldError>,
        report: &mut dyn FnMut(FieldError) -> bool,
    ) {
        visit(self.iter().map(|item| (Place(item), item)), check, report);
    }
}

#[cfg(feature = "std")]
impl<T: Debug, S> Elements for HashSet<T, S> {
    type Item = T;
    fn refusals(
        &self,
        check: &mut dyn FnMut(&T) -> Result<(), FieldError>,
        report: &mut dyn FnMut(FieldError) -> bool,
    ) {
        // In the order of their text, so that the same set reports the same elements every run.
        let mut items: Vec<&T> = self.iter().collect();
        items.sort_by_cached_key(|item| format!("{item:?}"));
        visit(items.into_iter().map(|item| (Place(item), item)), check, report);
    }
}

#[cfg(feature = "std")]
use std::collections::{HashMap, HashSet};

impl<T> Elements for [T] {
    type Item = T;
    fn refusals(
        &self,
        check: &mut dyn FnMut(&T) -> Result<(), FieldError>,
        report: &mut dyn FnMut(FieldError) -> bool,
    ) {
        visit(self.iter().enumerate().map(|(i, item)| (Place(i), item)), check, report);
    }
}

impl<T, const N: usize> Elements for [T; N] {
    type Item = T;
    fn refusals(
        &self,
        check: &mut dyn FnMut(&T) -> Result<(), FieldError>,
        report: &mut dyn FnMut(FieldError) -> bool,
    ) {
        visit(self.iter().enumerate().map(|(i, item)| (Place(i), item)), check, report);
    }
}

impl<K: Debug, V> Elements for BTreeMap<K, V> {
    type Item = V;
    fn refusals(
        &self,
        check: &mut dyn FnMut(&V) -> Result<(), FieldError>,
        report: &mut dyn FnMut(FieldError) -> bool,
    ) {
        visit(self.iter().map(|(key, value)| (Place(key), value)), check, report);
    }
}

#[cfg(feature = "std")]
impl<K: Debug, V, S> Elements for HashMap<K, V, S> {
    type Item = V;
    fn refusals(
        &self,
        check: &mut dyn FnMut(&V) -> Result<(), FieldError>,
        report: &mut dyn FnMut(FieldError) -> bool,
    ) {
        // A map's order is arbitrary: keys in the order of their text, so the errors are the
        // same on every run.
        let mut keys: Vec<(&K, &V)> = self.iter().collect();
        keys.sort_by_cached_key(|(k, _)| format!("{k:?}"));
        visit(keys.into_iter().map(|(key, value)| (Place(key), value)), check, report);
    }
}

impl<C: Elements + ?Sized> Elements for &C {
    type Item = C::Item;
    fn refusals(
        &self,
        check: &mut dyn FnMut(&C::Item) -> Result<(), FieldError>,
        report: &mut dyn FnMut(FieldError) -> bool,
    ) {
        (**self).refusals(check, report);
    }
}

impl<C: Elements + ?Sized> Elements for alloc::boxed::Box<C> {
    type Item = C::Item;
    fn refusals(
        &self,
        check: &mut dyn FnMut(&C::Item) -> Result<(), FieldError>,
        report: &mut dyn FnMut(FieldError) -> bool,
    ) {
        (**self).refusals(check, report);
    }
}

impl<C: Elements + ?Sized> Elements for alloc::rc::Rc<C> {
    type Item = C::Item;
    fn refusals(
        &self,
        check: &mut dyn FnMut(&C::Item) -> Result<(), FieldError>,
        report: &mut dyn FnMut(FieldError) -> bool,
    ) {
        (**self).refusals(check, report);
    }
}

#[cfg(target_has_atomic = "ptr")]
impl<C: Elements + ?Sized> Elements for alloc::sync::Arc<C> {
    type Item = C::Item;
    fn refusals(
        &self,
        check: &mut dyn FnMut(&C::Item) -> Result<(), FieldError>,
        report: &mut dyn FnMut(FieldError) -> bool,
    ) {
        (**self).refusals(check, report);
    }
}

/// An `Option` of a collection: `None` has no elements to refuse.
impl<C: Elements> Elements for Option<C> {
    type Item = C::Item;
    fn refusals(
        &self,
        check: &mut dyn FnMut(&C::Item) -> Result<(), FieldError>,
        report: &mut dyn FnMut(FieldError) -> bool,
    ) {
        if let Some(inner) = self {
            inner.refusals(check, report);
        }
    }
}
