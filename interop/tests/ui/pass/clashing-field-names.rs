//! Field names that generated items also use compile once the getters take a prefix.

use slotmodel::{Compact, Validate, View};

#[derive(View, Debug)]
#[slotmodel(getter_prefix = get_)]
struct Index {
    records: u32,
    new: u16,
    to_owned: u8,
    as_bytes: u8,
    from_array: u8,
    new_prefix: u8,
    as_view: u8,
}

#[derive(Compact, Debug)]
#[slotmodel(getter_prefix = get_)]
struct Job {
    #[bounded(max = 9)]
    unpack: u8,
}

#[derive(Validate, Debug)]
#[slotmodel(getter_prefix = get_)]
struct Order {
    #[bounded(max = 9)]
    new: u8,
    #[bounded(max = 9)]
    validate: u8,
}

fn main() {
    let bytes = [1, 0, 0, 0, 2, 0, 3, 4, 5, 6, 7];
    let view = IndexView::new(&bytes).unwrap();
    assert_eq!(view.get_records(), 1);
    assert_eq!(view.get_new(), 2);
    assert_eq!(view.get_as_view(), 7);
    assert_eq!(view.to_owned().records, 1);
    let packed = JobPacked::try_from(&Job { unpack: 4 }).unwrap();
    assert_eq!(packed.get_unpack(), 4);
    let mut order = Order::new(1, 2).unwrap();
    assert!(order.set_new(10).is_err());
    assert_eq!(order.get_new(), 1);
    assert!(slotmodel::Validate::validate(&order).is_ok());
    assert_eq!(order.get_validate(), 2);
}
