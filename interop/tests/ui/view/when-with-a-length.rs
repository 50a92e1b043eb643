use slotmodel::View;

#[derive(View)]
struct Format {
    size: u8,
    #[view(when = size > 0, len = size)]
    extra: Option<u16>,
}

fn main() {}
