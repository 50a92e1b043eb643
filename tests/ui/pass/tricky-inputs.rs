//! Inputs that must compile: raw identifiers, generics with where-clauses, lifetimes, unit and
//! empty structs, a user item named like a generated local, and bounds from macros.
#![deny(warnings)]

use slotmodel::Validate;

#[derive(Validate, Debug)]
struct Keywords {
    #[bounded(1..=9)]
    r#type: u8,
    #[bounded(max = 3)]
    __value: u8,
}

#[derive(Validate)]
struct Unit;

#[derive(Validate)]
struct Empty {}

#[derive(Validate)]
struct Borrowed<'a, T>
where
    T: AsRef<str> + ?Sized,
{
    #[bounded(len = 1..)]
    name: &'a str,
    other: &'a T,
}

macro_rules! bounded_struct {
    ($name:ident, $t:ty, $min:expr, $max:literal) => {
        #[derive(Validate)]
        struct $name {
            #[bounded(min = $min, max = $max)]
            value: $t,
        }
    };
}

bounded_struct!(FromMacro, i16, -5, -1);

fn main() {
    let keywords = Keywords::new(3, 2).unwrap();
    assert_eq!(keywords.r#type(), 3);
    assert!(Keywords::new(0, 0).is_err());
    assert!(Unit::new().is_ok());
    assert!(Empty::new().is_ok());
    let borrowed = Borrowed::new("a", "b").unwrap();
    assert_eq!(borrowed.other(), "b");
    assert!(FromMacro::new(-3).is_ok());
    assert!(FromMacro::new(0).is_err());
}
