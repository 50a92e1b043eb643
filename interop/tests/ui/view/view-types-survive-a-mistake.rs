use slotmodel::View;

#[derive(View, Debug)]
struct Frame {
    name: String,
}

fn read(bytes: &[u8]) -> usize {
    FrameView::new(bytes).map(|_| FrameView::SIZE).unwrap_or(0)
}

fn main() {}
