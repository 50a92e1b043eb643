//! Request extractors for [axum](https://docs.rs/axum) 0.8 (feature `axum`): a handler receives
//! only values that passed their rules; any other request is answered
//! `422 Unprocessable Entity` with the errors as JSON (the format of
//! [`ValidationErrors`]).
//!
//! [`Valid<E>`] wraps `Json<T>`, `Query<T>`, `Form<T>` or `Path<T>` whose `T:`
//! [`Validate`]; [`ValidWith<E, C>`] wraps them when `T:` [`ValidateWith<C>`] and takes the
//! context `C` from the router's state (`C: FromRef<S>`). The wrapped extractor's own rejection
//! (malformed JSON, a wrong content type, a missing path segment) is answered as it would be
//! without the wrapper.
//!
//! ```
//! use axum::{routing::post, Json, Router};
//! use slotmodel::axum::Valid;
//! use slotmodel::Validate;
//!
//! #[derive(Validate, serde::Deserialize)]
//! struct SignUp {
//!     #[bounded(min = 13)]
//!     age: u32,
//! }
//!
//! // Reached only with an age of at least 13; `{"age": 7}` gets 422 and
//! // `[{"path":"age","code":"below_min","message":"must be >= 13, got 7","params":{"min":13,"got":7}}]`.
//! async fn sign_up(Valid(Json(form)): Valid<Json<SignUp>>) -> String {
//!     format!("welcome, {} year old", form.age)
//! }
//!
//! let app: Router = Router::new().route("/sign-up", post(sign_up));
//! ```

use core::fmt;
use core::marker::PhantomData;

use ::axum::extract::{FromRef, FromRequest, FromRequestParts, Path, Query, Request};
use ::axum::http::request::Parts;
use ::axum::http::StatusCode;
use ::axum::response::{IntoResponse, Response};
use ::axum::{Form, Json};

use crate::{Validate, ValidateWith, ValidationErrors};

/// An extractor whose extracted value was validated: `Valid<Json<T>>`, `Valid<Query<T>>`,
/// `Valid<Form<T>>`, `Valid<Path<T>>`, for `T:` [`Validate`].
///
/// # Examples
///
/// ```
/// use axum::{extract::Query, routing::get, Router};
/// use slotmodel::axum::Valid;
/// use slotmodel::Validate;
///
/// #[derive(Validate, serde::Deserialize)]
/// struct Page {
///     #[bounded(1..=100)]
///     size: u8,
/// }
///
/// async fn list(Valid(Query(page)): Valid<Query<Page>>) -> String {
///     format!("{} items", page.size)
/// }
///
/// let app: Router = Router::new().route("/items", get(list));
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct Valid<E>(pub E);

/// An extractor whose extracted value was validated against a context taken from the router's
/// state: for `T:` [`ValidateWith<C>`] and `C: FromRef<S>`, the state `S` gives the context.
///
/// # Examples
///
/// ```
/// use axum::{routing::post, Json, Router};
/// use slotmodel::axum::ValidWith;
/// use slotmodel::Validate;
///
/// #[derive(Clone, Default)]
/// struct Limits {
///     max_seats: u32,
/// }
///
/// fn within_limits(seats: &u32, limits: &Limits) -> Result<(), slotmodel::ErrorKind> {
///     if *seats <= limits.max_seats {
///         Ok(())
///     } else {
///         Err(slotmodel::ErrorKind::custom(format!("must be at most {}", limits.max_seats)))
///     }
/// }
///
/// #[derive(Validate, serde::Deserialize)]
/// #[slotmodel(context = Limits)]
/// struct Booking {
///     #[check(with_ctx(within_limits))]
///     seats: u32,
/// }
///
/// async fn book(ValidWith(Json(booking), _): ValidWith<Json<Booking>, Limits>) -> String {
///     format!("{} seats booked", booking.seats)
/// }
///
/// let app: Router = Router::new().route("/book", post(book)).with_state(Limits { max_seats: 8 });
/// ```
pub struct ValidWith<E, C>(pub E, pub PhantomData<fn() -> C>);

impl<E: fmt::Debug, C> fmt::Debug for ValidWith<E, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ValidWith").field(&self.0).finish()
    }
}

