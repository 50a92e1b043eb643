//! The [`Validate`] trait that `#[derive(Validate)]` implements, and the [`Check`] trait of
//! reusable custom rules.

use alloc::borrow::Cow;
use alloc::format;
use alloc::vec::Vec;

use crate::{FieldError, ValidationErrors};

/// A value whose fields carry rules, checked all at once.
///
/// `#[derive(Validate)]` implements it; containers of validated values (`Option<T>`, `Vec<T>`,
/// slices, arrays, `Box<T>`) validate each element, so `#[nested]` works through them.
///
/// # Examples
///
/// ```
/// use slotmodel::Validate;
///
/// #[derive(Validate, Debug)]
/// struct Volume {
///     #[bounded(0..=11)]
///     level: u8,
/// }
///
/// let loud = Volume::new(11).unwrap();
/// assert!(loud.validate().is_ok());
/// assert_eq!(
///     Volume::new(12).unwrap_err().to_string(),
///     "Volume.level must be <= 11, got 12",
/// );
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `Validate`",
    label = "`#[nested]` needs a type that validates itself",
    note = "add `#[derive(slotmodel::Validate)]` to `{Self}`, or remove `#[nested]` from this field"
)]
pub trait Validate {
    /// Checks every rule of every field, and returns every failure in field order.
    ///
    /// # Errors
    ///
    /// One [`FieldError`] per refused field.
    fn validate(&self) -> Result<(), ValidationErrors>;
}

/// Validation that needs data known only at run time, a *context* (limits from configuration,
/// the set of names already taken): `#[slotmodel(context = Ctx)]` on the struct and
/// `#[check(with_ctx(rule))]` on its fields, where `rule` is a
/// `fn(&FieldType, &Ctx) -> Result<(), ErrorKind>`.
///
/// `validate()` (and `new`) run the context rules with `Ctx::default()`; setters of a field with
/// a context rule take the context as a second argument.
///
/// # Examples
///
/// ```
/// use slotmodel::{ErrorKind, Validate, ValidateWith};
///
/// #[derive(Default)]
/// struct Limits { max_upload: u64 }
///
/// fn within_limit(size: &u64, limits: &Limits) -> Result<(), ErrorKind> {
///     if *size <= limits.max_upload { Ok(()) } else { Err(ErrorKind::custom(format!("must be <= {}, got {size}", limits.max_upload))) }
/// }
///
/// #[derive(Validate, Debug)]
/// #[slotmodel(context = Limits)]
/// struct Upload {
///     #[check(with_ctx(within_limit))]
///     size: u64,
/// }
///
/// let upload = Upload { size: 5_000 };
/// assert!(upload.validate_with(&Limits { max_upload: 10_000 }).is_ok());
/// assert_eq!(upload.validate_with(&Limits { max_upload: 1_000 }).unwrap_err().to_string(),
///            "Upload.size must be <= 1000, got 5000");
/// ```
pub trait ValidateWith<C: ?Sized> {
    /// Checks every rule, the context rules against `ctx`.
    ///
    /// # Errors
    ///
    /// Every refused field.
    fn validate_with(&self, ctx: &C) -> Result<(), ValidationErrors>;
}

impl<T: Validate + ?Sized> Validate for &T {
    fn validate(&self) -> Result<(), ValidationErrors> {
        (**self).validate()
    }
}

impl<T: Validate + ?Sized> Validate for alloc::boxed::Box<T> {
    fn validate(&self) -> Result<(), ValidationErrors> {
        (**self).validate()
    }
}

impl<T: Validate> Validate for Option<T> {
    fn validate(&self) -> Result<(), ValidationErrors> {
        self.as_ref().map_or(Ok(()), Validate::validate)
    }
}

impl<T: Validate> Validate for [T] {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = Vec::new();
        for (index, item) in self.iter().enumerate() {
            if let Err(inner) = item.validate() {
                let segment = format!("[{index}]");
                errors.extend(inner.into_iter().map(|e| e.nest_index(&segment)));
            }
        }
        ValidationErrors::from_vec(errors).map_or(Ok(()), Err)
    }
}

impl<T: Validate> Validate for Vec<T> {
    fn validate(&self) -> Result<(), ValidationErrors> {
        self.as_slice().validate()
    }
}

impl<T: Validate, const N: usize> Validate for [T; N] {
    fn validate(&self) -> Result<(), ValidationErrors> {
        self.as_slice().validate()
    }
}

