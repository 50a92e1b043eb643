use std::rc::Rc;

use slotmodel::Validate;

#[derive(Validate)]
pub struct Shared {
    #[nested]
    count: Rc<u32>,
}

fn main() {}
