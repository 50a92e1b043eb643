//! [`Errors`]: the one shape of every collection of errors slotmodel returns.

use alloc::vec::Vec;
use core::fmt;

/// One or more errors, in the order they were found. Never empty.
///
/// [`ValidationErrors`](crate::ValidationErrors), [`RegistryErrors`](crate::RegistryErrors) and
/// `CleanupErrors` are this type, so every collection of errors is read the same way: [`len`],
/// [`iter`], [`first`], `for error in &errors`, and a `Display` that writes one error per line.
///
/// [`len`]: Errors::len
/// [`iter`]: Errors::iter
/// [`first`]: Errors::first
///
/// # Examples
///
/// ```
/// use slotmodel::{ErrorKind, FieldError, ValidationErrors};
///
/// let errors = ValidationErrors::from_vec(vec![
///     FieldError::new("User", "age", ErrorKind::NotANumber),
///     FieldError::new("User", "score", ErrorKind::NotANumber),
/// ])
/// .unwrap();
/// assert_eq!(errors.len(), 2);
/// assert_eq!(errors.first().field(), "age");
/// assert_eq!(errors.to_string(), "User.age must be a number, got NaN\nUser.score must be a number, got NaN");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Errors<E> {
    list: Vec<E>,
}

impl<E> Errors<E> {
    /// The errors of a list, or `None` when the list is empty.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::Errors;
    ///
    /// assert!(Errors::<String>::from_vec(Vec::new()).is_none());
    /// assert_eq!(Errors::from_vec(vec!["a"]).unwrap().len(), 1);
    /// ```
    #[must_use]
    pub fn from_vec(list: Vec<E>) -> Option<Self> {
        (!list.is_empty()).then_some(Errors { list })
    }

    /// How many errors there are: at least one.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::Errors;
    ///
    /// assert_eq!(Errors::from("one").len(), 1);
    /// ```
    #[must_use]
    #[allow(clippy::len_without_is_empty, reason = "never empty by construction")]
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// The first error found.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::Errors;
    ///
    /// let mut errors = Errors::from("first");
    /// errors.push("second");
    /// assert_eq!(*errors.first(), "first");
    /// ```
    #[must_use]
    pub fn first(&self) -> &E {
        &self.list[0]
    }

    /// The errors, in the order they were found.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::Errors;
    ///
    /// let errors = Errors::from_vec(vec![1, 2]).unwrap();
    /// assert_eq!(errors.iter().sum::<i32>(), 3);
    /// ```
    pub fn iter(&self) -> core::slice::Iter<'_, E> {
        self.list.iter()
    }

    /// Each error replaced by `f(error)`; never empty, as before.
    pub(crate) fn map(self, f: impl FnMut(E) -> E) -> Self {
        Errors {
            list: self.list.into_iter().map(f).collect(),
        }
    }

    /// The errors as a slice.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::Errors;
    ///
    /// assert_eq!(Errors::from("x").as_slice(), ["x"]);
    /// ```
    #[must_use]
    pub fn as_slice(&self) -> &[E] {
        &self.list
    }

    /// Adds one more error at the end.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::Errors;
    ///
    /// let mut errors = Errors::from("a");
    /// errors.push("b");
    /// assert_eq!(errors.to_string(), "a\nb");
    /// ```
    pub fn push(&mut self, error: E) {
        self.list.push(error);
    }

    /// The errors as a `Vec`, never empty.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::Errors;
    ///
    /// assert_eq!(Errors::from(7).into_vec(), vec![7]);
    /// ```
    #[must_use]
    pub fn into_vec(self) -> Vec<E> {
        self.list
    }
}

impl<E> From<E> for Errors<E> {
    fn from(error: E) -> Self {
        Errors {
            list: alloc::vec![error],
        }
    }
}

impl<E> IntoIterator for Errors<E> {
    type Item = E;
    type IntoIter = alloc::vec::IntoIter<E>;
    fn into_iter(self) -> Self::IntoIter {
        self.list.into_iter()
    }
}

impl<'a, E> IntoIterator for &'a Errors<E> {
    type Item = &'a E;
    type IntoIter = core::slice::Iter<'a, E>;
    fn into_iter(self) -> Self::IntoIter {
        self.list.iter()
    }
}

impl<E: fmt::Display> fmt::Display for Errors<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, error) in self.list.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            fmt::Display::fmt(error, f)?;
        }
        Ok(())
    }
}

// No `source()`: the `Display` already writes every error, and a report that walked to the
// first one would print it twice.
#[cfg(feature = "std")]
impl<E: fmt::Debug + fmt::Display> std::error::Error for Errors<E> {}
