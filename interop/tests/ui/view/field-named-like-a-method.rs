use slotmodel::View;

#[derive(View)]
struct Index {
    records: u32,
    count: u16,
}

fn main() {}
