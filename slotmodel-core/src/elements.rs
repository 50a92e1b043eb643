//! `each(..)`: a field's rules applied to every element of a collection, the refused element
//! named in the error's path (`Order.items[3]`, `Prices.by_region["eu"]`).

use alloc::collections::{BTreeMap, BTreeSet, VecDeque};
use alloc::format;
use alloc::vec::Vec;
use core::fmt::Debug;

use crate::FieldError;

/// A collection whose elements `each(..)` checks: sequences and sets by position, maps by the
/// value under each key.
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

    /// The first element `check` refuses, with its position or key in the error's path.
    ///
    /// # Errors
    ///
    /// The first refusal.
    fn first_refusal(&self, check: &mut dyn FnMut(&Self::Item) -> Result<(), FieldError>) -> Result<(), FieldError>;
}

fn by_position<'a, T: 'a>(
    items: impl Iterator<Item = &'a T>,
    check: &mut dyn FnMut(&T) -> Result<(), FieldError>,
) -> Result<(), FieldError> {
    for (index, item) in items.enumerate() {
        check(item).map_err(|e| e.at_element(&format!("[{index}]")))?;
    }
    Ok(())
}

fn by_key<'a, K: Debug + 'a, V: 'a>(
    items: impl Iterator<Item = (&'a K, &'a V)>,
    check: &mut dyn FnMut(&V) -> Result<(), FieldError>,
) -> Result<(), FieldError> {
    for (key, value) in items {
        check(value).map_err(|e| e.at_element(&format!("[{key:?}]")))?;
    }
    Ok(())
}

macro_rules! sequences {
    ($($t:ident<$($p:ident),*>;)*) => {$(
        impl<T, $($p),*> Elements for $t<T, $($p),*> {
            type Item = T;
            fn first_refusal(&self, check: &mut dyn FnMut(&T) -> Result<(), FieldError>) -> Result<(), FieldError> {
                by_position(self.iter(), check)
            }
        }
    )*};
}

sequences! {
    Vec<>;
    VecDeque<>;
    BTreeSet<>;
}

#[cfg(feature = "std")]
sequences! {
    HashSet<S>;
}

#[cfg(feature = "std")]
use std::collections::{HashMap, HashSet};

impl<T> Elements for [T] {
    type Item = T;
    fn first_refusal(&self, check: &mut dyn FnMut(&T) -> Result<(), FieldError>) -> Result<(), FieldError> {
        by_position(self.iter(), check)
    }
}

impl<T, const N: usize> Elements for [T; N] {
    type Item = T;
    fn first_refusal(&self, check: &mut dyn FnMut(&T) -> Result<(), FieldError>) -> Result<(), FieldError> {
        by_position(self.iter(), check)
    }
}

impl<K: Debug, V> Elements for BTreeMap<K, V> {
    type Item = V;
    fn first_refusal(&self, check: &mut dyn FnMut(&V) -> Result<(), FieldError>) -> Result<(), FieldError> {
        by_key(self.iter(), check)
    }
}

#[cfg(feature = "std")]
impl<K: Debug, V, S> Elements for HashMap<K, V, S> {
    type Item = V;
    fn first_refusal(&self, check: &mut dyn FnMut(&V) -> Result<(), FieldError>) -> Result<(), FieldError> {
        // A map's order is arbitrary: the smallest refused key is reported, so the error is the
        // same on every run.
        let mut keys: Vec<(&K, &V)> = self.iter().collect();
        keys.sort_by_cached_key(|(k, _)| format!("{k:?}"));
        by_key(keys.into_iter(), check)
    }
}

impl<C: Elements + ?Sized> Elements for &C {
    type Item = C::Item;
    fn first_refusal(&self, check: &mut dyn FnMut(&C::Item) -> Result<(), FieldError>) -> Result<(), FieldError> {
        (**self).first_refusal(check)
    }
}

impl<C: Elements + ?Sized> Elements for alloc::boxed::Box<C> {
    type Item = C::Item;
    fn first_refusal(&self, check: &mut dyn FnMut(&C::Item) -> Result<(), FieldError>) -> Result<(), FieldError> {
        (**self).first_refusal(check)
    }
}

impl<C: Elements + ?Sized> Elements for alloc::rc::Rc<C> {
    type Item = C::Item;
    fn first_refusal(&self, check: &mut dyn FnMut(&C::Item) -> Result<(), FieldError>) -> Result<(), FieldError> {
        (**self).first_refusal(check)
    }
}

#[cfg(target_has_atomic = "ptr")]
impl<C: Elements + ?Sized> Elements for alloc::sync::Arc<C> {
    type Item = C::Item;
    fn first_refusal(&self, check: &mut dyn FnMut(&C::Item) -> Result<(), FieldError>) -> Result<(), FieldError> {
        (**self).first_refusal(check)
    }
}

/// An `Option` of a collection: `None` has no elements to refuse.
impl<C: Elements> Elements for Option<C> {
    type Item = C::Item;
    fn first_refusal(&self, check: &mut dyn FnMut(&C::Item) -> Result<(), FieldError>) -> Result<(), FieldError> {
        self.as_ref().map_or(Ok(()), |inner| inner.first_refusal(check))
    }
}
