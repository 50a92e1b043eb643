//! Tagged unions in views: an enum deriving `View` whose variant a tag field of the enclosing
//! record chooses (`#[view(tag = kind)] body: Body`).

use alloc::format;
use alloc::string::String;
use core::fmt::Write;

use crate::view::table::{Bytes, ViewError, ViewItem};
use crate::ErrorKind;

/// An enum with data deriving `View`, each variant marked `#[view(tag = N)]`: read in place as
/// the variant a tag field of the enclosing record names, and taking that variant's bytes. A
/// variant holds nothing or one [`ViewPayload`]: a value of fixed size, or a variable-length
/// record that derives `View`.
///
/// # Examples
///
/// ```
/// use slotmodel::{View, ViewUnion};
///
/// #[derive(View, Debug, Clone, Copy, PartialEq)]
/// pub struct Move { dx: i16, dy: i16 }
///
/// #[derive(View, Debug, PartialEq)]
/// pub enum Command {
///     #[view(tag = 1)]
///     Move(Move),
///     #[view(tag = 2)]
///     Beep(u32),
///     #[view(tag = 3)]
///     Stop,
/// }
///
/// assert_eq!(Command::TAGS, &[1, 2, 3]);
/// assert_eq!(Command::Beep(440).tag(), Some(2));
/// assert_eq!(Command::Beep(440).view_len(), 4);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a tagged union, so `#[view(tag = ..)]` cannot choose its variant",
    label = "`#[view(tag = ..)]` takes an enum with data",
    note = "derive `View` on an enum whose variants each carry `#[view(tag = N)]` and hold nothing or one value a view reads (a number, an array, a record that derives `View`); or remove `tag` from this field"
)]
pub trait ViewUnion: Sized {
    /// The tags of the variants, in declaration order.
    const TAGS: &'static [u64];
    /// The tags as they were written (`0x0800`), in the order of [`TAGS`](ViewUnion::TAGS): errors
    /// show tags in the radix they were declared in. Empty: decimal.
    const TAGS_WRITTEN: &'static [&'static str] = &[];
    /// A variant viewed in place: `<Name>View<'a>`, an enum of the variants' views.
    type Ref<'a>;
    /// Whether a variant takes every byte it is given (see [`ViewPayload::REST`]).
    const REST: bool = false;
    /// Checks the variant `tag` names at the start of `bytes`, and returns the bytes it takes.
    /// With `CHECK` false, the bytes were checked before (by the view that holds them) and are
    /// only measured: no field's value is checked again.
    ///
    /// # Errors
    ///
    /// An unknown tag, too few bytes, or a payload holding an invalid value, located by
    /// `type_name`, `field` and `offset`.
    fn check_prefix<const BIG: bool, const CHECK: bool>(
        tag: u64,
        bytes: &[u8],
        type_name: &'static str,
        field: &'static str,
        offset: usize,
    ) -> Result<usize, ViewError>;
    /// Views the variant `tag` names in `bytes`, which [`check_prefix`](ViewUnion::check_prefix)
    /// accepted (exactly the bytes it counted).
    fn get<const BIG: bool>(tag: u64, bytes: &[u8]) -> Self::Ref<'_>;
    /// Decodes an owned value from bytes [`check_prefix`](ViewUnion::check_prefix) accepted.
    fn read<const BIG: bool>(tag: u64, bytes: &[u8]) -> Self;
    /// The tag of this value's variant; `None` for the `#[view(other)]` variant, which every tag
    /// outside [`TAGS`](ViewUnion::TAGS) selects.
    fn tag(&self) -> Option<u64>;
    /// The bytes this value's variant takes.
    fn view_len(&self) -> usize;
    /// Encodes the variant's payload into exactly [`view_len`](ViewUnion::view_len) bytes.
    ///
    /// # Errors
    ///
    /// A variable-length payload its view would refuse (a length field that disagrees with its
    /// `Vec`), located by `type_name`, `field` and `offset`.
    fn write<const BIG: bool>(
        &self,
        bytes: &mut [u8],
        type_name: &'static str,
        field: &'static str,
        offset: usize,
    ) -> Result<(), ViewError>;
    /// Refuses a payload that writing would cut short (see [`ViewItem::fits`](crate::ViewItem::fits)).
    ///
    /// # Errors
    ///
    /// [`ViewError::InvalidField`].
    fn fits(&self, type_name: &'static str, field: &'static str, offset: usize) -> Result<(), ViewError>;
}

