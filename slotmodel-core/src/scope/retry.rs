//! [`managed_retry`] and [`managed_retry_async`]: rerun a transaction that lost a conflict.

use std::borrow::Cow;
use std::collections::hash_map::RandomState;
use std::error::Error;
use std::fmt;
use std::hash::BuildHasher;
use std::ops::ControlFlow;
use std::time::Duration;

use super::delay;
use super::{event, Retryable};

/// How often and how patiently [`managed_retry`] reruns: at most `max_attempts` runs in all,
/// waiting `initial`, then `initial * factor`, … capped at `max` between them; with jitter
/// (the default), each wait is drawn between half of that and all of it, so that the
/// transactions that conflicted do not meet again in lockstep.
///
/// # Examples
///
/// ```
/// use slotmodel::scope::RetryPolicy;
/// use std::time::Duration;
///
/// let policy = RetryPolicy::new(4).backoff(Duration::from_millis(10), Duration::from_millis(25)).jitter(false);
/// assert_eq!(policy.max_attempts(), 4);
/// assert_eq!(policy.delay_after(1), Duration::from_millis(10));
/// assert_eq!(policy.delay_after(2), Duration::from_millis(20));
/// assert_eq!(policy.delay_after(3), Duration::from_millis(25)); // capped
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial: Duration,
    max: Duration,
    factor: f64,
    jitter: bool,
}

impl RetryPolicy {
    /// At most `max_attempts` runs (at least one), waiting 5 ms after the first failure and
    /// doubling up to 500 ms, with jitter.
    ///
    /// # Examples
    ///
    /// See [`RetryPolicy`].
    #[must_use]
    pub fn new(max_attempts: u32) -> Self {
        RetryPolicy {
            max_attempts: max_attempts.max(1),
            initial: Duration::from_millis(5),
            max: Duration::from_millis(500),
            factor: 2.0,
            jitter: true,
        }
    }

    /// The first wait and the longest.
    ///
    /// # Examples
    ///
    /// See [`RetryPolicy`].
    #[must_use]
    pub fn backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.initial = initial;
        self.max = max.max(initial);
        self
    }

    /// How much longer each wait is than the one before (2 by default; 1 for a fixed wait).
    ///
    /// # Examples
    ///
    /// ```
    /// # use slotmodel::scope::RetryPolicy;
    /// # use std::time::Duration;
    /// let fixed = RetryPolicy::new(3).factor(1.0).jitter(false);
    /// assert_eq!(fixed.delay_after(1), fixed.delay_after(2));
    /// ```
    #[must_use]
    pub fn factor(mut self, factor: f64) -> Self {
        self.factor = factor.max(1.0);
        self
    }

    /// Whether each wait is drawn at random between half of it and all of it (on by default).
    ///
    /// # Examples
    ///
    /// See [`RetryPolicy`].
    #[must_use]
    pub fn jitter(mut self, jitter: bool) -> Self {
        self.jitter = jitter;
        self
    }

    /// The most runs of the body, the first included.
    ///
    /// # Examples
    ///
    /// See [`RetryPolicy`].
    #[must_use]
    pub fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The wait after the failed attempt number `attempt` (from 1), before jitter.
    ///
    /// # Examples
    ///
    /// See [`RetryPolicy`].
    #[must_use]
    pub fn delay_after(&self, attempt: u32) -> Duration {
        if self.initial.is_zero() {
            // Zero times a growth that overflowed to infinity is NaN, not zero.
            return Duration::ZERO;
        }
        let exponent = i32::try_from(attempt.saturating_sub(1)).unwrap_or(i32::MAX);
        let seconds = self.initial.as_secs_f64() * self.factor.powi(exponent);
        // A wait too long for a `Duration` (infinity included) saturates at the cap.
        Duration::try_from_secs_f64(seconds).map_or(self.max, |delay| delay.min(self.max))
    }

    fn jittered(&self, delay: Duration) -> Duration {
        if !self.jitter {
            return delay;
        }
        // A fresh `RandomState` is randomly keyed: a random number without a dependency.
        #[allow(clippy::cast_precision_loss, reason = "a fraction from the top 53 bits")]
        let fraction = (RandomState::new().hash_one(0_u8) >> 11) as f64 / (1_u64 << 53) as f64;
        scaled(delay, 0.5 + fraction / 2.0)
    }
}

