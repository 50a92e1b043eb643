use slotmodel::View;

#[derive(View)]
#[view(endian = runtime)]
struct Sample {
    value: u32,
}

fn main() {
    let _ = SampleView::new(&[0; 4]);
}
