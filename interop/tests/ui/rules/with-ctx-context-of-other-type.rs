use slotmodel::{ErrorKind, Validate};

#[derive(Default)]
pub struct Limits {
    pub max: u64,
}

#[derive(Default)]
pub struct Other;

fn within(value: &u64, limits: &Limits) -> Result<(), ErrorKind> {
    if *value <= limits.max {
        Ok(())
    } else {
        Err(ErrorKind::custom("too large"))
    }
}

#[derive(Validate)]
#[slotmodel(context = Other)]
pub struct Upload {
    #[check(with_ctx(within))]
    size: u64,
}

fn main() {}