/// `delay * factor` for a factor in `[0.5, 1]`, never more than `delay`. `Duration::mul_f64`
/// panics past `Duration::MAX`, which the `f64` rounding of a delay near it reaches.
fn scaled(delay: Duration, factor: f64) -> Duration {
    Duration::try_from_secs_f64(delay.as_secs_f64() * factor).map_or(delay, |scaled| scaled.min(delay))
}

/// Five attempts, as [`RetryPolicy::new(5)`](RetryPolicy::new).
///
/// # Examples
///
/// ```
/// # use slotmodel::scope::RetryPolicy;
/// assert_eq!(RetryPolicy::default().max_attempts(), 5);
/// ```
impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy::new(5)
    }
}

/// Why [`managed_retry`] gave up, with the last error and the number of attempts made.
///
/// # Examples
///
/// ```
/// use slotmodel::scope::{managed_retry, RetryError, RetryPolicy};
///
/// let busy = || rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY), None);
/// let err = managed_retry(&RetryPolicy::new(3).jitter(false), "write", |_| Err::<(), _>(busy())).unwrap_err();
/// assert!(matches!(err, RetryError::Exhausted { attempts: 3, .. }));
/// assert_eq!(err.to_string(), format!("write failed 3 times with a retryable error; gave up: {}", busy()));
/// let err = managed_retry(&RetryPolicy::new(3), "write", |_| Err::<(), _>(rusqlite::Error::InvalidQuery)).unwrap_err();
/// assert_eq!((err.attempts(), err.is_exhausted()), (1, false));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum RetryError<E> {
    /// The last attempt failed with an error that is not retryable.
    Failed {
        /// The operation's name.
        operation: Cow<'static, str>,
        /// Attempts made, this one included.
        attempts: u32,
        /// Its error.
        error: E,
    },
    /// Every attempt failed with a retryable error.
    Exhausted {
        /// The operation's name.
        operation: Cow<'static, str>,
        /// Attempts made: the policy's `max_attempts`.
        attempts: u32,
        /// The last attempt's error.
        error: E,
    },
}

impl<E> RetryError<E> {
    /// The operation's name.
    ///
    /// # Examples
    ///
    /// See [`RetryError`].
    #[must_use]
    pub fn operation(&self) -> &str {
        match self {
            RetryError::Failed { operation, .. } | RetryError::Exhausted { operation, .. } => operation,
        }
    }

    /// The number of attempts made.
    ///
    /// # Examples
    ///
    /// See [`RetryError`].
    #[must_use]
    pub fn attempts(&self) -> u32 {
        match self {
            RetryError::Failed { attempts, .. } | RetryError::Exhausted { attempts, .. } => *attempts,
        }
    }

    /// Whether every attempt failed with a retryable error.
    ///
    /// # Examples
    ///
    /// See [`RetryError`].
    #[must_use]
    pub fn is_exhausted(&self) -> bool {
        matches!(self, RetryError::Exhausted { .. })
    }

    /// The last attempt's error.
    ///
    /// # Examples
    ///
    /// ```
    /// # use slotmodel::scope::{managed_retry, RetryPolicy};
    /// let err = managed_retry(&RetryPolicy::new(3), "parse", |_| "x".parse::<i32>().map_err(|e| e.to_string()).map_err(Box::<dyn std::error::Error>::from)).unwrap_err();
    /// assert_eq!(err.error().to_string(), "invalid digit found in string");
    /// ```
    #[must_use]
    pub fn error(&self) -> &E {
        match self {
            RetryError::Failed { error, .. } | RetryError::Exhausted { error, .. } => error,
        }
    }

