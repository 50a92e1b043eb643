//! What `#[bounded]` can measure: ordered numbers ([`Ranged`]) and lengths ([`HasLength`]).

use alloc::boxed::Box;
use alloc::collections::{BTreeMap, BTreeSet, VecDeque};
use alloc::string::String;
use alloc::vec::Vec;

use crate::Number;

/// A primitive number that bounds compare against.
///
/// # Examples
///
/// ```
/// use slotmodel::Scalar;
///
/// assert!(f64::NAN.is_nan_value());
/// assert!(!7_u8.is_nan_value());
/// ```
pub trait Scalar: Copy + PartialOrd + Into<Number> {
    /// Whether the value is a float NaN, which no range contains.
    fn is_nan_value(self) -> bool;
}

/// A value that `#[bounded(min = .., max = ..)]` can compare: a primitive number, or an
/// `Option` of one (the rule then applies to `Some`).
///
/// Implement it for a newtype to make it boundable.
///
/// # Examples
///
/// ```
/// use slotmodel::{Ranged, Validate};
///
/// #[derive(Clone, Copy, Debug)]
/// struct Celsius(f32);
///
/// impl Ranged for Celsius {
///     type Scalar = f32;
///     fn scalar(&self) -> Option<f32> { Some(self.0) }
/// }
///
/// #[derive(Validate, Debug)]
/// struct Oven {
///     #[bounded(max = 300.0)]
///     target: Celsius,
/// }
///
/// assert!(Oven::new(Celsius(250.0)).is_ok());
/// assert!(Oven::new(Celsius(f32::NAN)).is_err());
/// ```
#[diagnostic::on_unimplemented(
    message = "`#[bounded(min/max)]` needs a number, and `{Self}` is not one",
    label = "this field cannot be ordered",
    note = "use `#[bounded(len = ..)]` for a length, `#[check(..)]` for a custom rule, or implement `slotmodel::Ranged` for `{Self}`"
)]
pub trait Ranged {
    /// The number the bounds are written in.
    type Scalar: Scalar;
    /// The number to compare, or `None` when there is nothing to check (`Option::None`).
    fn scalar(&self) -> Option<Self::Scalar>;
}

macro_rules! scalars {
    ($nan:ident => $($t:ty)*) => {$(
        impl Scalar for $t {
            #[inline]
            #[allow(clippy::float_cmp, clippy::eq_op, reason = "x != x is the NaN test")]
            fn is_nan_value(self) -> bool {
                scalars!(@$nan self)
            }
        }
        impl Ranged for $t {
            type Scalar = $t;
            #[inline]
            fn scalar(&self) -> Option<$t> {
                Some(*self)
            }
        }
    )*};
    (@int $v:ident) => { { let _ = $v; false } };
    (@float $v:ident) => { $v.is_nan() };
}

scalars!(int => i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize);
scalars!(float => f32 f64);

impl<T: Ranged> Ranged for Option<T> {
    type Scalar = T::Scalar;
    #[inline]
    fn scalar(&self) -> Option<Self::Scalar> {
        self.as_ref().and_then(Ranged::scalar)
    }
}

impl<T: Ranged + ?Sized> Ranged for &T {
    type Scalar = T::Scalar;
    #[inline]
    fn scalar(&self) -> Option<Self::Scalar> {
        (**self).scalar()
    }
}

/// A value with a length that `#[bounded(len = ..)]` can check: strings (counted in
/// characters, as a reader counts them), vectors, slices, arrays and other collections, and
/// an `Option` of one (the rule then applies to `Some`).
///
/// # Examples
///
/// ```
/// use slotmodel::HasLength;
///
/// assert_eq!("héllo".length(), Some(5));
/// assert_eq!(vec![1, 2].length(), Some(2));
/// assert_eq!(None::<String>.length(), None);
/// ```
#[diagnostic::on_unimplemented(
    message = "`#[bounded(len = ..)]` needs a string or a collection, and `{Self}` is not one",
    label = "this field has no length",
    note = "use `#[bounded(min = .., max = ..)]` for a number, or implement `slotmodel::HasLength` for `{Self}`"
)]
pub trait HasLength {
    /// The length, or `None` when there is nothing to check (`Option::None`).
    fn length(&self) -> Option<usize>;

