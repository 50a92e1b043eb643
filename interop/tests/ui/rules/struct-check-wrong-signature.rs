use slotmodel::Validate;

fn ordered(booking: &Booking) -> bool {
    booking.start < booking.end
}

#[derive(Validate, Debug)]
#[slotmodel(check = ordered)]
struct Booking {
    start: u32,
    end: u32,
}

fn main() {}