/// What a variant of a tagged union holds: a value of fixed size (every [`ViewItem`]: numbers,
/// byte arrays, records of fixed size that derive `View`), or a variable-length record that
/// derives `View`, whose lengths the enclosing view checks with the rest.
///
/// `#[derive(View)]` implements it; the derive of the union reads and writes its variants
/// through it.
///
/// # Examples
///
/// ```
/// use slotmodel::{View, ViewPayload};
///
/// /// A name as its length, then that many bytes.
/// #[derive(View, Debug, Clone, PartialEq)]
/// pub struct Name {
///     len: u8,
///     #[view(len = len)]
///     text: Vec<u8>,
/// }
///
/// #[derive(View, Debug, PartialEq)]
/// pub enum Body {
///     #[view(tag = 1)]
///     Named(Name),
///     #[view(tag = 2)]
///     Numbered(u32),
/// }
///
/// #[derive(View, Debug, PartialEq)]
/// #[view(endian = "big")]
/// pub struct Message {
///     kind: u8,
///     #[view(tag = kind)]
///     body: Body,
///     end: u8,
/// }
///
/// let bytes = [1, 2, b'h', b'i', 0xFF];
/// let message = MessageView::new(&bytes)?;
/// let BodyView::Named(name) = message.body() else { panic!("tag 1 is `Named`") };
/// assert_eq!((name.text(), message.end()), (&b"hi"[..], 0xFF));
/// assert_eq!(Name { len: 2, text: b"hi".to_vec() }.payload_len(), 3);
/// assert_eq!(
///     MessageView::new(&[1, 4, b'h', b'i', 0xFF]).unwrap_err().to_string(),
///     "Name.text at byte 2 needs 4 bytes, 3 remain"
/// );
/// # Ok::<(), slotmodel::ViewError>(())
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be held by a variant of a tagged union",
    label = "this type has no binary form a view reads",
    note = "a variant holds a number, `bool`, `[u8; N]`, an array of numbers, an enum with `#[repr(uN)]` that derives `View`, or a struct that derives `View` (of fixed or variable length)"
)]
pub trait ViewPayload: Sized {
    /// The variant's value viewed in place: its [`ViewItem::Ref`], or the record's view.
    type Ref<'a>;
    /// Whether the payload takes every byte it is given: a record that ends in `#[view(rest)]`.
    const REST: bool = false;
    /// Checks a payload at the start of `bytes`, and returns the bytes it takes. `type_name` and
    /// `path` (the union field, then the variant) locate its errors, `offset` is where it starts
    /// in the enclosing record. With `CHECK` false, the bytes were checked before and are only
    /// measured.
    ///
    /// # Errors
    ///
    /// Too few bytes, or a field holding an invalid value.
    fn check_prefix<const BIG: bool, const CHECK: bool>(
        bytes: &[u8],
        type_name: &'static str,
        path: [&'static str; 2],
        offset: usize,
    ) -> Result<usize, ViewError>;
    /// Views the payload in exactly the bytes [`check_prefix`](ViewPayload::check_prefix) counted.
    fn get<const BIG: bool>(bytes: &[u8]) -> Self::Ref<'_>;
    /// Decodes an owned value from bytes [`check_prefix`](ViewPayload::check_prefix) accepted.
    fn read<const BIG: bool>(bytes: &[u8]) -> Self;
    /// The bytes this value takes.
    fn payload_len(&self) -> usize;
    /// Refuses a value that writing would cut short (see [`ViewItem::fits`]).
    ///
    /// # Errors
    ///
    /// [`ViewError::InvalidField`].
    fn fits(&self, type_name: &'static str, field: &'static str, offset: usize) -> Result<(), ViewError> {
        let _ = (type_name, field, offset);
        Ok(())
    }
    /// Encodes the value into exactly [`payload_len`](ViewPayload::payload_len) bytes.
    ///
    /// # Errors
    ///
    /// A record its view would refuse, located as by [`check_prefix`](ViewPayload::check_prefix).
    fn write<const BIG: bool>(
        &self,
        bytes: &mut [u8],
        type_name: &'static str,
        path: [&'static str; 2],
        offset: usize,
    ) -> Result<(), ViewError>;
}

impl<T: ViewItem> ViewPayload for T {
    type Ref<'a> = T::Ref<'a>;

    #[inline]
    fn check_prefix<const BIG: bool, const CHECK: bool>(
        bytes: &[u8],
        type_name: &'static str,
        [field, variant]: [&'static str; 2],
        offset: usize,
    ) -> Result<usize, ViewError> {
        match bytes.get(..T::SIZE) {
            Some(_) if !CHECK => Ok(T::SIZE),
            Some(payload) => T::check::<BIG>(payload, type_name, variant, offset)
                .map(|()| T::SIZE)
                .map_err(|error| error.nested(type_name, field, 0)),
            None => Err(payload_short(type_name, field, offset, T::SIZE, bytes.len())),
        }
    }

    #[inline]
    fn get<const BIG: bool>(bytes: &[u8]) -> T::Ref<'_> {
        T::get::<BIG>(bytes)
    }

    #[inline]
    fn read<const BIG: bool>(bytes: &[u8]) -> T {
        T::read::<BIG>(bytes)
    }

    #[inline]
    fn payload_len(&self) -> usize {
        T::SIZE
    }

    #[inline]
    fn fits(&self, type_name: &'static str, field: &'static str, offset: usize) -> Result<(), ViewError> {
        ViewItem::fits(self, type_name, field, offset)
    }

    #[inline]
    fn write<const BIG: bool>(
        &self,
        bytes: &mut [u8],
        _: &'static str,
        _: [&'static str; 2],
        _: usize,
    ) -> Result<(), ViewError> {
        ViewItem::write::<BIG>(self, bytes);
        Ok(())
    }
}

/// An error of a variable-length payload, from the record's own view, located in the enclosing
/// record: an invalid field under `field.Variant`, a short one at its offset there.
#[doc(hidden)]
#[cold]
#[inline(never)]
#[must_use]
pub fn payload_error(
    error: ViewError,
    type_name: &'static str,
    [field, variant]: [&'static str; 2],
    offset: usize,
) -> ViewError {
    match error {
        ViewError::Short {
            type_name: record,
            field: inner,
            offset: at,
            needed,
            available,
        } => ViewError::Short {
            type_name: record,
            field: inner,
            offset: offset + at,
            needed,
            available,
        },
        other => other.nested(type_name, variant, offset).nested(type_name, field, 0),
    }
}

/// A tag field's value as a tag: negative or too large values name no variant.
#[doc(hidden)]
#[inline]
pub fn view_tag<T: TryInto<u64>>(value: T) -> u64 {
    value.try_into().unwrap_or(u64::MAX)
}

/// The error of a tag no variant carries: the tags are listed as they were `written`, and the
/// tag read is shown in their radix.
#[doc(hidden)]
#[cold]
#[inline(never)]
#[must_use]
pub fn unknown_tag(
    tag: u64,
    tags: &[u64],
    written: &[&str],
    union: &str,
    type_name: &'static str,
    field: &'static str,
    offset: usize,
) -> ViewError {
    let mut known = String::new();
    for (i, t) in tags.iter().enumerate() {
        let separator = if i == 0 { "" } else { ", " };
        let _ = match written.get(i) {
            Some(text) if written.len() == tags.len() => write!(known, "{separator}{text}"),
            _ => write!(known, "{separator}{t}"),
        };
    }
    let message = format!(
        "has no variant for tag {}: the tags of {union} are {known}",
        shown(tag, written)
    );
    ViewError::invalid(type_name, field, offset, ErrorKind::custom(message))
}

/// `tag` in the radix the tags were `written` in (`0x88CC` beside `0x0800`, padded to as many
/// digits), with its decimal value after a radix other than 10; decimal when the tags were
/// written in several radixes or in decimal.
fn shown(tag: u64, written: &[&str]) -> String {
    let radix = |text: &str| {
        text.get(..2)
            .map(str::to_ascii_lowercase)
            .filter(|p| matches!(p.as_str(), "0x" | "0o" | "0b"))
    };
    let Some(first) = written.first() else {
        return format!("{tag}");
    };
    let prefix = radix(first);
    let Some(prefix) = prefix.filter(|p| written.iter().all(|w| radix(w).as_ref() == Some(p))) else {
        return format!("{tag}");
    };
    // As many digits as the widest tag written, in the case it was written in.
    let digits = |text: &str| text[2..].chars().filter(|c| *c != '_').count();
    let width = written.iter().map(|w| digits(w)).max().unwrap_or(1);
    let lower = written.iter().any(|w| w[2..].chars().any(|c| c.is_ascii_lowercase()));
    match (prefix.as_str(), lower) {
        ("0x", true) => format!("0x{tag:0width$x} ({tag})"),
        ("0x", false) => format!("0x{tag:0width$X} ({tag})"),
        ("0o", _) => format!("0o{tag:0width$o} ({tag})"),
        _ => format!("0b{tag:0width$b} ({tag})"),
    }
}

/// Refuses an owned record whose tag field would not select the variant it holds: `variant` is
/// the tag of the variant held (`None` for the catch-all), `known` whether `tag` is one a variant
/// carries, and `names` the union field, the record and the tag field.
///
/// Takes the union's facts rather than the union, so that the derive names `ViewUnion` only
/// through paths spanned on the field's type.
///
/// # Errors
///
/// [`ViewError::InvalidField`] on the tag field.
#[doc(hidden)]
#[inline]
pub fn check_tag(
    tag: u64,
    variant: Option<u64>,
    known: bool,
    written: &[&str],
    [union_field, type_name, field]: [&'static str; 3],
) -> Result<(), ViewError> {
    match variant {
        Some(variant) if variant == tag => Ok(()),
        None if !known => Ok(()),
        variant => Err(tag_mismatch(tag, variant, written, union_field, type_name, field)),
    }
}

#[cold]
#[inline(never)]
fn tag_mismatch(
    tag: u64,
    variant: Option<u64>,
    written: &[&str],
    union_field: &str,
    type_name: &'static str,
    field: &'static str,
) -> ViewError {
    let tag = shown(tag, written);
    let message = match variant.map(|variant| shown(variant, written)) {
        Some(variant) => format!("is {tag}, but `{union_field}` holds the variant of tag {variant}: set it to {variant}"),
        None => format!("is {tag}, the tag of another variant, but `{union_field}` holds the variant of other tags: set a tag no variant carries"),
    };
    ViewError::invalid(type_name, field, 0, ErrorKind::custom(message))
}

/// Refuses a variant that does not take every byte of the length its union field was given;
/// the `other` variant (`known` false) skips them.
///
/// # Errors
///
/// [`ViewError::InvalidField`] on the union field.
#[doc(hidden)]
#[inline]
pub fn view_union_fills(
    taken: usize,
    region: usize,
    known: bool,
    type_name: &'static str,
    field: &'static str,
    offset: usize,
) -> Result<(), ViewError> {
    if taken == region || !known {
        Ok(())
    } else {
        Err(union_unfilled(taken, region, type_name, field, offset))
    }
}

/// An error of the variant of a union with a length: a variant that runs past that length is
/// refused for the length, on the union field, rather than as bytes missing from the buffer.
#[doc(hidden)]
#[cold]
#[inline(never)]
#[must_use]
pub fn view_union_cut(
    error: ViewError,
    region: usize,
    type_name: &'static str,
    field: &'static str,
    offset: usize,
) -> ViewError {
    let ViewError::Short { offset: at, needed, .. } = error else {
        return error;
    };
    let wanted = at.saturating_add(needed).saturating_sub(offset);
    let message = format!(
        "has a length of {}, and the variant its tag chooses needs at least {}",
        Bytes(region),
        Bytes(wanted)
    );
    ViewError::invalid(type_name, field, offset, ErrorKind::custom(message))
}

#[cold]
#[inline(never)]
fn union_unfilled(
    taken: usize,
    region: usize,
    type_name: &'static str,
    field: &'static str,
    offset: usize,
) -> ViewError {
    let message = format!(
        "has a length of {}, and the variant its tag chooses takes {}",
        Bytes(region),
        Bytes(taken)
    );
    ViewError::invalid(type_name, field, offset, ErrorKind::custom(message))
}

/// The error of a variant's payload that runs past the end of the buffer.
#[cold]
#[inline(never)]
#[must_use]
fn payload_short(
    type_name: &'static str,
    field: &'static str,
    offset: usize,
    needed: usize,
    available: usize,
) -> ViewError {
    ViewError::Short {
        type_name,
        field,
        offset,
        needed,
        available,
    }
}