    /// The value as a string, for the length units only strings have (`bytes`, `utf16`,
    /// `graphemes`); `None` for other values.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::HasLength;
    ///
    /// assert_eq!(String::from("hé").text(), Some("hé"));
    /// assert_eq!(vec![1, 2].text(), None);
    /// ```
    #[inline]
    fn text(&self) -> Option<&str> {
        None
    }
}

impl HasLength for str {
    #[inline]
    fn length(&self) -> Option<usize> {
        Some(self.chars().count())
    }

    #[inline]
    fn text(&self) -> Option<&str> {
        Some(self)
    }
}

impl HasLength for String {
    #[inline]
    fn length(&self) -> Option<usize> {
        self.as_str().length()
    }

    #[inline]
    fn text(&self) -> Option<&str> {
        Some(self)
    }
}

impl<T> HasLength for [T] {
    #[inline]
    fn length(&self) -> Option<usize> {
        Some(self.len())
    }
}

impl<T, const N: usize> HasLength for [T; N] {
    #[inline]
    fn length(&self) -> Option<usize> {
        Some(N)
    }
}

macro_rules! collection_lengths {
    ($($t:ident<$($p:ident),*>)*) => {$(
        impl<$($p),*> HasLength for $t<$($p),*> {
            #[inline]
            fn length(&self) -> Option<usize> {
                Some(self.len())
            }
        }
    )*};
}

collection_lengths!(Vec<T> VecDeque<T> BTreeSet<T> BTreeMap<K, V>);

#[cfg(feature = "std")]
impl<T, S> HasLength for std::collections::HashSet<T, S> {
    #[inline]
    fn length(&self) -> Option<usize> {
        Some(self.len())
    }
}

#[cfg(feature = "std")]
impl<K, V, S> HasLength for std::collections::HashMap<K, V, S> {
    #[inline]
    fn length(&self) -> Option<usize> {
        Some(self.len())
    }
}

impl<T: HasLength + ?Sized> HasLength for &T {
    #[inline]
    fn length(&self) -> Option<usize> {
        (**self).length()
    }

    #[inline]
    fn text(&self) -> Option<&str> {
        (**self).text()
    }
}

impl<T: HasLength + ?Sized> HasLength for Box<T> {
    #[inline]
    fn length(&self) -> Option<usize> {
        (**self).length()
    }

    #[inline]
    fn text(&self) -> Option<&str> {
        (**self).text()
    }
}

impl<T: HasLength + ?Sized> HasLength for alloc::rc::Rc<T> {
    #[inline]
    fn length(&self) -> Option<usize> {
        (**self).length()
    }

    #[inline]
    fn text(&self) -> Option<&str> {
        (**self).text()
    }
}

#[cfg(target_has_atomic = "ptr")]
impl<T: HasLength + ?Sized> HasLength for alloc::sync::Arc<T> {
    #[inline]
    fn length(&self) -> Option<usize> {
        (**self).length()
    }

    #[inline]
    fn text(&self) -> Option<&str> {
        (**self).text()
    }
}

impl<T: HasLength + alloc::borrow::ToOwned + ?Sized> HasLength for alloc::borrow::Cow<'_, T> {
    #[inline]
    fn length(&self) -> Option<usize> {
        (**self).length()
    }

    #[inline]
    fn text(&self) -> Option<&str> {
        (**self).text()
    }
}

impl<T: HasLength> HasLength for Option<T> {
    #[inline]
    fn length(&self) -> Option<usize> {
        self.as_ref().and_then(HasLength::length)
    }

    #[inline]
    fn text(&self) -> Option<&str> {
        self.as_ref().and_then(HasLength::text)
    }
}