impl<T: Validate + ?Sized> Validate for alloc::rc::Rc<T> {
    fn validate(&self) -> Result<(), ValidationErrors> {
        (**self).validate()
    }
}

#[cfg(target_has_atomic = "ptr")]
impl<T: Validate + ?Sized> Validate for alloc::sync::Arc<T> {
    fn validate(&self) -> Result<(), ValidationErrors> {
        (**self).validate()
    }
}

/// Wrappers and sequences pass a context on to what they hold, so that a `#[nested]` field of a
/// struct checked with `validate_with(&ctx)` checks its values' context rules against `ctx` too.
macro_rules! context_through_pointers {
    ($($ptr:ty),*) => {$(
        impl<C: ?Sized, T: ValidateWith<C> + ?Sized> ValidateWith<C> for $ptr {
            fn validate_with(&self, ctx: &C) -> Result<(), ValidationErrors> {
                (**self).validate_with(ctx)
            }
        }
    )*};
}

context_through_pointers!(&T, alloc::boxed::Box<T>, alloc::rc::Rc<T>);

#[cfg(target_has_atomic = "ptr")]
context_through_pointers!(alloc::sync::Arc<T>);

impl<C: ?Sized, T: ValidateWith<C>> ValidateWith<C> for Option<T> {
    fn validate_with(&self, ctx: &C) -> Result<(), ValidationErrors> {
        self.as_ref().map_or(Ok(()), |value| value.validate_with(ctx))
    }
}

impl<C: ?Sized, T: ValidateWith<C>> ValidateWith<C> for [T] {
    fn validate_with(&self, ctx: &C) -> Result<(), ValidationErrors> {
        let mut errors = Vec::new();
        for (index, item) in self.iter().enumerate() {
            if let Err(inner) = item.validate_with(ctx) {
                let segment = format!("[{index}]");
                errors.extend(inner.into_iter().map(|e| e.nest_index(&segment)));
            }
        }
        ValidationErrors::from_vec(errors).map_or(Ok(()), Err)
    }
}

impl<C: ?Sized, T: ValidateWith<C>> ValidateWith<C> for Vec<T> {
    fn validate_with(&self, ctx: &C) -> Result<(), ValidationErrors> {
        self.as_slice().validate_with(ctx)
    }
}

impl<C: ?Sized, T: ValidateWith<C>, const N: usize> ValidateWith<C> for [T; N] {
    fn validate_with(&self, ctx: &C) -> Result<(), ValidationErrors> {
        self.as_slice().validate_with(ctx)
    }
}

/// Validates each item, naming it by `segment` (`[3]`, `["key"]`, `0`) in the error paths.
fn validate_items<'a, S: core::fmt::Display, T: Validate + 'a>(
    items: impl Iterator<Item = (S, &'a T)>,
) -> Result<(), ValidationErrors> {
    let mut errors = Vec::new();
    for (segment, item) in items {
        if let Err(inner) = item.validate() {
            let segment = format!("{segment}");
            errors.extend(inner.into_iter().map(|e| e.nest_index(&segment)));
        }
    }
    ValidationErrors::from_vec(errors).map_or(Ok(()), Err)
}

/// A map's key in an error path, as Rust writes it: `["eu-west"]`, `[42]`.
struct Key<'a, K>(&'a K);

impl<K: core::fmt::Debug> core::fmt::Display for Key<'_, K> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "[{:?}]", self.0)
    }
}

/// A position in an error path: `[3]`.
struct Index(usize);

impl core::fmt::Display for Index {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "[{}]", self.0)
    }
}

impl<K: core::fmt::Debug, V: Validate> Validate for alloc::collections::BTreeMap<K, V> {
    fn validate(&self) -> Result<(), ValidationErrors> {
        validate_items(self.iter().map(|(k, v)| (Key(k), v)))
    }
}

#[cfg(feature = "std")]
impl<K: core::fmt::Debug, V: Validate, S> Validate for std::collections::HashMap<K, V, S> {
    fn validate(&self) -> Result<(), ValidationErrors> {
        validate_items(self.iter().map(|(k, v)| (Key(k), v)))
    }
}

impl<T: Validate> Validate for alloc::collections::VecDeque<T> {
    fn validate(&self) -> Result<(), ValidationErrors> {
        validate_items(self.iter().enumerate().map(|(i, v)| (Index(i), v)))
    }
}

