//! [`Transactional`]: a resource that ends by committing or rolling back.

/// A resource that ends by committing or rolling back, each of which can fail.
///
/// # Examples
///
/// ```
/// use slotmodel::scope::Transactional;
///
/// /// A list of staged changes, applied on commit.
/// struct Staged<'a> { target: &'a mut Vec<i32>, changes: Vec<i32> }
///
/// impl Transactional for Staged<'_> {
///     type Error = std::convert::Infallible;
///     fn commit(self) -> Result<(), Self::Error> { self.target.extend(self.changes); Ok(()) }
///     fn rollback(self) -> Result<(), Self::Error> { Ok(()) }
/// }
///
/// let mut list = vec![1];
/// Staged { target: &mut list, changes: vec![2, 3] }.commit().unwrap();
/// assert_eq!(list, [1, 2, 3]);
/// ```
pub trait Transactional {
    /// What a failed commit or rollback reports.
    type Error;
    /// Makes the work permanent.
    ///
    /// # Errors
    ///
    /// The resource's own error.
    fn commit(self) -> Result<(), Self::Error>;
    /// Undoes the work.
    ///
    /// # Errors
    ///
    /// The resource's own error.
    fn rollback(self) -> Result<(), Self::Error>;
}
