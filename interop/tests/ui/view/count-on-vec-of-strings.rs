use slotmodel::View;

#[derive(View)]
pub struct Names {
    count: u16,
    #[view(count = count)]
    names: Vec<String>,
}

fn main() {}
