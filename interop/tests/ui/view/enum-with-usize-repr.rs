use slotmodel::View;

#[derive(View, Clone, Copy, Debug)]
#[repr(usize)]
enum Kind {
    Data = 1,
}

fn main() {}