    /// The last attempt's error, owned.
    ///
    /// # Examples
    ///
    /// ```
    /// # use slotmodel::scope::{managed_retry, RetryPolicy};
    /// let err = managed_retry(&RetryPolicy::new(2), "load", |_| Err::<(), _>(Box::<dyn std::error::Error>::from("gone"))).unwrap_err();
    /// assert_eq!(err.into_error().to_string(), "gone");
    /// ```
    pub fn into_error(self) -> E {
        match self {
            RetryError::Failed { error, .. } | RetryError::Exhausted { error, .. } => error,
        }
    }
}

/// This level and the last error after a colon. The error is written rather than given as the
/// [`source`](Error::source), so that a `RetryError` of any error type is an `Error` itself,
/// boxed ones included (`Box<dyn Error + Send + Sync>` is not an `Error`), and `?` turns it into
/// a boxed error; [`error`](RetryError::error) gives the last error as a value.
impl<E: fmt::Display> fmt::Display for RetryError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RetryError::Failed {
                operation,
                attempts,
                error,
            } => write!(f, "{operation} failed on attempt {attempts}: {error}"),
            RetryError::Exhausted {
                operation,
                attempts,
                error,
            } => {
                let times = if *attempts == 1 { "time" } else { "times" };
                write!(
                    f,
                    "{operation} failed {attempts} {times} with a retryable error; gave up: {error}"
                )
            }
        }
    }
}

impl<E: fmt::Debug + fmt::Display> Error for RetryError<E> {}

/// Runs `attempt` (given its number, from 1) until it succeeds, fails with an error that is not
/// [`Retryable`], or has run `policy.max_attempts()` times, waiting between runs as the policy
/// says. Meant around a whole transaction, begun inside: a serialization failure or a deadlock
/// (SQLSTATE `40001`/`40P01`, `SQLITE_BUSY`) makes the database abort one of the transactions
/// that conflicted, and the cure is to run it again from its start.
///
/// **The body must be re-runnable**: everything it does outside the transaction (a message sent,
/// a counter bumped, a value moved out of a variable) happens once per attempt. Compute from
/// what the transaction reads, not from what an earlier attempt left behind.
///
/// # Errors
///
/// [`RetryError::Failed`] with an error that is not retryable, [`RetryError::Exhausted`] with
/// the last error when no attempt was left; both tell how many attempts ran.
///
/// # Examples
///
/// ```
/// use rusqlite::{Connection, TransactionBehavior};
/// use slotmodel::scope::{managed, managed_retry, RetryPolicy};
///
/// let dir = tempfile::tempdir().unwrap();
/// let path = dir.path().join("bank.db");
/// let mut conn = Connection::open(&path).unwrap();
/// conn.busy_timeout(std::time::Duration::ZERO).unwrap(); // fail at once rather than wait for the lock
/// conn.execute_batch("CREATE TABLE account (id INTEGER PRIMARY KEY, balance INTEGER); INSERT INTO account VALUES (1, 100), (2, 0);").unwrap();
///
/// // Another connection holds the write lock for the first attempt only.
/// let other = Connection::open(&path).unwrap();
/// other.execute_batch("BEGIN IMMEDIATE").unwrap();
/// let mut other = Some(other);
///
/// let attempts = managed_retry(&RetryPolicy::new(3), "transfer", |attempt| {
///     if attempt == 2 {
///         other.take().unwrap().execute_batch("COMMIT")?; // the lock is released
///     }
///     let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?; // SQLITE_BUSY while locked
///     managed("transfer", tx, |tx| {
///         tx.execute("UPDATE account SET balance = balance - 10 WHERE id = 1", [])?;
///         tx.execute("UPDATE account SET balance = balance + 10 WHERE id = 2", [])
///     })?;
///     Ok::<_, Box<dyn std::error::Error + Send + Sync>>(attempt)
/// })
/// .unwrap();
/// assert_eq!(attempts, 2);
/// ```
pub fn managed_retry<T, E, F, N>(policy: &RetryPolicy, operation: N, mut attempt: F) -> Result<T, RetryError<E>>
where
    E: Retryable + fmt::Display,
    F: FnMut(u32) -> Result<T, E>,
    N: Into<Cow<'static, str>>,
{
    let mut operation = operation.into();
    let mut number = 1;
    loop {
        let error = match attempt(number) {
            Ok(value) => return Ok(value),
            Err(error) => error,
        };
        match next(policy, operation, number, error) {
            ControlFlow::Continue((same, delay)) => {
                std::thread::sleep(delay);
                operation = same;
            }
            ControlFlow::Break(failed) => return Err(failed),
        }
        number += 1;
    }
}

