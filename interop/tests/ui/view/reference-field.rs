use slotmodel::View;

#[derive(View)]
struct Message<'a> {
    id: u32,
    body: &'a [u8],
}

fn main() {}
