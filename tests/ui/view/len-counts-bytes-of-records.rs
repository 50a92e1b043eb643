use slotmodel::View;

#[derive(View)]
struct Entry {
    id: u16,
}

#[derive(View)]
struct Table {
    count: u8,
    #[view(len = count)]
    entries: Vec<Entry>,
}

fn main() {}
