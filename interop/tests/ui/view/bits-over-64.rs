use slotmodel::View;

#[derive(View)]
pub struct Wide {
    #[view(bits = 4)]
    lead: u8,
    #[view(bits = 64)]
    value: u64,
    #[view(bits = 4)]
    tail: u8,
}

fn main() {}
