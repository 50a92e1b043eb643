//! [`Valid<T>`]: proof, in the type, that a value passed validation.

use core::ops::Deref;

use crate::{Validate, ValidationErrors};

/// A value that passed [`Validate::validate`]. It can only be built by validating, and only
/// read afterwards (there is no `DerefMut`), so holding a `Valid<T>` proves the rules hold.
///
/// With the `serde` feature, `Valid<T>` deserializes by deserializing `T` and then validating it,
/// so a configuration file is checked as it is loaded.
///
/// # Examples
///
/// ```
/// use slotmodel::{Valid, Validate};
///
/// #[derive(Validate, Debug)]
/// struct Retries {
///     #[bounded(max = 50)]
///     count: u32,
/// }
///
/// let ok = Valid::new(Retries::new(3).unwrap()).unwrap();
/// assert_eq!(ok.count(), 3);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Valid<T>(T);

impl<T: Validate> Valid<T> {
    /// Validates `value` and wraps it.
    ///
    /// # Errors
    ///
    /// Every rule that `value` breaks.
    ///
    /// # Examples
    ///
    /// ```
    /// # use slotmodel::{Valid, Validate};
    /// #[derive(Validate)]
    /// struct Level(#[bounded(0..=9)] u8);
    /// assert!(Valid::new(Level::new(4).unwrap()).is_ok());
    /// ```
    pub fn new(value: T) -> Result<Self, ValidationErrors> {
        value.validate()?;
        Ok(Valid(value))
    }
}

impl<T> Valid<T> {
    /// Gives the value back, ending the guarantee.
    ///
    /// # Examples
    ///
    /// ```
    /// # use slotmodel::{Valid, Validate};
    /// # #[derive(Validate)]
    /// # struct Level(#[bounded(0..=9)] u8);
    /// let level = Valid::new(Level::new(4).unwrap()).unwrap().into_inner();
    /// assert_eq!(level.get(), 4);
    /// ```
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> Deref for Valid<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> AsRef<T> for Valid<T> {
    fn as_ref(&self) -> &T {
        &self.0
    }
}

#[cfg(feature = "serde")]
impl<'de, T> serde::Deserialize<'de> for Valid<T>
where
    T: serde::Deserialize<'de> + Validate,
{
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = T::deserialize(deserializer)?;
        Valid::new(value).map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "serde")]
impl<T: serde::Serialize> serde::Serialize for Valid<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}