/// An extractor that holds one value to validate: `Json`, `Query`, `Form`, `Path`, and any of
/// an application's own extractors it implements this for.
///
/// # Examples
///
/// ```
/// use axum::Json;
/// use slotmodel::axum::Payload;
///
/// assert_eq!(*Json(7).payload(), 7);
/// ```
pub trait Payload {
    /// The extracted value.
    type Value;

    /// The extracted value, to validate.
    fn payload(&self) -> &Self::Value;
}

macro_rules! payload {
    ($($extractor:ident)*) => {$(
        impl<T> Payload for $extractor<T> {
            type Value = T;
            fn payload(&self) -> &T {
                &self.0
            }
        }
    )*};
}

payload!(Json Query Form Path);

/// Why [`Valid`] or [`ValidWith`] refused a request: the wrapped extractor's own rejection, or
/// the rules the value broke, answered `422 Unprocessable Entity` with the errors as JSON.
///
/// # Examples
///
/// ```
/// use axum::response::IntoResponse;
/// use slotmodel::axum::ValidRejection;
/// use slotmodel::{ErrorKind, FieldError};
///
/// let refused: ValidRejection<()> = ValidRejection::Invalid(FieldError::new("", "age", ErrorKind::Required).into());
/// assert_eq!(refused.into_response().status(), 422);
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum ValidRejection<R> {
    /// The wrapped extractor's rejection, answered unchanged.
    Extract(R),
    /// The value broke its rules.
    Invalid(ValidationErrors),
}

impl<R: IntoResponse> IntoResponse for ValidRejection<R> {
    fn into_response(self) -> Response {
        match self {
            ValidRejection::Extract(rejection) => rejection.into_response(),
            ValidRejection::Invalid(errors) => (StatusCode::UNPROCESSABLE_ENTITY, Json(errors)).into_response(),
        }
    }
}

impl<R: fmt::Display> fmt::Display for ValidRejection<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ValidRejection::Extract(rejection) => rejection.fmt(f),
            ValidRejection::Invalid(errors) => errors.fmt(f),
        }
    }
}

impl<R: std::error::Error + 'static> std::error::Error for ValidRejection<R> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ValidRejection::Extract(rejection) => Some(rejection),
            ValidRejection::Invalid(errors) => Some(errors),
        }
    }
}

// Body extractors (`Json`, `Form`) through `FromRequest`, the others through `FromRequestParts`;
// axum's own blanket impl makes the latter usable in the last position too.
impl<S, E> FromRequest<S> for Valid<E>
where
    S: Send + Sync,
    E: FromRequest<S> + Payload,
    E::Value: Validate,
{
    type Rejection = ValidRejection<E::Rejection>;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let extracted = E::from_request(request, state).await.map_err(ValidRejection::Extract)?;
        extracted.payload().validate().map_err(ValidRejection::Invalid)?;
        Ok(Valid(extracted))
    }
}

impl<S, E> FromRequestParts<S> for Valid<E>
where
    S: Send + Sync,
    E: FromRequestParts<S> + Payload,
    E::Value: Validate,
{
    type Rejection = ValidRejection<E::Rejection>;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let extracted = E::from_request_parts(parts, state)
            .await
            .map_err(ValidRejection::Extract)?;
        extracted.payload().validate().map_err(ValidRejection::Invalid)?;
        Ok(Valid(extracted))
    }
}

impl<S, E, C> FromRequest<S> for ValidWith<E, C>
where
    S: Send + Sync,
    E: FromRequest<S> + Payload,
    E::Value: ValidateWith<C>,
    C: FromRef<S>,
{
    type Rejection = ValidRejection<E::Rejection>;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let extracted = E::from_request(request, state).await.map_err(ValidRejection::Extract)?;
        let context = C::from_ref(state);
        extracted
            .payload()
            .validate_with(&context)
            .map_err(ValidRejection::Invalid)?;
        Ok(ValidWith(extracted, PhantomData))
    }
}

impl<S, E, C> FromRequestParts<S> for ValidWith<E, C>
where
    S: Send + Sync,
    E: FromRequestParts<S> + Payload,
    E::Value: ValidateWith<C>,
    C: FromRef<S>,
{
    type Rejection = ValidRejection<E::Rejection>;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let extracted = E::from_request_parts(parts, state)
            .await
            .map_err(ValidRejection::Extract)?;
        let context = C::from_ref(state);
        extracted
            .payload()
            .validate_with(&context)
            .map_err(ValidRejection::Invalid)?;
        Ok(ValidWith(extracted, PhantomData))
    }
}