/// The async form of [`managed_retry`]: `attempt` is an async closure, which may borrow the
/// connection it begins each transaction on. Waits without blocking and without a runtime (a
/// short-lived thread wakes the task), so it runs under any executor.
///
/// **The body must be re-runnable**, as for [`managed_retry`].
///
/// # Errors
///
/// As [`managed_retry`].
///
/// # Examples
///
/// ```
/// use slotmodel::scope::{managed_retry_async, RetryError, RetryPolicy, Retryable};
///
/// #[derive(Debug)]
/// struct Conflict;
/// impl Retryable for Conflict { fn is_retryable(&self) -> bool { true } }
/// impl std::fmt::Display for Conflict {
///     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str("conflict") }
/// }
///
/// # #[tokio::main(flavor = "current_thread")] async fn main() {
/// let mut log = Vec::new();
/// let done = managed_retry_async(&RetryPolicy::new(5), "settle", async |attempt| {
///     log.push(attempt);
///     if attempt < 3 { Err(Conflict) } else { Ok(attempt) }
/// })
/// .await;
/// assert_eq!(done.unwrap(), 3);
/// assert_eq!(log, [1, 2, 3]);
/// # }
/// ```
pub async fn managed_retry_async<T, E, F, N>(
    policy: &RetryPolicy,
    operation: N,
    mut attempt: F,
) -> Result<T, RetryError<E>>
where
    E: Retryable + fmt::Display,
    F: AsyncFnMut(u32) -> Result<T, E>,
    N: Into<Cow<'static, str>>,
{
    let mut operation = operation.into();
    let mut number = 1;
    loop {
        let error = match attempt(number).await {
            Ok(value) => return Ok(value),
            Err(error) => error,
        };
        match next(policy, operation, number, error) {
            ControlFlow::Continue((same, delay)) => {
                delay::wait(delay).await;
                operation = same;
            }
            ControlFlow::Break(failed) => return Err(failed),
        }
        number += 1;
    }
}

/// After attempt `number` failed with `error`: the wait before the next, or the final error.
fn next<E: Retryable + fmt::Display>(
    policy: &RetryPolicy,
    operation: Cow<'static, str>,
    number: u32,
    error: E,
) -> ControlFlow<RetryError<E>, (Cow<'static, str>, Duration)> {
    if !error.is_retryable() {
        event::gave_up(&operation, number, &error, false);
        return ControlFlow::Break(RetryError::Failed {
            operation,
            attempts: number,
            error,
        });
    }
    if number >= policy.max_attempts {
        event::gave_up(&operation, number, &error, true);
        return ControlFlow::Break(RetryError::Exhausted {
            operation,
            attempts: number,
            error,
        });
    }
    let delay = policy.jittered(policy.delay_after(number));
    event::retrying(&operation, number, &error, delay);
    ControlFlow::Continue((operation, delay))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scaling_a_delay_near_the_largest_saturates_instead_of_panicking() {
        // The largest jitter factor, from the largest fraction below 1, rounds to 1 in `f64`.
        let largest = 0.5 + (1.0 - f64::EPSILON / 2.0) / 2.0;
        assert_eq!(scaled(Duration::MAX, largest), Duration::MAX);
        assert_eq!(scaled(Duration::MAX, 1.0), Duration::MAX);
        assert!(scaled(Duration::MAX, 0.5) <= Duration::MAX / 2 + Duration::from_secs(1));
        assert_eq!(scaled(Duration::from_millis(10), 0.5), Duration::from_millis(5));
    }
}