/// A set's elements are named by their values (`["x"]`): a position in a set means nothing.
impl<T: Validate + core::fmt::Debug> Validate for alloc::collections::BTreeSet<T> {
    fn validate(&self) -> Result<(), ValidationErrors> {
        validate_items(self.iter().map(|v| (Key(v), v)))
    }
}

#[cfg(feature = "std")]
impl<T: Validate + core::fmt::Debug, S> Validate for std::collections::HashSet<T, S> {
    fn validate(&self) -> Result<(), ValidationErrors> {
        // In the order of their text, so that the same set reports the same way every run.
        let mut items: Vec<&T> = self.iter().collect();
        items.sort_by_cached_key(|item| format!("{item:?}"));
        validate_items(items.into_iter().map(|v| (Key(v), v)))
    }
}

macro_rules! tuples {
    ($(($($name:ident $index:tt),+))*) => {$(
        impl<$($name: Validate),+> Validate for ($($name,)+) {
            fn validate(&self) -> Result<(), ValidationErrors> {
                let mut errors = Vec::new();
                $(
                    if let Err(inner) = self.$index.validate() {
                        errors.extend(inner.into_iter().map(|e| e.nest_index(::core::stringify!($index))));
                    }
                )+
                ValidationErrors::from_vec(errors).map_or(Ok(()), Err)
            }
        }
    )*};
}

tuples! {
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
}

/// A reusable rule for values of type `T`: write the logic once, attach it to any field with
/// `#[check(RULE)]`.
///
/// The message returned on refusal continues the sentence `Struct.field ...`.
///
/// # Examples
///
/// ```
/// use std::borrow::Cow;
/// use slotmodel::{Check, Validate};
///
/// /// Accepts even numbers only.
/// struct Even;
///
/// impl Check<u32> for Even {
///     fn check(&self, value: &u32) -> Result<(), Cow<'static, str>> {
///         if value % 2 == 0 { Ok(()) } else { Err(format!("must be even, got {value}").into()) }
///     }
/// }
///
/// #[derive(Validate, Debug)]
/// struct Grid {
///     #[bounded(max = 64)]
///     #[check(Even)]
///     width: u32,
/// }
///
/// assert!(Grid::new(8).is_ok());
/// assert_eq!(Grid::new(7).unwrap_err().to_string(), "Grid.width must be even, got 7");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a rule for `{T}` values",
    label = "this rule cannot check a `{T}`",
    note = "a `#[check(RULE)]` rule must implement `slotmodel::Check<FieldType>`; implement it for `{Self}`, or pick a rule made for `{T}`",
    note = "a plain function `fn(&{T}) -> bool` becomes a rule with a message: `#[check(rules::predicate(my_fn, \"must be ..\"))]`"
)]
pub trait Check<T: ?Sized> {
    /// Accepts `value`, or says why not.
    ///
    /// # Errors
    ///
    /// A message such as `must be even, got 7`.
    fn check(&self, value: &T) -> Result<(), Cow<'static, str>>;

    /// The refusal as data. Rules with an [`ErrorKind`](crate::ErrorKind) of their own (the
    /// string rules of [`rules`](crate::rules), `required`) return it here; any other rule's
    /// message becomes [`ErrorKind::Custom`](crate::ErrorKind::Custom).
    ///
    /// # Errors
    ///
    /// Why the value is refused.
    ///
    /// # Examples
    ///
    /// ```
    /// use slotmodel::{rules, Check, ErrorKind};
    ///
    /// assert_eq!(rules::email().check_kind("a@b"), Ok(()));
    /// assert_eq!(
    ///     rules::email().check_kind("a@"),
    ///     Err(ErrorKind::Email { got: "a@".into() }),
    /// );
    /// ```
    fn check_kind(&self, value: &T) -> Result<(), crate::ErrorKind> {
        self.check(value).map_err(crate::ErrorKind::custom)
    }
}

impl<T: ?Sized, C: Check<T> + ?Sized> Check<T> for &C {
    fn check(&self, value: &T) -> Result<(), Cow<'static, str>> {
        (**self).check(value)
    }

    fn check_kind(&self, value: &T) -> Result<(), crate::ErrorKind> {
        (**self).check_kind(value)
    }
}

impl FieldError {
    fn nest_index(self, segment: &str) -> FieldError {
        let outer = self.struct_name();
        self.nest(outer, segment)
    }
}
