use slotmodel::View;

#[derive(View)]
pub struct Flags {
    #[view(bits = 2)]
    urgent: bool,
    #[view(bits = 6)]
    rest: u8,
}

fn main() {}
