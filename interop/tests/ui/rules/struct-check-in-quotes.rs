use slotmodel::Validate;

#[derive(Validate, Debug)]
#[slotmodel(check = "ends_after_start")]
struct Booking {
    start: u32,
    end: u32,
}

fn main() {}
