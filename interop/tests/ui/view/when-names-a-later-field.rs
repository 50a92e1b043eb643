use slotmodel::View;

#[derive(View)]
struct Format {
    #[view(when = size >= 18)]
    extra_size: Option<u16>,
    size: u32,
}

fn main() {}
