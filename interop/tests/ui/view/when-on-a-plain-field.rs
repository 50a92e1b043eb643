use slotmodel::View;

#[derive(View)]
struct Format {
    size: u32,
    #[view(when = size >= 18)]
    extra_size: u16,
}

fn main() {}
