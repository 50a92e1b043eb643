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
    macro_generated_inputs();
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

macro_rules! nested_struct {
    ($name:ident, $inner:ty) => {
        #[derive(Validate)]
        struct $name {
            #[nested]
            inner: $inner,
            #[check(slotmodel::rules::non_empty())]
            #[bounded(len = ..4)]
            tags: Vec<$inner>,
        }
    };
}

nested_struct!(Outer, Keywords);

#[slotmodel::registry]
trait Greeter {
    fn hello(&self) -> String;
}

macro_rules! greeters {
    ($($ty:ident),*) => {$(
        #[derive(Default)]
        struct $ty;
        #[slotmodel::plugin]
        impl Greeter for $ty {
            fn hello(&self) -> String { stringify!($ty).to_owned() }
        }
    )*};
}

greeters!(English, French);

fn macro_generated_inputs() {
    let outer = Outer::new(Keywords::new(1, 1).unwrap(), vec![Keywords::new(1, 1).unwrap()]).unwrap();
    assert!(outer.validate().is_ok());
    assert_eq!(slotmodel::create::<dyn Greeter>("french").unwrap().hello(), "French");
}

mod same_name_from_another_crate {
    mod other {
        pub use slotmodel::Compact as Validate;
    }

    // Another derive that happens to be called `Validate`, named by its path: not a repetition.
    #[derive(slotmodel::Validate)]
    #[derive(other::Validate)]
    pub struct Both {
        #[bounded(max = 10)]
        pub level: u8,
    }
}
