//! A view enum may use any fixed-width integer, `u128` included.

use slotmodel::View;

#[derive(View, Clone, Copy, Debug, PartialEq)]
#[repr(u128)]
enum Kind {
    Data = 1,
    Wide = 1 << 100,
}

#[derive(View, Debug)]
struct Frame {
    kind: Kind,
}

fn main() {
    let bytes = (1_u128 << 100).to_le_bytes();
    assert_eq!(FrameView::new(&bytes).unwrap().kind(), Kind::Wide);
    assert!(FrameView::new(&2_u128.to_le_bytes()).is_err());
    assert_eq!(FrameView::new(&1_u128.to_le_bytes()).unwrap().kind(), Kind::Data);
}
